package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a text: its byte range in the text it came from, its
// normalised form (lower case, typographic apostrophes folded) and its stem
// ("" for stop words and tokens that carry no content).
type word struct {
	start, end int
	norm       string
	stem       string
}

// segmentWords splits s into words (see scanWords), dropping spaces and
// punctuation, and normalises them; it leaves stem empty (the analyser
// fills it, with a cache). It and stem are the one place this package turns
// text into terms, so that swapping in the shared analyser (corpus/text)
// touches only this file.
func segmentWords(s string) []word {
	out := make([]word, 0, len(s)/6)
	scanWords(s, func(start, end int) {
		out = append(out, word{start: start, end: end, norm: normalise(s[start:end])})
	})
	return out
}

// normalise lower-cases w and folds typographic apostrophes to ASCII.
func normalise(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u2019', '\u2018', '\u02bc':
			return '\''
		}
		return unicode.ToLower(r)
	}, w)
}
