package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSafeURL(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
	}{
		{"https", "https://example.org/a?b=1", "https://example.org/a?b=1", true},
		{"http upper case", "HTTP://example.org/", "http://example.org/", true},
		{"spaces around", "  https://example.org/x ", "https://example.org/x", true},
		{"quote is encoded", `https://example.org/cycle?a=1&b="2"`, "https://example.org/cycle?a=1&b=%222%22", true},
		{"attribute breakout", `http://example.org/" onmouseover="x`, "http://example.org/%22%20onmouseover=%22x", true},
		{"javascript", "javascript:alert(1)", "", false},
		{"javascript mixed case", "JaVaScRiPt:alert(1)", "", false},
		{"javascript with a control character", "java\tscript:alert(1)", "", false},
		{"javascript after a newline", "\njavascript:alert(1)", "", false},
		{"data", "data:text/html;base64,PHNjcmlwdD4=", "", false},
		{"vbscript", "vbscript:msgbox(1)", "", false},
		{"protocol-relative", "//evil.example/x", "", false},
		{"relative", "/article/x", "", false},
		{"no host", "https:///x", "", false},
		{"text", "not a url", "", false},
		{"empty", "", "", false},
		{"opaque https", "https:example.org", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := safeURL(tc.in)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got)
		})
	}
}
