package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the normalised form of one word as segmentation produced it:
// lower case, without diacritics, with apostrophe variants made plain and a
// trailing possessive ("’s" or "’") removed, other apostrophes removed
// ("don't" -> "dont"), dots removed ("U.S" -> "us") and, in numbers,
// thousands separators removed ("27,585" -> "27585"). isNumber tells
// whether segmentation classified the word as a number (then dots stay:
// "3.5").
//
// Fold is the only normalisation Diptych applies; the index builder and the
// query engine both call it through [Analyzer].
func Fold(word string, isNumber bool) string {
	if isASCIIFolded(word, isNumber) {
		return word
	}
	var b strings.Builder
	b.Grow(len(word))
	ascii := true
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
	} else {
		foldRunes(&b, word)
	}
	return finish(b.String(), isNumber)
}

// isASCIIFolded reports whether word is already in folded form, the common
// case that needs no allocation.
func isASCIIFolded(word string, isNumber bool) bool {
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '.' && isNumber:
		case c == '_':
		default:
			return false
		}
	}
	return true
}

// foldRunes writes word to b lower-cased and without combining marks.
func foldRunes(b *strings.Builder, word string) {
	for _, r := range norm.NFD.String(word) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if s := specialFold(r); s != "" {
			b.WriteString(s)
			continue
		}
		switch r {
		case '’', '‘', 'ʼ', '′', '`', '´', 'ʹ', '＇':
			r = '\''
		}
		b.WriteRune(unicode.ToLower(r))
	}
}

// specialFold returns the spelling readers type for a letter that Unicode
// does not decompose into a base letter and a mark ("ß" -> "ss"), or "".
func specialFold(r rune) string {
	switch r {
	case 'ß', 'ẞ':
		return "ss"
	case 'æ', 'Æ':
		return "ae"
	case 'œ', 'Œ':
		return "oe"
	case 'ø', 'Ø':
		return "o"
	case 'ł', 'Ł':
		return "l"
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d"
	case 'þ', 'Þ':
		return "th"
	case 'ı':
		return "i"
	}
	return ""
}

// finish removes possessives, apostrophes and separators from a lower-cased
// word.
func finish(w string, isNumber bool) string {
	if strings.HasSuffix(w, "'s") {
		w = w[:len(w)-2]
	}
	w = strings.TrimRight(w, "'")
	if !strings.ContainsAny(w, "'.,") {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '\'':
		case c == ',' && isNumber:
		case c == '.' && !isNumber:
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
