package compare

import (
	"fmt"
	"sort"

	"diptych/corpus"
)

// analysed is an article broken down for comparison: its sentences, the
// words, terms and entities of each sentence.
type analysed struct {
	a         *corpus.Article
	an        *analyser
	sentences []Sentence
	// sentWords[i] are the words of sentence i, offsets in its paragraph.
	sentWords [][]word
	// sentTerms[i] are the term ids of sentence i's stems, one per
	// occurrence, ids from the analyser's shared dictionary.
	sentTerms [][]int32
	// sentEnts[i] are the distinct entity ids mentioned in sentence i.
	sentEnts [][]string
	// titleTerms are the term ids of the title's stems.
	titleTerms []int32
	// entCounts counts the mentions of each entity id.
	entCounts map[string]int
	words     int
	// warnings name the spans that did not fit the article and were
	// skipped.
	warnings []string
}

func (r *analysed) warn(format string, args ...any) {
	r.warnings = append(r.warnings, r.a.ID+": "+fmt.Sprintf(format, args...))
}

// fits reports whether s lies inside a's body.
func fits(a *corpus.Article, s corpus.Span) bool {
	return s.Para >= 0 && s.Para < len(a.Paragraphs) && s.Start >= 0 && s.Start <= s.End && s.End <= len(a.Paragraphs[s.Para])
}

// analyser turns articles into analysed ones. It gives every stem (and
// entity) a small integer id, shared by all articles it analyses, so that
// vectors compare by integer.
type analyser struct {
	ids map[string]int32
}

func newAnalyser() *analyser {
	return &analyser{ids: make(map[string]int32, 1024)}
}

// words splits s into words with their stems.
func (an *analyser) words(s string) []word {
	ws := segmentWords(s)
	for i := range ws {
		ws[i].stem = stem(ws[i].norm)
	}
	return ws
}

// entityID returns the id of entity e in the analyser's dictionary (ids of
// stems and entities never collide: entity keys are prefixed with a byte no
// stem holds).
func (r *analysed) entityID(e string) int32 { return r.an.id("\x00" + e) }

func (an *analyser) id(key string) int32 {
	id, ok := an.ids[key]
	if !ok {
		id = int32(len(an.ids))
		an.ids[key] = id
	}
	return id
}

// analyse splits a into sentences and words.
func (an *analyser) analyse(a *corpus.Article) *analysed {
	r := &analysed{a: a, an: an, entCounts: map[string]int{}}
	tw := an.words(a.Title)
	for k, w := range tw {
		if w.stem != "" {
			r.titleTerms = append(r.titleTerms, an.id(w.stem))
		}
		if k > 0 {
			if c := compound(a.Title, tw[k-1], w); c != "" {
				r.titleTerms = append(r.titleTerms, an.id(c))
			}
		}
	}
	for pi, p := range a.Paragraphs {
		pw := an.words(p)
		r.words += len(pw)
		k := 0
		for _, sr := range splitParagraph(p) {
			for k < len(pw) && pw[k].start < sr[0] {
				k++
			}
			first := k
			for k < len(pw) && pw[k].start < sr[1] {
				k++
			}
			sw := pw[first:k:k]
			terms := make([]int32, 0, len(sw))
			for k, w := range sw {
				if w.stem != "" {
					terms = append(terms, an.id(w.stem))
				}
				if k > 0 {
					if c := compound(p, sw[k-1], w); c != "" {
						terms = append(terms, an.id(c))
					}
				}
			}
			r.sentences = append(r.sentences, Sentence{Span: corpus.Span{Para: pi, Start: sr[0], End: sr[1]}, Row: -1, Partner: -1})
			r.sentWords = append(r.sentWords, sw)
			r.sentTerms = append(r.sentTerms, terms)
		}
	}
	r.sentEnts = make([][]string, len(r.sentences))
	for _, m := range a.Mentions {
		if m.Entity == "" {
			continue
		}
		if !fits(a, m.Span) {
			r.warn("mention %q at %+v does not fit the article", m.Entity, m.Span)
			continue
		}
		r.entCounts[m.Entity]++
		if i := r.sentenceAt(m.Span); i >= 0 && !contains(r.sentEnts[i], m.Entity) {
			r.sentEnts[i] = append(r.sentEnts[i], m.Entity)
		}
	}
	return r
}

// sentenceAt returns the index of the sentence that contains the start of
// s, or -1.
func (r *analysed) sentenceAt(s corpus.Span) int {
	i := sort.Search(len(r.sentences), func(i int) bool {
		t := r.sentences[i]
		return t.Para > s.Para || (t.Para == s.Para && t.End > s.Start)
	})
	if i < len(r.sentences) && r.sentences[i].Para == s.Para && r.sentences[i].Start <= s.Start {
		return i
	}
	return -1
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// compound returns the stem of two words of p joined by a hyphen as one
// word ("cease-fire" -> the stem of "ceasefire"), so that spellings with
// and without the hyphen meet; "" when they are not so joined.
func compound(p string, a, b word) string {
	if a.end+1 != b.start || p[a.end] != '-' || a.stem == "" || b.stem == "" {
		return ""
	}
	return stem(a.norm + b.norm)
}
