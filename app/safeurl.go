package main

import (
	"net/url"
	"strings"
)

// safeURL returns s as a link target if it is an absolute http or https URL,
// re-encoded so that it holds no quote, space or control character (it is
// then safe in an attribute of the pre-render too). Anything else a corpus
// may hold in its url fields (javascript:, data:, vbscript:, "//host/x",
// relative paths, text) is not a link: ok is false and the caller shows the
// text, if anything.
func safeURL(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return "", false
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return "", false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return "", false
	}
	u.Scheme = strings.ToLower(u.Scheme)
	out := u.String()
	if strings.ContainsAny(out, "\"'<> ") {
		out = strings.NewReplacer(`"`, "%22", "'", "%27", "<", "%3C", ">", "%3E", " ", "%20").Replace(out)
	}
	return out, true
}
