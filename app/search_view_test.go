package main

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/app/search"
)

// commonWord returns a word of the embedded corpus that at least n
// articles contain.
func commonWord(t *testing.T, lib *library, n int) string {
	t.Helper()
	for _, w := range []string{"the", "and", "said", "of", "a"} {
		if res := engineOf(t, lib).Search(w, search.Options{K: 1, NoSnippets: true, NoFacets: true}); res.Total >= n {
			return w
		}
	}
	t.Fatalf("no word is in %d articles of the embedded corpus", n)
	return ""
}

// TestSearchViewTyping: while the reader types, each render searches for
// the box's value then and leaves the facet counts behind, marked busy;
// the idle pass counts them only for the query whose hits are shown, so a
// count never lands on newer hits; a query from the URL gets its counts
// at once.
func TestSearchViewTyping(t *testing.T) {
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	word := commonWord(t, lib, 2)

	v := &searchView{Lib: lib}
	v.OnInit()
	v.ensure()
	require.False(t, v.facetsStale(), "the view opens with its counts")

	// The reader types the word's first letters; the view renders.
	v.q, v.typing = word[:1], true
	v.ensure()
	assert.Equal(t, word[:1], v.resFor)
	assert.True(t, v.facetsStale(), "the counts follow the hits")
	panel := v.facetPanel().(*facetPanel)
	assert.True(t, panel.Busy, "the panel says newer counts are coming")
	assert.Equal(t, "", panel.Q, "the panel's links keep the query its counts are for")

	// Another key arrives before the idle pass: the counts would be for
	// hits no longer wanted, so none are made.
	v.q = word
	assert.False(t, v.loadFacets(), "no counts for a query the box has left")
	assert.True(t, v.facetsStale())

	// The view renders the new key, then the browser is idle.
	v.ensure()
	require.Equal(t, word, v.resFor)
	require.True(t, v.loadFacets())
	assert.False(t, v.facetsStale())
	want := engineOf(t, lib).Search(word, search.Options{K: 1, Typing: true, NoSnippets: true}).Facets
	assert.Equal(t, want, v.fc, "the counts are the engine's for the query shown")
	panel = v.facetPanel().(*facetPanel)
	assert.False(t, panel.Busy)
	assert.Equal(t, word, panel.Q)
	assert.False(t, v.loadFacets(), "counted once")

	// Back or forward to a URL: its query comes with its counts.
	v.Query = word + " "
	v.OnUpdate(app.Context{})
	v.ensure()
	assert.False(t, v.facetsStale())
	assert.Equal(t, word+" ", v.fcQ)
}

// TestSearchViewShowMore: a query shows its first page of hits; "Show
// more" adds the next page, the best first as before; a new query starts
// again at the first page.
func TestSearchViewShowMore(t *testing.T) {
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	word := commonWord(t, lib, 3)
	total := engineOf(t, lib).Search(word+" ", search.Options{K: 1, NoSnippets: true, NoFacets: true}).Total

	v := &searchView{Lib: lib, page: 1}
	v.OnInit()
	v.q, v.typing = word+" ", true
	v.ensure()
	require.Len(t, v.res.Hits, 1, "one page")
	first := v.res.Hits[0].ID

	v.showMore()
	v.ensure()
	require.Len(t, v.res.Hits, min(2, total), "two pages")
	assert.Equal(t, first, v.res.Hits[0].ID, "the next page comes after the first")
	assert.NotEmpty(t, v.res.Hits[1].Snippet.Text, "shown hits have their snippets")

	v.q = word
	v.ensure()
	assert.Len(t, v.res.Hits, 1, "a new query starts at the first page")
}

// TestSearchViewMountsInSteps: while the reader types, a frame mounts at
// most mountStep new entries and later frames the rest; entries already
// in the DOM stay; another list starts again; a query from the URL (or
// "Show more") renders whole.
func TestSearchViewMountsInSteps(t *testing.T) {
	v := &searchView{step: true, typing: true}
	tests := []struct {
		name   string
		n      int
		browse bool
		typing bool
		want   int
	}{
		{"the first frame of new hits", 25, false, true, mountStep},
		{"the next frame mounts more", 25, false, true, 2 * mountStep},
		{"then the rest", 25, false, true, 25},
		{"fewer hits: all", 7, false, true, 7},
		{"more again: a step beyond those in the DOM", 30, false, true, 7 + mountStep},
		{"the article list replaces the hits", 100, true, true, mountStep},
		{"not typing: the whole list", 100, true, false, 100},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v.typing = tc.typing
			assert.Equal(t, tc.want, v.visible(tc.n, tc.browse))
		})
	}
}

// engineOf returns lib's search engine, failing the test if it cannot be
// made.
func engineOf(t *testing.T, lib *library) *search.Engine {
	t.Helper()
	e, err := lib.searchEngine()
	require.NoError(t, err)
	return e
}
