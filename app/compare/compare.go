package compare

import (
	"diptych/corpus"
	"diptych/corpus/index"
)

// Options tunes Compare. The zero value is ready to use.
type Options struct {
	// Entities returns the canonical entity with the given id, for chip
	// names and types. When nil, or when it does not know an id, the name
	// is the id's first mention in the text.
	Entities func(id string) (corpus.Entity, bool)
	// LeftDoc and RightDoc are the two articles' document vectors as the
	// index stores them (see Vectors). With both set, Comparison.Similarity
	// is exactly the score Related ranks by; otherwise it is computed from
	// the two articles alone and may differ slightly from that score.
	LeftDoc, RightDoc *Doc
	// Align tunes the sentence alignment; the zero value means
	// DefaultAlignParams.
	Align AlignParams
	// Index, when both articles are among its Articles (the same
	// pointers) and it holds their breakdowns (see StoredSentences), is
	// where the comparison reads the articles' sentences, words and terms
	// instead of analysing their text: the result is the same, the work
	// integer only.
	Index *index.Index
	// Phase, when set, is called as each stage of a comparison ends, with
	// the stage's name, so a caller can time the stages: "analyse"
	// (sentences, words, terms), "similarity" (the sentence matrix),
	// "figures", "align", "diff" and "sets" (entities, quotes and
	// document similarity).
	Phase func(name string)
}

// Comparison is everything the comparison view shows about two articles.
// Every location in it is a sentence index or a corpus.Span into the
// article it belongs to.
type Comparison struct {
	Left, Right Side
	// Pairs are the sentence pairs that say the same thing, by left
	// sentence index.
	Pairs []Pair `json:"pairs"`
	// Rows lay the sentences of both sides out in reading order: an
	// aligned pair shares a row, every other sentence has a row of its own.
	Rows     []Row      `json:"rows"`
	Entities EntitySets `json:"entities"`
	Figures  FigureSets `json:"figures"`
	// Quotes are grouped by speaker: speakers quoted on both sides first.
	Quotes []QuoteGroup `json:"quotes"`
	// Similarity is the document similarity in [0, 1] (see Similarity).
	Similarity float64 `json:"similarity"`
	// Coverage is the share of all sentences, both sides together, that
	// have a partner: 1 when every sentence is paired, 0 when none is.
	Coverage float64 `json:"coverage"`
	// DaysApart is the right article's date minus the left's, in whole
	// days, when DatesKnown.
	DaysApart  int  `json:"days_apart"`
	DatesKnown bool `json:"dates_known"`
	// Warnings name the mention, quote and figure spans that did not fit
	// their article and were left out; empty for a consistent index.
	Warnings []string `json:"warnings,omitempty"`
}

// Side is one article of a comparison.
type Side struct {
	Article *corpus.Article `json:"-"`
	// ID is Article.ID, for goldens and logs.
	ID string `json:"id"`
	// Words is the number of words in the body.
	Words     int        `json:"words"`
	Sentences []Sentence `json:"sentences"`
}

// Comparer compares articles, keeping the text analyser's stem cache
// between comparisons: a UI that compares many pairs in a session should
// keep one (the first comparison pays for stemming the words it has not
// seen). A Comparer is not safe for concurrent use.
type Comparer struct {
	an *analyser
}

// NewComparer returns a Comparer with an empty cache.
func NewComparer() *Comparer { return &Comparer{an: newAnalyser()} }

// Compare compares left and right with a fresh Comparer: see
// (*Comparer).Compare.
func Compare(left, right *corpus.Article, opt Options) *Comparison {
	return NewComparer().Compare(left, right, opt)
}

// maxCachedTerms bounds the term ids a Comparer keeps between comparisons.
const maxCachedTerms = 1 << 16

// Compare compares left and right. It never fails: articles without
// mentions, quotes or figures simply yield empty sets, and spans that do not
// fit their article are skipped.
func (cm *Comparer) Compare(left, right *corpus.Article, opt Options) *Comparison {
	if left == nil {
		left = &corpus.Article{}
	}
	if right == nil {
		right = &corpus.Article{}
	}
	params := opt.Align.withDefaults()
	an := cm.an
	if len(an.ids) > maxCachedTerms {
		clear(an.ids)
	}
	phase := opt.Phase
	if phase == nil {
		phase = func(string) {}
	}
	la, ra := stored(an, opt.Index, left, right)
	if la == nil {
		la, ra = an.analyse(left), an.analyse(right)
	}
	phase("analyse")

	c := &Comparison{
		Left:  Side{Article: left, ID: left.ID, Words: la.words, Sentences: la.sentences},
		Right: Side{Article: right, ID: right.ID, Words: ra.words, Sentences: ra.sentences},
	}
	sim := similarityMatrix(la, ra, params.EntityWeight)
	phase("similarity")
	c.Figures = pairFigures(la, ra, sim)
	phase("figures")
	var anchors [][2]int
	for _, f := range c.Figures.Pairs {
		anchors = append(anchors, [2]int{f.Left.Sentence, f.Right.Sentence})
	}
	c.Pairs, c.Rows = align(la, ra, sim, anchors, params)
	phase("align")
	for i := range c.Pairs {
		p := &c.Pairs[i]
		p.Diff = diffWords(la.sentWords[p.Left], ra.sentWords[p.Right])
	}
	phase("diff")
	for ri, r := range c.Rows {
		if r.Left >= 0 {
			c.Left.Sentences[r.Left].Row = ri
		}
		if r.Right >= 0 {
			c.Right.Sentences[r.Right].Row = ri
		}
	}
	for _, p := range c.Pairs {
		c.Left.Sentences[p.Left].Partner = p.Right
		c.Right.Sentences[p.Right].Partner = p.Left
	}
	if n := len(la.sentences) + len(ra.sentences); n > 0 {
		c.Coverage = float64(2*len(c.Pairs)) / float64(n)
	}
	c.Entities = entitySets(left, right, opt.Entities)
	c.Quotes = groupQuotes(la, ra, opt.Entities)

	if opt.LeftDoc != nil && opt.RightDoc != nil {
		c.Similarity = Similarity(opt.LeftDoc, opt.RightDoc)
	} else {
		c.Similarity = pairSimilarity(la, ra)
	}
	c.Warnings = append(la.warnings, ra.warnings...)
	c.DaysApart, c.DatesKnown = daysBetween(left.Published, right.Published)
	phase("sets")
	return c
}

// stored returns both articles' breakdowns from ix, or nils when ix does
// not hold both.
func stored(an *analyser, ix *index.Index, left, right *corpus.Article) (*analysed, *analysed) {
	if ix == nil || ix.Sentences == nil {
		return nil, nil
	}
	i, ok := ix.Position(left.ID)
	if !ok || &ix.Articles[i] != left {
		return nil, nil
	}
	j, ok := ix.Position(right.ID)
	if !ok || &ix.Articles[j] != right {
		return nil, nil
	}
	la := an.fromIndex(ix, i, 0)
	if la == nil {
		return nil, nil
	}
	ra := an.fromIndex(ix, j, 1)
	if ra == nil {
		return nil, nil
	}
	return la, ra
}
