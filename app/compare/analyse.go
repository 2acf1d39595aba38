package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/segment"
	"github.com/kljensen/snowball/english"
)

// word is one word of a text: its byte range in the text it came from, its
// normalised form (lower case, typographic apostrophes folded) and its stem
// ("" for stop words and tokens that carry no content).
type word struct {
	start, end int
	norm       string
	stem       string
}

// segmentWords splits s into words with UAX#29 word segmentation, dropping
// spaces and punctuation, and normalises them; it leaves stem empty (the
// analyser fills it, with a cache). It and stem are the one place this
// package turns text into terms, so that swapping in the shared analyser
// (corpus/text) touches only this file.
func segmentWords(s string) []word {
	out := make([]word, 0, len(s)/6)
	seg := segment.NewWordSegmenterDirect([]byte(s))
	off := 0
	for seg.Segment() {
		b := seg.Bytes()
		start := off
		off += len(b)
		if seg.Type() == segment.None {
			continue
		}
		out = append(out, word{start: start, end: off, norm: normalise(s[start:off])})
	}
	// The segmenter only fails on tokens over 64 KiB; whatever it read
	// before failing is kept and the rest of s carries no words.
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

// stem returns the Snowball (Porter2) stem of the normalised word w, with
// a possessive "'s" removed, or "" when w is a stop word or a single letter.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if len(w) < 2 || english.IsStopWord(w) || extraStop[w] {
		return ""
	}
	if isDigits(w) {
		return w
	}
	return english.Stem(w, false)
}

// extraStop holds reporting verbs and fillers that Snowball's stop list
// lacks and that would otherwise make unrelated sentences look alike.
var extraStop = map[string]bool{
	"said": true, "says": true, "say": true, "also": true, "would": true,
	"could": true, "one": true, "mr": true, "mrs": true, "ms": true,
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
