package compare

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
	"diptych/corpus/index"
)

// seedIndex encodes the seeds, and the two ~1,000-word articles the
// benchmarks make of them, into an index with their breakdowns.
func seedIndex(t testing.TB) *index.Index {
	t.Helper()
	s := loadSeeds(t)
	arts := append([]corpus.Article(nil), s.ordered...)
	l := concat("long-left", s.articles["002"], s.articles["003"])
	r := concat("long-right", s.articles["004"], s.articles["000"])
	arts = append(arts, *l, *r)
	var ents []corpus.Entity
	for _, e := range s.entities {
		ents = append(ents, e)
	}
	sim := StoredSimilar(Vectors(arts, DefaultVectorParams), nil)
	sim.Sentences = StoredSentences(arts)
	data, err := index.EncodeWith(arts, ents, sim)
	require.NoError(t, err)
	ix, err := index.Decode(string(data))
	require.NoError(t, err)
	return ix
}

// TestStoredSentencesCompareAlike compares every two articles of an index
// from their stored breakdowns and from their text: the comparisons must
// be the same, pair for pair, sentence for sentence, word for word.
func TestStoredSentencesCompareAlike(t *testing.T) {
	ix := seedIndex(t)
	require.Equal(t, len(ix.Articles), ix.Sentences.NumArticles())
	lookup := func(id string) (corpus.Entity, bool) {
		if e, ok := ix.Entity(id); ok {
			return *e, true
		}
		return corpus.Entity{}, false
	}
	fromIndex, fromText := NewComparer(), NewComparer()
	for i := range ix.Articles {
		for j := range ix.Articles {
			l, r := &ix.Articles[i], &ix.Articles[j]
			t.Run(l.ID+"/"+r.ID, func(t *testing.T) {
				// With the stored document vectors, as the app compares:
				// without them the document similarity is summed in term
				// id order, which differs between the two paths in the
				// last bit.
				ld, rd := StoredDoc(ix, i), StoredDoc(ix, j)
				var stages []string
				got := fromIndex.Compare(l, r, Options{Entities: lookup, Index: ix, LeftDoc: &ld, RightDoc: &rd, Phase: func(s string) { stages = append(stages, s) }})
				want := fromText.Compare(l, r, Options{Entities: lookup, LeftDoc: &ld, RightDoc: &rd})
				gj, err := json.Marshal(got)
				require.NoError(t, err)
				wj, err := json.Marshal(want)
				require.NoError(t, err)
				assert.JSONEq(t, string(wj), string(gj))
				assert.Equal(t, want.Left.Words, got.Left.Words)
				assert.Equal(t, []string{"analyse", "similarity", "figures", "align", "diff", "sets"}, stages)
			})
		}
	}
}

// TestStoredSentencesUsedOnlyForIndexArticles checks that an article that
// is not the index's own (a copy, edited) is analysed from its text.
func TestStoredSentencesUsedOnlyForIndexArticles(t *testing.T) {
	ix := seedIndex(t)
	edited := ix.Articles[0]
	edited.Paragraphs = append([]string{"An added opening paragraph."}, edited.Paragraphs...)
	for k := range edited.Mentions {
		edited.Mentions[k].Para++
	}
	got := NewComparer().Compare(&edited, &ix.Articles[1], Options{Index: ix})
	want := NewComparer().Compare(&edited, &ix.Articles[1], Options{})
	assert.Equal(t, len(want.Left.Sentences), len(got.Left.Sentences))
	assert.Equal(t, want.Pairs, got.Pairs)
}

// TestStoredSentencesThatDoNotFit compares articles whose text no longer
// matches their stored breakdown (a damaged or hand-edited index): the
// comparison falls back to analysing the text, and never panics.
func TestStoredSentencesThatDoNotFit(t *testing.T) {
	ix := seedIndex(t)
	l, r := &ix.Articles[0], &ix.Articles[1]
	l.Paragraphs = append([]string{"Short."}, l.Paragraphs[1:]...)
	l.Mentions, l.Quotes, l.Figures = nil, nil, nil
	got := NewComparer().Compare(l, r, Options{Index: ix})
	want := NewComparer().Compare(l, r, Options{})
	assert.Equal(t, want.Left.Sentences, got.Left.Sentences)
	assert.Equal(t, want.Pairs, got.Pairs)
}
