package compare

// word is one word of a text: its byte range in the text it came from, its
// folded form (corpus/text.Fold: lower case, "Hamas’s" -> "hamas", "U.S."
// -> "us") and its term ("" for stop words, which carry no content).
type word struct {
	start, end int
	norm       string
	stem       string
}

// reportingStop are words that corpus/text indexes but that would make
// unrelated sentences of news look alike: reporting verbs and titles.
var reportingStop = map[string]bool{
	"said": true, "say": true, "says": true, "saying": true, "told": true,
	"also": true, "one": true, "mr": true, "mrs": true, "ms": true,
}

// words analyses s with corpus/text, the analyser the search index uses,
// so that document vectors share the index's terms. plain are the words in
// order; joined are the joined forms of hyphenated compounds ("ceasefire"
// for "cease-fire"), which count as terms but are not words of the text.
func (an *analyser) words(s string) (plain, joined []word) {
	an.buf = an.text.Tokens(s, an.buf[:0])
	plain = make([]word, 0, len(an.buf))
	for _, t := range an.buf {
		w := word{start: t.Start, end: t.End, norm: t.Form}
		if !t.Stop && !reportingStop[t.Form] && len(t.Form) > 1 {
			w.stem = t.Term
		}
		if t.Joined {
			joined = append(joined, w)
		} else {
			plain = append(plain, w)
		}
	}
	return plain, joined
}

// segmentWords returns the words of s, for code without an analyser at
// hand (and tests).
func segmentWords(s string) []word {
	p, _ := newAnalyser().words(s)
	return p
}
