package compare

import "strings"

// stem returns the stem of the normalised word w, or "" when w is a stop
// word, a single character, or a reporting verb (see stopWords). Numbers
// are their own stems.
//
// The stemmer is a light one written for this package: it removes
// possessives, plural and verb endings (-s, -es, -ies, -ed, -ing), -ly and
// -al, a final -e, and undoubles a final consonant, so "hostages"/"hostage",
// "proposal"/"proposed"/"propose" and "killed"/"killing" meet. It is not Porter2
// (kljensen/snowball): derivations such as "proposal" keep their own stem.
// What it buys is speed: Snowball spends ~6 µs per word in WebAssembly,
// which alone would take a fifth of the 30 ms budget for comparing two
// 1,000-word articles; this costs a few hundred nanoseconds. Stems only
// need to agree within this package (sentence and document vectors), not
// with the search index.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	w = strings.TrimSuffix(w, "'")
	if len(w) < 2 || stopWords[w] {
		return ""
	}
	if isDigits(w) || !isLowerASCII(w) {
		return w
	}
	return lightStem(w)
}

func lightStem(w string) string {
	if len(w) <= 3 {
		return w
	}
	// Plurals and third persons.
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "zes"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		w = w[:len(w)-1]
	}
	// Past tenses and participles.
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "eed"):
	case strings.HasSuffix(w, "ed") && hasVowel(w[:len(w)-2]) && len(w) > 4:
		w = undouble(w[:len(w)-2])
	case strings.HasSuffix(w, "ing") && hasVowel(w[:len(w)-3]) && len(w) > 5:
		w = undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ly") && len(w) > 5:
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "al") && len(w) > 6:
		// "proposal" and "propose", "approval" and "approve".
		w = w[:len(w)-2]
	}
	// A final e: "propose" and "propos(ed)" meet.
	if strings.HasSuffix(w, "e") && len(w) > 3 {
		w = w[:len(w)-1]
	}
	// A final y: "casualty" and "casualti(es)" already meet; "y" and "i"
	// are folded so "deny"/"denied" do too.
	if strings.HasSuffix(w, "y") && len(w) > 3 {
		w = w[:len(w)-1] + "i"
	}
	return w
}

// undouble removes the second of a doubled final consonant ("stopp" ->
// "stop"), except l, s and z ("kill", "pass", "buzz").
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouylsz", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}

func hasVowel(s string) bool { return strings.ContainsAny(s, "aeiouy") }

func isLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 'a' || c > 'z' {
			if c != '\'' && c != '.' && (c < '0' || c > '9') {
				return false
			}
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// stopWords carry no content: English function words, and reporting verbs
// and fillers that would otherwise make unrelated sentences of news look
// alike ("said", "also").
var stopWords = map[string]bool{
	"a": true, "about": true, "above": true, "after": true, "again": true,
	"against": true, "all": true, "am": true, "an": true, "and": true,
	"any": true, "are": true, "as": true, "at": true, "be": true,
	"because": true, "been": true, "before": true, "being": true, "below": true,
	"between": true, "both": true, "but": true, "by": true, "can": true,
	"did": true, "do": true, "does": true, "doing": true, "don": true,
	"down": true, "during": true, "each": true, "few": true, "for": true,
	"from": true, "further": true, "had": true, "has": true, "have": true,
	"having": true, "he": true, "her": true, "here": true, "hers": true,
	"herself": true, "him": true, "himself": true, "his": true, "how": true,
	"i": true, "if": true, "in": true, "into": true, "is": true, "it": true,
	"its": true, "itself": true, "just": true, "me": true, "more": true,
	"most": true, "my": true, "myself": true, "no": true, "nor": true,
	"not": true, "now": true, "of": true, "off": true, "on": true, "once": true,
	"only": true, "or": true, "other": true, "our": true, "ours": true,
	"ourselves": true, "out": true, "over": true, "own": true, "s": true,
	"same": true, "she": true, "should": true, "so": true, "some": true,
	"such": true, "t": true, "than": true, "that": true, "the": true,
	"their": true, "theirs": true, "them": true, "themselves": true,
	"then": true, "there": true, "these": true, "they": true, "this": true,
	"those": true, "through": true, "to": true, "too": true, "under": true,
	"until": true, "up": true, "very": true, "was": true, "we": true,
	"were": true, "what": true, "when": true, "where": true, "which": true,
	"while": true, "who": true, "whom": true, "why": true, "will": true,
	"with": true, "you": true, "your": true, "yours": true, "yourself": true,
	"yourselves": true, "said": true, "says": true, "say": true, "saying": true,
	"told": true, "also": true, "would": true, "could": true, "one": true,
	"mr": true, "mrs": true, "ms": true,
}
