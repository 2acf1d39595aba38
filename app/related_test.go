package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/app/compare"
	"diptych/corpus/index"
)

func TestCompareCandidates(t *testing.T) {
	ix := statsFixture()
	lib := &library{ix: ix,
		statsOnce: lazy[*entityStats]{make: func() *entityStats { return newEntityStats(ix) }},
		docsOnce:  lazy[[]compare.Doc]{make: func() []compare.Doc { return compare.Vectors(ix.Articles, compare.DefaultVectorParams) }}}
	got := lib.compareCandidates("a")
	require.Len(t, got, 2, "every other article is offered")
	assert.Equal(t, 1, got[0].Article, "b shares words and entities with a")
	assert.Positive(t, got[0].Score)
	assert.Equal(t, 2, got[0].Shared)
	assert.Equal(t, 2, got[1].Article)
	assert.Zero(t, got[1].Shared)
	for i := 1; i < len(got); i++ {
		assert.GreaterOrEqual(t, got[i-1].Score, got[i].Score, "most similar first")
	}
	assert.Empty(t, lib.compareCandidates("nope"))
	assert.Empty(t, (&library{ix: &index.Index{}, statsOnce: lazy[*entityStats]{make: func() *entityStats { return newEntityStats(&index.Index{}) }}}).compareCandidates("a"))
}
