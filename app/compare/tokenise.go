package compare

import (
	"unicode"
	"unicode/utf8"
)

// scanWords returns the [start, end) byte ranges of the words of s. It
// follows the word rules of Unicode UAX #29 that matter for news prose,
// which is what blevesearch/segment implements in full, at a fraction of
// its cost (segment spends ~6 µs per word in WebAssembly, which alone would
// eat a third of the 30 ms comparison budget):
//
//   - letters, digits, combining marks and '_' form words;
//   - an apostrophe (' or ’) or a period joins letters ("Israel’s",
//     "U.S"), and a period, comma, semicolon or apostrophe joins digits
//     ("27,585", "2.4");
//   - letters and digits join ("A1", "2nd");
//   - every Han, Hiragana or other ideographic character is a word.
//
// TestScanWordsMatchesSegment holds it to segment on the seed corpus.
func scanWords(s string, fn func(start, end int)) {
	i := 0
	for i < len(s) {
		r, n := decode(s, i)
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		if isIdeo(r) {
			fn(start, i+n)
			i += n
			continue
		}
		prev := r
		i += n
		for i < len(s) {
			r, n := decode(s, i)
			if isWordRune(r) && !isIdeo(r) {
				prev = r
				i += n
				continue
			}
			if i+n < len(s) && joins(prev, r) {
				next, m := decode(s, i+n)
				if isWordRune(next) && !isIdeo(next) && sameClass(prev, next, r) {
					prev = next
					i += n + m
					continue
				}
			}
			break
		}
		fn(start, i)
	}
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isIdeo(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r))
}

// joins reports whether mid may join two word runes after prev.
func joins(prev, mid rune) bool {
	switch mid {
	case '\'', '\u2019', '.':
		return true
	case ',', ';':
		return isDigitRune(prev)
	}
	return false
}

// sameClass reports whether mid joins prev and next: letters with letters,
// digits with digits.
func sameClass(prev, next, mid rune) bool {
	if isDigitRune(prev) && isDigitRune(next) {
		return true
	}
	if mid == ',' || mid == ';' {
		return false
	}
	return !isDigitRune(prev) && !isDigitRune(next)
}

func isDigitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return '0' <= r && r <= '9'
	}
	return unicode.IsDigit(r)
}
