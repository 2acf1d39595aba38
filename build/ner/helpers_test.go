package ner

import (
	"testing"

	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

// ruleDoc prepares an article for the rule-based finders, without the
// model's names.
func ruleDoc(published string, paragraphs ...string) *artDoc {
	a := &corpus.Article{ID: "t", Published: published, Paragraphs: paragraphs}
	toks, para := tokenizeArticle(a)
	return &artDoc{a: a, toks: toks, para: para, d: prepare(toks, newGazetteer())}
}

// annotate runs the real extractor over articles made of paragraphs.
func annotate(t *testing.T, x *Extractor, arts ...corpus.Article) ([]corpus.Article, []corpus.Entity) {
	t.Helper()
	ents, err := x.Annotate(arts)
	require.NoError(t, err)
	return arts, ents
}

func loadExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := Load()
	require.NoError(t, err)
	return x
}
