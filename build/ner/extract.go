// Package ner finds people, organisations, places, dates, figures and
// quotes in news articles at build time, and links the mentions of each
// person, organisation and place across a corpus to one canonical entity.
//
// Names come from a two-stage structured perceptron (first-order Viterbi
// over BILOU tags, hashed features, document-level label aggregation) fitted
// on CoNLL-2003 by the train command and embedded gzip'd; dates, figures and
// quotes come from rules over its tokens and entities.
//
// It is not for the browser: nothing here may be imported by app/, and the
// model never reaches the WebAssembly binary. It does not parse raw files
// (that is build/ingest) or build the index.
package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"

	"diptych/corpus"
)

//go:embed model/ner.model.gz
var embeddedModel []byte

// Extractor holds the loaded model and gazetteers. It is safe for
// concurrent use: Annotate keeps all its state on the stack.
type Extractor struct {
	m  *model
	gz *gazetteer
}

// Load loads the embedded model.
func Load() (*Extractor, error) {
	m, err := readModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("load embedded NER model: %w", err)
	}
	return &Extractor{m: m, gz: newGazetteer()}, nil
}

// artDoc is one article being annotated: its body's tokens (offsets within
// their paragraph) and what was found in them.
type artDoc struct {
	a     *corpus.Article
	toks  []Token
	para  []int // paragraph of each token
	d     *docInfo
	names []span // PER, ORG, LOC from the model (MISC dropped)
	// canon[i] is the article-level key of names[i], set by linking.
	canon []string
}

// tokenizeArticle tokenizes every paragraph of a; each paragraph starts a
// sentence.
func tokenizeArticle(a *corpus.Article) ([]Token, []int) {
	var toks []Token
	var para []int
	for p, text := range a.Paragraphs {
		ts := Tokenize(text)
		if len(ts) > 0 {
			ts[0].SentStart = true
		}
		toks = append(toks, ts...)
		for range ts {
			para = append(para, p)
		}
	}
	return toks, para
}

// names tags the tokens of a document and returns its PER, ORG and LOC
// entities, with person titles trimmed off.
func (x *Extractor) names(d *docInfo) []span {
	var out []span
	for _, s := range x.m.tagDoc(d) {
		if s.Label == labelMISC {
			continue
		}
		if s.Label == labelPER {
			for s.To-s.From > 1 && d.info[s.From].gaz&(1<<gzTitle) != 0 {
				s.From++
			}
		}
		out = append(out, s)
	}
	return out
}

// Annotate fills the Mentions, Quotes and Figures of every article in place
// (offsets per paragraph), links mentions to canonical entities across the
// whole corpus, and returns those entities sorted by ID. It is
// deterministic: the same articles give the same result.
func (x *Extractor) Annotate(articles []corpus.Article) ([]corpus.Entity, error) {
	docs := make([]*artDoc, len(articles))
	for i := range articles {
		a := &articles[i]
		toks, para := tokenizeArticle(a)
		d := prepare(toks, x.gz)
		docs[i] = &artDoc{a: a, toks: toks, para: para, d: d}
		docs[i].names = x.names(d)
	}
	ents, ids := link(docs)
	for i, doc := range docs {
		a := doc.a
		a.Mentions = a.Mentions[:0]
		for j, s := range doc.names {
			m := corpus.Mention{Span: doc.spanOf(s.From, s.To), Type: labelType(s.Label), Entity: ids[i][j]}
			a.Mentions = append(a.Mentions, m)
		}
		for _, dt := range findDates(doc, a.Published) {
			a.Mentions = append(a.Mentions, dt)
		}
		a.Figures = findFigures(doc)
		a.Quotes = findQuotes(doc, ids[i], ents)
		sortSpans(a)
		if len(a.Mentions) == 0 {
			a.Mentions = nil
		}
	}
	out := make([]corpus.Entity, 0, len(ents))
	for _, e := range ents {
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// spanOf returns the article span of tokens [from, to), which must lie in
// one paragraph.
func (doc *artDoc) spanOf(from, to int) corpus.Span {
	return corpus.Span{Para: doc.para[from], Start: doc.toks[from].Start, End: doc.toks[to-1].End}
}

// textOf returns the text of tokens [from, to).
func (doc *artDoc) textOf(from, to int) string {
	s := doc.spanOf(from, to)
	return s.Text(doc.a)
}

func labelType(l label) corpus.EntityType {
	switch l {
	case labelPER:
		return corpus.Person
	case labelORG:
		return corpus.Org
	case labelLOC:
		return corpus.Place
	}
	return 0
}

func less(a, b corpus.Span) bool {
	if a.Para != b.Para {
		return a.Para < b.Para
	}
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.End < b.End
}

func sortSpans(a *corpus.Article) {
	sort.SliceStable(a.Mentions, func(i, j int) bool { return less(a.Mentions[i].Span, a.Mentions[j].Span) })
	sort.SliceStable(a.Quotes, func(i, j int) bool { return less(a.Quotes[i].Span, a.Quotes[j].Span) })
	sort.SliceStable(a.Figures, func(i, j int) bool { return less(a.Figures[i].Span, a.Figures[j].Span) })
}
