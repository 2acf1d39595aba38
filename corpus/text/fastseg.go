package text

import (
	"unicode/utf8"

	"github.com/blevesearch/segment"
)

// fastSegment segments s exactly as segment.SegmentWordsDirect does, for
// the common case of text made of ASCII and a few punctuation marks (curly
// quotes, dashes, ellipsis, no-break space); it reports false for any other
// text, which then goes to the full UAX #29 segmenter. It is several times
// faster, and a differential test and fuzz target check that both agree.
//
// The rules it implements are UAX #29's for these characters: letters and
// digits join (WB5, WB8-WB10); a letter run may continue over one of
// . : ' ’ ‘ followed by a letter (WB6-WB7); a digit run over one of
// . , ; ' ’ ‘ followed by a digit (WB11-WB12); _ joins anything (WB13a-b).
// A word is a Number if it has digits and no letters. Every other
// character is a separate None segment (CR LF together).
func fastSegment(s string, vals [][]byte, types []int, buf []byte) ([][]byte, []int, bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '’', '‘', '“', '”', '–', '—', '…', '\u00a0':
		default:
			return vals, types, false
		}
		i += w
	}
	for i := 0; i < len(s); {
		c := s[i]
		if !isWordByte(c) {
			n := 1
			if c >= utf8.RuneSelf {
				_, n = utf8.DecodeRuneInString(s[i:])
			} else if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				n = 2
			}
			vals = append(vals, buf[i:i+n])
			types = append(types, segment.None)
			i += n
			continue
		}
		start := i
		letters, digits := false, false
		for i < len(s) {
			c := s[i]
			switch {
			case isLetterByte(c):
				letters = true
				i++
				continue
			case isDigitByte(c):
				digits = true
				i++
				continue
			case c == '_':
				i++
				continue
			}
			// A middle character joins if the characters on both sides
			// are of the class it joins.
			prev := s[i-1]
			mid, w := midClass(s[i:])
			if mid == 0 || i+w >= len(s) {
				break
			}
			next := s[i+w]
			if mid&midLetter != 0 && isLetterByte(prev) && isLetterByte(next) ||
				mid&midNum != 0 && isDigitByte(prev) && isDigitByte(next) {
				i += w
				continue
			}
			break
		}
		vals = append(vals, buf[start:i])
		if digits && !letters {
			types = append(types, segment.Number)
		} else {
			types = append(types, segment.Letter)
		}
	}
	return vals, types, true
}

const (
	midLetter = 1
	midNum    = 2
)

// midClass returns which runs the character at the start of s may join
// (midLetter, midNum or both) and its width, or 0.
func midClass(s string) (int, int) {
	switch s[0] {
	case '.', '\'':
		return midLetter | midNum, 1
	case ':':
		return midLetter, 1
	case ',', ';':
		return midNum, 1
	}
	if s[0] >= utf8.RuneSelf {
		r, w := utf8.DecodeRuneInString(s)
		if r == '’' || r == '‘' {
			return midLetter | midNum, w
		}
	}
	return 0, 0
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigitByte(c byte) bool  { return '0' <= c && c <= '9' }
func isWordByte(c byte) bool   { return isLetterByte(c) || isDigitByte(c) || c == '_' }
