package search

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus/index"
)

// fuzzQueries seed the query fuzzers with every operator, malformed ones
// and hostile text.
var fuzzQueries = []string{
	"", "gaza ceasefire", `"total victory"`, `-hamas -"west bank"`, "truce OR ceasefire", "negotiat*",
	`person:blinken org:hamas place:"gaza strip" source:icaro`, "after:2024-06 before:2024-12-31",
	`"unbalanced`, `""`, "OR", "a OR", "- -", "***", "person:", `place:"`, "after:20x", "10:30",
	`<script>alert(1)</script>`, "\u202egaza\u200b", "港口 🚢", "\xff\xfe", strings.Repeat("a OR ", 300),
}

// FuzzParse checks that any query parses without panicking and that every
// clause's offsets point at its text in the query.
func FuzzParse(f *testing.F) {
	for _, q := range fuzzQueries {
		f.Add(q, false)
		f.Add(q, true)
	}
	f.Fuzz(func(t *testing.T, q string, typing bool) {
		pq := Parse(q, typing)
		check := func(c Clause) {
			require.True(t, 0 <= c.Start && c.Start <= c.End && c.End <= len(q), "clause %+v out of %q", c, q)
			assert.Equal(t, q[c.Start:c.End], c.Text, "clause text is the query's text at its offsets")
			assert.NotEmpty(t, strings.TrimSpace(c.Text))
		}
		for _, g := range pq.Groups {
			require.NotEmpty(t, g.Alts)
			for _, c := range g.Alts {
				check(c)
			}
		}
		for _, c := range pq.Excluded {
			check(c)
		}
		for _, n := range pq.Notes {
			assert.NotEmpty(t, n)
		}
		for _, c := range ParsePlain(q).Groups {
			require.Len(t, c.Alts, 1)
			check(c.Alts[0])
		}
	})
}

// FuzzSearch runs any query against the default corpus's index (built by
// `make index`) and checks the result is well formed: a page no longer
// than asked, hits that exist, snippet marks inside their text, in order,
// and the same answer from SearchInto into a reused Result.
func FuzzSearch(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("..", "index.bin"))
	require.NoError(f, err, "run `make index` first")
	ix, err := index.Decode(string(data))
	require.NoError(f, err)
	e, err := FromIndex(ix)
	require.NoError(f, err)
	for _, q := range append(fuzzQueries, "rafah", "netanyahu hostages", "biden*") {
		f.Add(q, false, false, uint8(10))
		f.Add(q, true, false, uint8(3))
	}
	var reused Result // SearchInto must answer alike, whatever came before
	f.Fuzz(func(t *testing.T, q string, typing, plain bool, k uint8) {
		res := e.Search(q, Options{K: int(k), Typing: typing, Plain: plain})
		e.SearchInto(q, Options{K: int(k), Typing: typing, Plain: plain}, &reused)
		assert.Equal(t, res.Total, reused.Total)
		assert.Equal(t, len(res.Hits), len(reused.Hits))
		for i := range min(len(res.Hits), len(reused.Hits)) {
			assert.Equal(t, res.Hits[i], reused.Hits[i])
		}
		assert.Equal(t, len(res.Notes), len(reused.Notes))
		assert.Equal(t, res.DidYouMean, reused.DidYouMean)
		want := int(k)
		if want == 0 {
			want = 10
		}
		assert.LessOrEqual(t, len(res.Hits), want)
		assert.LessOrEqual(t, len(res.Hits), res.Total)
		for _, h := range res.Hits {
			a, ok := ix.Article(h.ID)
			require.True(t, ok, "hit %q is an article", h.ID)
			assert.Equal(t, a.Title, h.Title)
			s := h.Snippet
			assert.True(t, utf8.ValidString(s.Text), "snippet %q", s.Text)
			at := 0
			for _, m := range s.Matches {
				require.True(t, at <= m[0] && m[0] < m[1] && m[1] <= len(s.Text), "match %v after %d in %q", m, at, s.Text)
				at = m[1]
			}
		}
		if utf8.ValidString(q) {
			assert.True(t, utf8.ValidString(res.DidYouMean))
		}
	})
}
