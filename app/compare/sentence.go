package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"diptych/corpus"
)

// Sentence is one sentence of an article, located by paragraph and byte
// offsets like every other span of the data model, so a UI can lay
// mentions, quotes and diff marks over it with the same arithmetic.
type Sentence struct {
	corpus.Span
	// Row is the index in Comparison.Rows of the row that shows this
	// sentence.
	Row int `json:"row"`
	// Partner is the index of the sentence on the other side that says the
	// same thing, or -1 when it has none. The partner sits on the same row
	// unless the pair is a Moved one.
	Partner int `json:"partner"`
}

// SplitSentences splits every paragraph of a into sentences, in order. A
// sentence never crosses a paragraph. It knows titles ("Mr.", "Gen."),
// initials ("William J. Burns"), dotted acronyms ("U.S.", which end a
// sentence only before a word like "The") and quotations ('... peace."
// Following ...' ends after the closing quote; '"Is it?" he asked' does not
// end at all).
func SplitSentences(a *corpus.Article) []Sentence {
	var out []Sentence
	for pi, p := range a.Paragraphs {
		for _, r := range splitParagraph(p) {
			out = append(out, Sentence{Span: corpus.Span{Para: pi, Start: r[0], End: r[1]}, Row: -1, Partner: -1})
		}
	}
	return out
}

// splitParagraph returns the [start, end) byte ranges of the sentences of
// p, trimmed of surrounding space. Blank paragraphs have none.
func splitParagraph(p string) [][2]int {
	var out [][2]int
	start := 0
	emit := func(end int) {
		s, e := trimSpace(p, start, end)
		if s < e {
			out = append(out, [2]int{s, e})
		}
		start = end
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// Absorb runs of terminal punctuation and closing quotes/brackets.
		j := i + 1
		for j < len(p) {
			if d := p[j]; d == '.' || d == '!' || d == '?' || d == '"' || d == '\'' || d == ')' || d == ']' {
				j++
				continue
			}
			if r, n := utf8.DecodeRuneInString(p[j:]); r == '\u201d' || r == '\u2019' || r == '\u2026' {
				j += n
				continue
			}
			break
		}
		if j >= len(p) {
			break
		}
		r, _ := utf8.DecodeRuneInString(p[j:])
		if !unicode.IsSpace(r) {
			continue // "2.4", "U.S.-led", "e.g.,"
		}
		k := j
		for k < len(p) {
			r, n := utf8.DecodeRuneInString(p[k:])
			if !unicode.IsSpace(r) {
				break
			}
			k += n
		}
		if k >= len(p) {
			break
		}
		next, _ := utf8.DecodeRuneInString(p[k:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || isOpening(next)) {
			continue // '"Is it?" he asked', "U.S. officials"
		}
		if c == '.' && j == i+1 && !endsSentence(p[:i], p[k:]) {
			continue
		}
		emit(j)
		i = j - 1
	}
	emit(len(p))
	return out
}

// endsSentence reports whether a period after before ends the sentence,
// given the text after it.
func endsSentence(before, after string) bool {
	w := lastWord(before)
	switch {
	case w == "":
		return true
	case titles[strings.ToLower(w)]:
		return false // "Mr. Blinken", "Gen. Halevi"
	case utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)):
		return false // "William J. Burns"
	case strings.Contains(w, ".") || ambiguous[strings.ToLower(w)]:
		// "U.S. officials" vs "support from the U.S. The ...": only a
		// word that typically opens a sentence decides for a break.
		return starters[firstWord(after)]
	}
	return true
}

// titles precede a name and never end a sentence.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "capt": true,
	"sgt": true, "maj": true, "adm": true, "cmdr": true, "st": true, "rev": true,
	"hon": true, "pres": true, "jr": true, "sr": true, "no": true, "nos": true,
	"vs": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true, "fig": true, "approx": true,
}

// ambiguous abbreviations may or may not end a sentence.
var ambiguous = map[string]bool{
	"inc": true, "corp": true, "ltd": true, "co": true, "etc": true, "bros": true,
}

// starters are words that, after an abbreviation, show a new sentence.
var starters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "This": true, "That": true,
	"These": true, "Those": true, "His": true, "Her": true, "Their": true,
	"Its": true, "Our": true, "But": true, "And": true, "In": true, "On": true,
	"At": true, "After": true, "Before": true, "However": true,
	"Meanwhile": true, "There": true, "As": true, "When": true, "While": true,
	"If": true, "Yet": true, "So": true, "Since": true, "Although": true,
	"Despite": true, "Following": true,
}

// lastWord returns the run of non-space bytes at the end of s, without
// leading quotes or brackets.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	w := s[i+1:]
	return strings.TrimLeft(w, "\"'(\u201c\u2018[")
}

// firstWord returns the leading letters of s after any opening quotes.
func firstWord(s string) string {
	s = strings.TrimLeft(s, "\"'(\u201c\u2018[")
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return s
	}
	return s[:end]
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '\u201c', '\u2018':
		return true
	}
	return false
}

// trimSpace narrows [s, e) of p to exclude leading and trailing space.
func trimSpace(p string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(p[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(p[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
