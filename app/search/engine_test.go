package search

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus/text"
)

func TestSnippet(t *testing.T) {
	e, _ := seedEngine(t)
	tests := []struct {
		name  string
		query string
		want  []string // folded words the matches must cover, in order of first appearance
	}{
		{"phrase", `"total victory"`, []string{"total", "victory"}},
		{"stemmed", "negotiation", []string{"negotiations"}},
		{"folded", "turkiye", []string{"turkiye"}},
		{"compound", "cease-fire", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := e.Search(tt.query, Options{})
			require.NotEmpty(t, res.Hits)
			for _, h := range res.Hits {
				sn := h.Snippet
				require.GreaterOrEqual(t, sn.Para, 0)
				assert.NotEmpty(t, sn.Matches, "hit %s has matches in its snippet %q", h.ID, sn.Text)
				assert.LessOrEqual(t, len(sn.Text), DefaultParams().SnippetBytes+2*len("…"))
				prev := -1
				for _, m := range sn.Matches {
					require.True(t, m[0] >= 0 && m[0] < m[1] && m[1] <= len(sn.Text), "match %v in %q", m, sn.Text)
					assert.Greater(t, m[0], prev, "matches are sorted")
					prev = m[0]
				}
			}
			if tt.want != nil {
				var got []string
				for _, m := range res.Hits[0].Snippet.Matches {
					w := text.Fold(res.Hits[0].Snippet.Text[m[0]:m[1]], false)
					if !contains(got, w) {
						got = append(got, w)
					}
				}
				assert.Equal(t, tt.want, got)
			}
		})
	}
	t.Run("no snippets", func(t *testing.T) {
		res := e.Search("hostages", Options{NoSnippets: true})
		require.NotEmpty(t, res.Hits)
		assert.Empty(t, res.Hits[0].Snippet.Text)
	})
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestFacets(t *testing.T) {
	e, _ := seedEngine(t)
	res := e.Search("hostages", Options{})
	require.Equal(t, 5, res.Total)
	f := res.Facets
	require.NotEmpty(t, f.Persons)
	assert.Equal(t, FacetCount{Value: "antony-blinken", Label: "Antony Blinken", Count: 5}, f.Persons[0])
	assert.Contains(t, f.Orgs, FacetCount{Value: "mossad", Label: "Mossad", Count: 1})
	assert.Contains(t, f.Places, FacetCount{Value: "rafah", Label: "Rafah", Count: 2})
	assert.ElementsMatch(t, []FacetCount{
		{Value: "ICARO Media Group", Label: "ICARO Media Group", Count: 1},
		{Value: "NewsTrack", Label: "NewsTrack", Count: 1},
	}, f.Sources)
	assert.Equal(t, []FacetCount{{"2024-06", "2024-06", 1}, {"2024-12", "2024-12", 1}}, f.Months)
	for i := 1; i < len(f.Persons); i++ {
		assert.GreaterOrEqual(t, f.Persons[i-1].Count, f.Persons[i].Count)
	}

	t.Run("facets follow the filters", func(t *testing.T) {
		res := e.Search("hostages org:mossad", Options{})
		require.Equal(t, 1, res.Total)
		assert.Contains(t, res.Facets.Orgs, FacetCount{Value: "mossad", Label: "Mossad", Count: 1})
		assert.Equal(t, 1, res.Facets.Persons[0].Count)
	})
	t.Run("no facets", func(t *testing.T) {
		res := e.Search("hostages", Options{NoFacets: true})
		assert.Empty(t, res.Facets.Persons)
	})
}

func TestPaging(t *testing.T) {
	e, _ := seedEngine(t)
	all := e.Search("hostages", Options{})
	require.Len(t, all.Hits, 5)
	page := e.Search("hostages", Options{K: 2, Offset: 2})
	require.Len(t, page.Hits, 2)
	assert.Equal(t, 5, page.Total)
	assert.Equal(t, all.Hits[2].ID, page.Hits[0].ID)
	assert.Equal(t, all.Hits[3].ID, page.Hits[1].ID)
	assert.Empty(t, e.Search("hostages", Options{Offset: 9}).Hits)
}

func TestHitFields(t *testing.T) {
	e, ix := seedEngine(t)
	res := e.Search("source:icaro", Options{})
	require.Len(t, res.Hits, 1)
	h := res.Hits[0]
	a, ok := ix.Article(h.ID)
	require.True(t, ok)
	assert.Equal(t, a.Title, h.Title)
	assert.Equal(t, "ICARO Media Group", h.Source)
	assert.Equal(t, "2024-06-10T21:02", h.Published)
	assert.Equal(t, &ix.Articles[h.Doc], a)
}

func TestDidYouMean(t *testing.T) {
	e, _ := seedEngine(t)
	tests := []struct{ q, want string }{
		{"netanyhu", "netanyahu"},
		{"Blinken and Netanyhu talks", "Blinken and netanyahu talks"},
		{`"Netanyhu said"`, `"netanyahu said"`},
		{"Blinken", ""},
		{"qzxwvk", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			assert.Equal(t, tt.want, e.Search(tt.q, Options{}).DidYouMean)
		})
	}
}

func TestTerms(t *testing.T) {
	e, _ := seedEngine(t)
	res := e.Search(`negotiations "total victory" -rafah`, Options{})
	assert.ElementsMatch(t, []string{"negoti", "total", "victori"}, res.Terms)
}

func TestMatchSpans(t *testing.T) {
	e, ix := seedEngine(t)
	const id = "blinkens-diplomatic-mission-urgent-ceasefire-talks-israel"
	a, ok := ix.Article(id)
	require.True(t, ok)
	spans := e.MatchSpans(`"total victory" Mossad’s`, id)
	require.NotEmpty(t, spans)
	var words []string
	for _, s := range spans {
		words = append(words, strings.ToLower(s.Text(a)))
	}
	assert.Contains(t, words, "total")
	assert.Contains(t, words, "victory")
	assert.Contains(t, words, "mossad")
	for i := 1; i < len(spans); i++ {
		p, s := spans[i-1], spans[i]
		assert.True(t, p.Para < s.Para || p.Para == s.Para && p.Start < s.Start, "spans sorted")
	}
	assert.Nil(t, e.MatchSpans("gaza", "no-such-article"))
	assert.Empty(t, e.MatchSpans("", id))
}

func TestNewRejectsMismatch(t *testing.T) {
	_, ix := seedEngine(t)
	_, err := New(ix.Search, Articles(ix.Articles[:2]))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "index has 5 documents, store has 2")
}

// TestSearchInto checks that answering queries into one reused Result
// gives what Search gives, whatever the previous query left in it.
func TestSearchInto(t *testing.T) {
	e, _ := seedEngine(t)
	tests := []struct {
		name string
		q    string
		opts Options
	}{
		{"free text", "hostages ceasefire talks", Options{}},
		{"plain", "ceasefire talks in Gaza", Options{Plain: true}},
		{"notes", `"total victory -`, Options{}},
		{"typo", "netanyhu", Options{}},
		{"nothing found", "zzzz", Options{}},
		{"page two", "gaza", Options{K: 2, Offset: 2}},
		{"by date, no snippets", "gaza OR hamas", Options{Sort: ByDate, NoSnippets: true}},
		{"only stop words", "the", Options{Plain: true}},
	}
	var res Result
	for round := range 2 {
		for _, tc := range tests {
			t.Run(fmt.Sprint(tc.name, " round ", round), func(t *testing.T) {
				want := e.Search(tc.q, tc.opts)
				e.SearchInto(tc.q, tc.opts, &res)
				assert.Equal(t, want.Total, res.Total)
				assert.Equal(t, want.Facets, res.Facets)
				assert.Equal(t, want.DidYouMean, res.DidYouMean)
				assert.Equal(t, len(want.Hits), len(res.Hits))
				if len(want.Hits) > 0 {
					assert.Equal(t, want.Hits, res.Hits)
				}
				assert.Equal(t, len(want.Notes), len(res.Notes))
				if len(want.Notes) > 0 {
					assert.Equal(t, want.Notes, res.Notes)
				}
				assert.Equal(t, len(want.Terms), len(res.Terms))
				if len(want.Terms) > 0 {
					assert.Equal(t, want.Terms, res.Terms)
				}
			})
		}
	}
}
