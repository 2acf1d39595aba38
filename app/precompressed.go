//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

// precompressed is a file served from memory in the best encoding the
// client accepts, from variants compressed at build time (NAME.br, NAME.gz).
type precompressed struct {
	contentType string
	raw         []byte
	variants    []variant // in order of preference
}

type variant struct {
	encoding string // "br" or "gzip"
	data     []byte
}

// loadPrecompressed reads path and whichever of path.br and path.gz exist.
func loadPrecompressed(path, contentType string) (*precompressed, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	p := &precompressed{contentType: contentType, raw: raw}
	for _, v := range []struct{ ext, enc string }{{".br", "br"}, {".gz", "gzip"}} {
		b, err := os.ReadFile(path + v.ext)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("load %s%s: %w", path, v.ext, err)
		}
		p.variants = append(p.variants, variant{v.enc, b})
	}
	return p, nil
}

// ServeHTTP serves the best variant for r's Accept-Encoding. The ETag names
// the version and the encoding, so caches never mix them up.
func (p *precompressed) ServeHTTP(w http.ResponseWriter, r *http.Request, version string) {
	h := w.Header()
	h.Set("Content-Type", p.contentType)
	h.Set("Vary", "Accept-Encoding")
	h.Set("Cache-Control", "no-cache")
	body, enc := p.raw, ""
	for _, v := range p.variants {
		if accepts(r.Header.Get("Accept-Encoding"), v.encoding) {
			body, enc = v.data, v.encoding
			break
		}
	}
	if enc != "" {
		h.Set("Content-Encoding", enc)
	}
	h.Set("ETag", `"`+version+"-"+enc+`"`)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// accepts reports whether an Accept-Encoding header value allows coding
// (RFC 9110 12.5.3): listed, or covered by "*", and not with q=0.
func accepts(header, coding string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil {
					q = f
				}
			}
		}
		switch name {
		case coding:
			return q > 0
		case "*":
			star = q > 0
		}
	}
	return star
}
