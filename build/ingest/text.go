package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkText validates the bytes of one input and returns it as text with
// "\n" line ends and no byte-order mark, or a message saying what is wrong:
// empty, binary, UTF-16 or invalid UTF-8 (with the line of the first bad
// byte).
func checkText(b []byte) (string, string) {
	if len(bytes.TrimSpace(b)) == 0 {
		if len(b) == 0 {
			return "", "empty file"
		}
		return "", "empty file (only white space)"
	}
	if bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return "", "UTF-16 text is not supported: save the file as UTF-8"
	}
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	head := b[:min(len(b), 8192)]
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return "", fmt.Sprintf("binary file, not text (NUL byte at offset %d)", i)
	}
	ctrl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl*10 > len(head) {
		return "", fmt.Sprintf("binary file, not text (%d control bytes in the first %d)", ctrl, len(head))
	}
	if !utf8.Valid(b) {
		off := firstInvalidUTF8(b)
		line := 1 + bytes.Count(b[:off], []byte("\n"))
		return "", fmt.Sprintf("invalid UTF-8 at line %d (byte offset %d, byte 0x%02X): save the file as UTF-8", line, off, b[off])
	}
	s := string(b)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return s, ""
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// cleanSpace trims s and turns every run of white space (including
// non-breaking and zero-width spaces) into one space.
func cleanSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u00A0' || r == '\u200B' || r == '\uFEFF' {
			space = true
			continue
		}
		if unicode.IsControl(r) {
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// words splits s into words at white space.
func words(s string) []string { return strings.Fields(s) }

// normKey is the comparison form of a line: lower case, letters and digits
// only, single spaces. Two lines with the same normKey are "the same line".
func normKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII fast path
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			default:
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// hasAlnum reports whether s has any letter or digit.
func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// splitParagraphs joins lines (already cleaned with cleanSpace) into
// paragraphs. An empty line separates
// paragraphs. When the text is hard-wrapped (see hardWrapped), a line that
// does not end a sentence continues on the next line; otherwise every line is
// its own paragraph, which is how most scrapers save articles.
func splitParagraphs(lines []string) []string {
	wrapped := hardWrapped(lines)
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, line := range lines {
		if line == "" {
			flush()
			continue
		}
		if cur.Len() > 0 {
			if wrapped && !endsSentence(cur.String()) {
				cur.WriteByte(' ')
			} else {
				flush()
			}
		}
		cur.WriteString(line)
	}
	flush()
	return out
}

// hardWrapped reports whether lines look wrapped at a fixed width (as in
// e-mail or Project Gutenberg texts): at least five lines of 40 or more
// characters, nearly all of them at most 100 characters long, and at least
// a third of them not ending a sentence.
func hardWrapped(lines []string) bool {
	long, short, open := 0, 0, 0
	for _, l := range lines {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		if n < 40 {
			continue
		}
		long++
		if n <= 100 {
			short++
		}
		if !endsSentence(strings.TrimSpace(l)) {
			open++
		}
	}
	return long >= 5 && short*10 >= long*9 && open*3 >= long
}

// endsSentence reports whether s ends like a sentence (or a quotation).
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?:;\"'”’)]…»", r)
}
