package text

import (
	"unicode/utf8"

	"github.com/blevesearch/segment"
)

// Token is one searchable word of a text.
type Token struct {
	// Form is the folded word ("hamas" for "Hamas’s"), see [Fold].
	Form string
	// Term is the indexed term: the stem of Form, or Form for stop words.
	Term string
	// Start and End are the UTF-8 byte offsets of the word in the analysed
	// text (for a joined compound, of the whole "cease-fire").
	Start, End int
	// Pos is the word's position: 0 for the first word, counting parts of
	// compounds and stop words. A joined compound has the position of its
	// first part.
	Pos int
	// Stop reports whether Form is a stop word ([IsStop]).
	Stop bool
	// Joined reports whether the token is the joined form of a hyphenated
	// compound ("ceasefire" for "cease-fire"), added after its parts.
	Joined bool
}

// MaxWordLen is the longest word, in bytes, that the analyser keeps; longer
// runs of letters (base64, URLs without separators) are skipped, though they
// still take a position.
const MaxWordLen = 64

// Analyzer splits texts into tokens. It caches stems, so reuse one
// Analyzer for many texts. An Analyzer is not safe for concurrent use; its
// zero value is not usable, call [NewAnalyzer].
type Analyzer struct {
	stems map[string]string
	vals  [][]byte
	types []int
	buf   []byte
}

// NewAnalyzer returns an Analyzer ready for use.
func NewAnalyzer() *Analyzer {
	return &Analyzer{stems: make(map[string]string)}
}

// maxCachedStems bounds the stem cache, so that a long-lived query engine
// does not grow without limit on adversarial input.
const maxCachedStems = 1 << 16

// Stem is [Stem] with a cache.
func (a *Analyzer) Stem(form string) string {
	if s, ok := a.stems[form]; ok {
		return s
	}
	s := Stem(form)
	if len(a.stems) >= maxCachedStems {
		clear(a.stems)
	}
	a.stems[form] = s
	return s
}

// Tokens appends the tokens of s to dst and returns it. Positions start at
// 0; offsets are into s.
func (a *Analyzer) Tokens(s string, dst []Token) []Token {
	return a.TokensFrom(s, 0, dst)
}

// TokensFrom is Tokens with positions starting at pos (to analyse the
// paragraphs of one body as one field).
func (a *Analyzer) TokensFrom(s string, pos int, dst []Token) []Token {
	a.buf = append(a.buf[:0], s...)
	if !utf8.ValidString(s) {
		// The segmenter stops at invalid UTF-8; blank out invalid bytes
		// (keeping offsets) so that the rest of the text is not lost.
		for i := 0; i < len(a.buf); {
			r, w := utf8.DecodeRune(a.buf[i:])
			if r == utf8.RuneError && w == 1 {
				a.buf[i] = ' '
			}
			i += w
		}
	}
	vals, types, ok := fastSegment(s, a.vals[:0], a.types[:0], a.buf)
	var err error
	if !ok {
		vals, types, _, err = segment.SegmentWordsDirect(a.buf, vals[:0], types[:0])
	}
	a.vals, a.types = vals[:0], types[:0]
	if err != nil {
		// The segmenter never fails on complete input; if it does, fall
		// back to treating the whole text as unsegmentable rather than
		// dropping it silently.
		vals, types = [][]byte{a.buf}, []int{segment.None}
	}
	// Compound tracking: the first part's index in dst and whether the
	// previous segment was a hyphen directly after a word.
	compStart, parts := -1, 0
	hyphenAfterWord := false
	for i, v := range vals {
		// Segments are sub-slices of a.buf; their offsets follow from
		// their capacities (the segmenter skips invalid UTF-8, so summing
		// lengths would drift).
		start := cap(a.buf) - cap(v)
		end := start + len(v)
		typ := types[i]
		if typ == segment.None {
			if isHyphen(v) && parts > 0 && !hyphenAfterWord {
				hyphenAfterWord = true
				continue
			}
			dst = a.closeCompound(s, dst, compStart, parts)
			compStart, parts, hyphenAfterWord = -1, 0, false
			continue
		}
		if len(v) > MaxWordLen {
			dst = a.closeCompound(s, dst, compStart, parts)
			compStart, parts, hyphenAfterWord = -1, 0, false
			pos++
			continue
		}
		form := Fold(s[start:end], typ == segment.Number)
		if form == "" {
			continue
		}
		if parts > 0 && !hyphenAfterWord {
			// Two words with nothing between them cannot happen with UAX
			// #29, but be safe: end the compound.
			dst = a.closeCompound(s, dst, compStart, parts)
			compStart, parts = -1, 0
		}
		stop := IsStop(form)
		term := form
		if !stop {
			term = a.Stem(form)
		}
		if parts == 0 {
			compStart = len(dst)
		}
		parts++
		hyphenAfterWord = false
		dst = append(dst, Token{Form: form, Term: term, Start: start, End: end, Pos: pos, Stop: stop})
		pos++
	}
	return a.closeCompound(s, dst, compStart, parts)
}

// closeCompound appends the joined token of a hyphenated compound whose
// parts are dst[first:].
func (a *Analyzer) closeCompound(s string, dst []Token, first, parts int) []Token {
	if parts < 2 || first < 0 {
		return dst
	}
	n := 0
	for _, t := range dst[first:] {
		n += len(t.Form)
	}
	if n > MaxWordLen {
		return dst
	}
	b := make([]byte, 0, n)
	for _, t := range dst[first:] {
		b = append(b, t.Form...)
	}
	form := string(b)
	last := dst[len(dst)-1]
	return append(dst, Token{
		Form: form, Term: a.Stem(form), Start: dst[first].Start, End: last.End,
		Pos: dst[first].Pos, Stop: false, Joined: true,
	})
}

func isHyphen(v []byte) bool {
	switch string(v) {
	case "-", "\u2010", "\u2011":
		return true
	}
	return false
}
