package text

import "github.com/kljensen/snowball/english"

// Stem returns the Snowball English (Porter2) stem of form, a folded word
// ("negotiations" -> "negoti"). Stop words and numbers are returned
// unchanged.
func Stem(form string) string {
	if IsStop(form) || !hasLetter(form) {
		return form
	}
	return english.Stem(form, false)
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 0x80 {
			return true
		}
	}
	return false
}
