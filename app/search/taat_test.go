package search

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
	"diptych/corpus/index"
)

// TestTAATMatchesDAAT checks that the term-at-a-time path ranks exactly
// like the document-at-a-time path when the bonuses that each computes for
// a different set of documents (proximity, feedback) are off.
func TestTAATMatchesDAAT(t *testing.T) {
	_, ix := seedEngine(t)
	p := DefaultParams()
	p.Feedback, p.Proximity = 0, 0
	e, err := NewWithParams(ix.Search, Articles(ix.Articles), p)
	require.NoError(t, err)
	queries := []string{
		"hostages", "ceasefire talks", "cease-fire negotiations", "Blinken Erdogan Sullivan",
		"netan* talks", "netanyhu", "gaza -rafah", "gaza-gaza truce", "hostage-release deal", "total-victory-plan", "truce OR ceasefire hostages", "the", "hostages org:hamas",
	}
	search := func(q string, daat bool) Result {
		s := e.getScratch()
		s.forceDAAT = daat
		e.putScratch(s)
		defer func() { s.forceDAAT = false }()
		return e.Search(q, Options{NoSnippets: true})
	}
	for _, q := range queries {
		t.Run(q, func(t *testing.T) {
			a, b := search(q, false), search(q, true)
			require.Equal(t, b.Total, a.Total)
			require.Len(t, a.Hits, len(b.Hits))
			for i := range a.Hits {
				assert.Equal(t, b.Hits[i].ID, a.Hits[i].ID)
				assert.InDelta(t, b.Hits[i].Score, a.Hits[i].Score, 1e-9)
			}
			assert.Equal(t, b.Facets, a.Facets)
		})
	}
}

// TestZeroWeightStillMatches checks that a match whose weight is zero (a
// prefix expansion with PrefixWeight 0) still counts as a match.
func TestZeroWeightStillMatches(t *testing.T) {
	_, ix := seedEngine(t)
	p := DefaultParams()
	p.PrefixWeight = 0
	e, err := NewWithParams(ix.Search, Articles(ix.Articles), p)
	require.NoError(t, err)
	assert.Equal(t, 4, e.Search("netan*", Options{}).Total)
	assert.Equal(t, 4, e.Search("netan* -zzz", Options{Sort: ByDate}).Total)
}

// TestConcurrentSearches runs searches from several goroutines at once
// (run with -race): an Engine is safe for concurrent use.
func TestConcurrentSearches(t *testing.T) {
	e, _ := seedEngine(t)
	want := e.Search("hostages ceasefire", Options{})
	done := make(chan Result)
	for range 8 {
		go func() {
			var r Result
			for range 20 {
				r = e.Search("hostages ceasefire", Options{})
				e.Search(`"total victory" OR netanyhu`, Options{Sort: ByDate})
			}
			done <- r
		}()
	}
	for range 8 {
		got := <-done
		assert.Equal(t, want.Total, got.Total)
		assert.Equal(t, want.Hits, got.Hits)
	}
}

// TestTAATMatchesDAATManyDocuments is TestTAATMatchesDAAT on a corpus
// large enough for the term-at-a-time path to cut its candidates, with
// identical documents (equal scores, ranked by document number).
func TestTAATMatchesDAATManyDocuments(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	words := strings.Fields("gaza truce hostages talks ceasefire rafah aid border envoy cabinet vote strike")
	var arts []corpus.Article
	for i := range 400 {
		var b strings.Builder
		for range 3 + rng.IntN(20) {
			b.WriteString(words[rng.IntN(len(words))] + " ")
		}
		text := b.String()
		if i%7 == 0 && i > 0 {
			text = arts[i-1].Paragraphs[0] // a copy: the same score
		}
		arts = append(arts, corpus.Article{ID: fmt.Sprint("doc-", i), Title: words[i%len(words)], Paragraphs: []string{text}})
	}
	data, err := index.Encode(arts, nil)
	require.NoError(t, err)
	ix, err := index.Decode(string(data))
	require.NoError(t, err)
	p := DefaultParams()
	p.Feedback, p.Proximity = 0, 0
	e, err := NewWithParams(ix.Search, Articles(ix.Articles), p)
	require.NoError(t, err)
	for _, q := range []string{"gaza", "truce hostages", "talks ceasefire rafah aid", "border aid -envoy", "strike OR vote cabinet"} {
		t.Run(q, func(t *testing.T) {
			s := e.getScratch()
			s.forceDAAT = true
			e.putScratch(s)
			daat := e.Search(q, Options{K: 60, NoSnippets: true})
			s.forceDAAT = false
			taat := e.Search(q, Options{K: 60, NoSnippets: true})
			require.Greater(t, daat.Total, proxTop, "enough matches to cut")
			assert.Equal(t, daat.Total, taat.Total)
			assert.Equal(t, daat.Hits, taat.Hits)
		})
	}
}

// TestProximityAfterOtherQueries checks that a query ranks the same on an
// engine that has answered other queries before (its scratch memory,
// where each one-word slot remembers its documents' postings, holding
// their leftovers) as on a fresh engine.
func TestProximityAfterOtherQueries(t *testing.T) {
	_, ix := seedEngine(t)
	queries := []string{
		"hostages talks", "ceasefire talks hostages", "rafah gaza border", "talks rafah",
		"cease-fire negotiations", "netanyahu cabinet vote", "gaza -rafah truce", "hostages talks",
	}
	used, err := FromIndex(ix)
	require.NoError(t, err)
	for i, q := range queries {
		t.Run(fmt.Sprint(i, " ", q), func(t *testing.T) {
			fresh, err := FromIndex(ix)
			require.NoError(t, err)
			want := fresh.Search(q, Options{K: 20, NoSnippets: true})
			got := used.Search(q, Options{K: 20, NoSnippets: true})
			require.NotEmpty(t, want.Hits, "the query must match, or the test proves nothing")
			assert.Equal(t, want.Hits, got.Hits)
		})
	}
}
