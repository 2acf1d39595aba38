package compare

import (
	"fmt"
	"sort"

	"diptych/corpus"
	"diptych/corpus/index"
	"diptych/corpus/text"
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
	// sentEnts[i] are the distinct entity ids mentioned in sentence i, and
	// sentEntIDs[i] their ids in the analyser's dictionary.
	sentEnts   [][]string
	sentEntIDs [][]int32
	// titleTerms are the term ids of the title's stems.
	titleTerms []int32
	// space bounds the term ids of sentTerms, sentEntIDs and titleTerms:
	// the analyser's dictionary, or the index's stems and entities.
	space func() int
	words int
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

// analyser turns articles into analysed ones. It gives every term (and
// entity) a small integer id, shared by all articles it analyses, so that
// vectors compare by integer. Its corpus/text analyser caches stems: reuse
// one (see Comparer) to compare many articles.
type analyser struct {
	text *text.Analyzer
	buf  []text.Token
	ids  map[string]int32
	// df, sortBuf and nextBuf are scratch space for similarityMatrix:
	// document frequencies by term id (all zero between uses), a sort
	// buffer and posting cursors.
	df      []int32
	sortBuf []int32
	nextBuf []int32
	// names[id] is the key of term id.
	names []string
	// scratch holds the two sides' breakdowns read from an index (see
	// fromIndex), reused from one comparison to the next.
	scratch [2]breakdownScratch
}

// breakdownScratch is an article's breakdown and the words and terms
// made from it (fromBreakdown).
type breakdownScratch struct {
	decoded index.ArticleSentences
	words   []word
	terms   []int32
}

func newAnalyser() *analyser {
	return &analyser{text: text.NewAnalyzer(), ids: make(map[string]int32, 1024)}
}

func (an *analyser) id(key string) int32 {
	id, ok := an.ids[key]
	if !ok {
		id = int32(len(an.ids))
		an.ids[key] = id
		an.names = append(an.names, key)
	}
	return id
}

// analyse splits a into sentences and words: the build's breakdown
// (breakdown), with the analyser's own term ids.
func (an *analyser) analyse(a *corpus.Article) *analysed {
	var sc breakdownScratch
	sc.decoded = an.breakdown(a, func(stem string) int32 {
		if stem == "" {
			return -1
		}
		return an.id(stem)
	})
	r := an.fromBreakdown(a, &sc, func(id int32) string { return an.names[id] }, func() int { return len(an.ids) })
	r.addMentions(func(e string) (int32, bool) { return an.id("\x00" + e), true })
	return r
}

// addMentions lists the entities of each sentence, with their term ids from entityID (ids of stems and entities
// never collide); an entity entityID does not know counts but is no term.
func (r *analysed) addMentions(entityID func(string) (int32, bool)) {
	a := r.a
	r.sentEnts = make([][]string, len(r.sentences))
	for _, m := range a.Mentions {
		if m.Entity == "" {
			continue
		}
		if !fits(a, m.Span) {
			r.warn("mention %q at %+v does not fit the article", m.Entity, m.Span)
			continue
		}
		if i := r.sentenceAt(m.Span); i >= 0 && !contains(r.sentEnts[i], m.Entity) {
			r.sentEnts[i] = append(r.sentEnts[i], m.Entity)
		}
	}
	r.sentEntIDs = make([][]int32, len(r.sentences))
	for i, es := range r.sentEnts {
		for _, e := range es {
			if id, ok := entityID(e); ok {
				r.sentEntIDs[i] = append(r.sentEntIDs[i], id)
			}
		}
	}
}

// entityCounts counts the mentions of each entity id that fit the
// article.
func (r *analysed) entityCounts() map[string]int {
	counts := map[string]int{}
	for _, m := range r.a.Mentions {
		if m.Entity != "" && fits(r.a, m.Span) {
			counts[m.Entity]++
		}
	}
	return counts
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
