package main

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/app/search"
)

func TestJSOptions(t *testing.T) {
	tests := []struct {
		name string
		in   jsOptions
		want search.Options
	}{
		{"defaults", jsOptions{}, search.Options{K: 10, NoFacets: true}},
		{"k and offset", jsOptions{K: 3, Offset: 6}, search.Options{K: 3, Offset: 6, NoFacets: true}},
		{"k bounded", jsOptions{K: 1 << 20}, search.Options{K: maxHits, NoFacets: true}},
		{"negative k", jsOptions{K: -1}, search.Options{K: 10, NoFacets: true}},
		{"by date", jsOptions{Sort: "date"}, search.Options{K: 10, Sort: search.ByDate, NoFacets: true}},
		{"unknown sort is relevance", jsOptions{Sort: "size"}, search.Options{K: 10, NoFacets: true}},
		{"flags", jsOptions{Typing: true, Plain: true, NoSnippets: true}, search.Options{K: 10, Typing: true, Plain: true, NoSnippets: true, NoFacets: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.in.searchOptions())
		})
	}
}

func TestJSResult(t *testing.T) {
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	a := lib.ix.Articles[0]
	res := lib.engine.Search(a.Title, jsOptions{K: 5}.searchOptions())
	require.NotEmpty(t, res.Hits)

	got := jsResult(res)
	assert.Equal(t, res.Total, got["total"])
	hits, ok := got["hits"].([]any)
	require.True(t, ok, "hits is a plain array")
	require.Len(t, hits, len(res.Hits))
	first, ok := hits[0].(map[string]any)
	require.True(t, ok, "a hit is a plain object")
	assert.Equal(t, res.Hits[0].ID, first["id"])
	assert.Equal(t, res.Hits[0].Title, first["title"])
	assert.Equal(t, res.Hits[0].Snippet.Text, first["snippet"])
	assert.Equal(t, res.Hits[0].Score, first["score"])
	for _, k := range []string{"source", "published"} {
		assert.Contains(t, first, k)
	}
	assert.Equal(t, []any{}, got["notes"])
	assert.Equal(t, "", got["didYouMean"])
}

func TestJSResultOfFailedLoad(t *testing.T) {
	got := jsResult(searchFailed(errors.New("corrupt index")))
	assert.Equal(t, 0, got["total"])
	assert.Equal(t, []any{}, got["hits"])
	assert.Equal(t, []any{"the index could not be loaded: corrupt index"}, got["notes"])
	assert.Equal(t, map[string]any{"articles": 0, "error": "corrupt index"}, jsReady(nil, errors.New("corrupt index")))
}
