package main

import "strings"

// escapeStrayPercents makes a URL that a browser accepts but Go's url.Parse
// refuses ("/article/%zz": a '%' not followed by two hex digits) parseable,
// by escaping each stray '%' as "%25". Valid escapes are left alone, so a
// URL url.Parse accepts comes back unchanged.
func escapeStrayPercents(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && !(i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])) {
			b.WriteString("%25")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
