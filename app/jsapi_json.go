package main

import (
	"math"
	"strconv"
	"unicode/utf8"

	"diptych/app/search"
)

// The JavaScript API answers with one JSON text that the page parses with
// one JSON.parse call: building the same objects property by property
// through syscall/js costs a call across the WebAssembly boundary per
// property and string (over a hundred for ten hits), which took longer
// than the search itself.

// appendJSResult appends res as the JSON object window.diptych.search
// returns: {total, hits: [{id, title, source, published, score,
// snippet}], notes: [...], didYouMean}.
func appendJSResult(b []byte, res *search.Result) []byte {
	b = append(b, `{"total":`...)
	b = strconv.AppendInt(b, int64(res.Total), 10)
	b = append(b, `,"hits":[`...)
	for i := range res.Hits {
		h := &res.Hits[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = appendJSONString(b, h.ID)
		b = append(b, `,"title":`...)
		b = appendJSONString(b, h.Title)
		b = append(b, `,"source":`...)
		b = appendJSONString(b, h.Source)
		b = append(b, `,"published":`...)
		b = appendJSONString(b, h.Published)
		b = append(b, `,"score":`...)
		b = appendJSONNumber(b, h.Score)
		b = append(b, `,"snippet":`...)
		b = appendJSONString(b, h.Snippet.Text)
		b = append(b, '}')
	}
	b = append(b, `],"notes":[`...)
	for i, n := range res.Notes {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, n)
	}
	b = append(b, `],"didYouMean":`...)
	b = appendJSONString(b, res.DidYouMean)
	return append(b, '}')
}

// appendJSONNumber appends f as a JSON number (JSON has no NaN or
// infinities: they become 0).
func appendJSONNumber(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0')
	}
	return strconv.AppendFloat(b, f, 'g', -1, 64)
}

// appendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped, invalid UTF-8 replaced by U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Eight bytes at a time while none needs care (titles are
		// mostly plain ASCII).
		for i+8 <= len(s) && plain8(s[i:i+8]) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r != utf8.RuneError || size != 1 {
				i += size
				continue
			}
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		i++
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// plain8 reports whether the eight bytes of s (len(s) == 8) are all ASCII
// that JSON takes as is: no control character, quote or backslash. It
// tests them together, as one 64-bit word.
func plain8(s string) bool {
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	// zero's result is not 0 if a byte of v is 0.
	zero := func(v uint64) uint64 { return (v - ones) & ^v & highs }
	nonASCII := x & highs
	control := (x - 0x20*ones) & ^x & highs // a byte below 0x20
	return nonASCII|control|zero(x^'"'*ones)|zero(x^'\\'*ones) == 0
}
