package search

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/build/ingest"
	"diptych/corpus"
	"diptych/corpus/index"
)

var testdata = filepath.Join("..", "..", "testdata", "search")

// seedEngine returns an engine over the seed corpus (corpus/articles), with
// the names of testdata/search/entities.json marked as mentions, built
// through the real index encoder and decoder.
func seedEngine(t testing.TB) (*Engine, *index.Index) {
	t.Helper()
	res, err := ingest.Load(filepath.Join("..", "..", "corpus", "articles"), ingest.Options{})
	require.NoError(t, err)
	require.Len(t, res.Articles, 5)
	b, err := os.ReadFile(filepath.Join(testdata, "entities.json"))
	require.NoError(t, err)
	var ents []corpus.Entity
	require.NoError(t, json.Unmarshal(b, &ents))
	arts := res.Articles
	for i := range arts {
		arts[i].Mentions = markMentions(&arts[i], ents)
	}
	data, err := index.Encode(arts, ents)
	require.NoError(t, err)
	ix, err := index.Decode(string(data))
	require.NoError(t, err)
	e, err := FromIndex(ix)
	require.NoError(t, err)
	return e, ix
}

// markMentions finds the entities' names and aliases in a's paragraphs, at
// word boundaries, longest names first, without overlaps.
func markMentions(a *corpus.Article, ents []corpus.Entity) []corpus.Mention {
	type surface struct {
		text string
		e    corpus.Entity
	}
	var ss []surface
	for _, e := range ents {
		ss = append(ss, surface{e.Name, e})
		for _, al := range e.Aliases {
			ss = append(ss, surface{al, e})
		}
	}
	slices.SortFunc(ss, func(x, y surface) int { return len(y.text) - len(x.text) })
	var ms []corpus.Mention
	for pi, p := range a.Paragraphs {
		taken := make([]bool, len(p))
		for _, s := range ss {
			for off := 0; ; {
				i := strings.Index(p[off:], s.text)
				if i < 0 {
					break
				}
				start, end := off+i, off+i+len(s.text)
				off = end
				if start > 0 && isWordByte(p[start-1]) || end < len(p) && isWordByte(p[end]) || slices.Contains(taken[start:end], true) {
					continue
				}
				for j := start; j < end; j++ {
					taken[j] = true
				}
				ms = append(ms, corpus.Mention{Span: corpus.Span{Para: pi, Start: start, End: end}, Type: s.e.Type, Entity: s.e.ID})
			}
		}
	}
	slices.SortFunc(ms, func(x, y corpus.Mention) int {
		if x.Para != y.Para {
			return x.Para - y.Para
		}
		return x.Start - y.Start
	})
	return ms
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// seedCase is one case of testdata/search/cases.json.
type seedCase struct {
	Name   string   `json:"name"`
	Query  string   `json:"query"`
	Typing bool     `json:"typing"`
	Sort   string   `json:"sort"`
	Want   []string `json:"want"`  // exactly these articles, in any order (nil: not checked)
	First  string   `json:"first"` // the first hit
	Note   string   `json:"note"`  // a note must contain this
	DYM    string   `json:"did_you_mean"`
	Why    string   `json:"why"`
}

// TestSeedCases runs the data-driven query cases on the seed corpus.
func TestSeedCases(t *testing.T) {
	e, _ := seedEngine(t)
	b, err := os.ReadFile(filepath.Join(testdata, "cases.json"))
	require.NoError(t, err)
	var cases []seedCase
	require.NoError(t, json.Unmarshal(b, &cases))
	require.NotEmpty(t, cases)
	for _, tc := range cases {
		t.Run(tc.Name, func(t *testing.T) {
			opts := Options{Typing: tc.Typing}
			if tc.Sort == "date" {
				opts.Sort = ByDate
			}
			res := e.Search(tc.Query, opts)
			var got []string
			for _, h := range res.Hits {
				got = append(got, h.ID)
			}
			if tc.Want != nil {
				assert.ElementsMatch(t, tc.Want, got, "%s: %s", tc.Query, tc.Why)
				assert.Equal(t, len(tc.Want), res.Total)
			}
			if tc.First != "" && assert.NotEmpty(t, got, tc.Query) {
				assert.Equal(t, tc.First, got[0], "%s: %s", tc.Query, tc.Why)
			}
			if tc.Note != "" {
				assert.Contains(t, strings.Join(res.Notes, "\n"), tc.Note)
			} else {
				assert.Empty(t, res.Notes)
			}
			assert.Equal(t, tc.DYM, res.DidYouMean)
			// Scores never increase down a relevance-sorted list.
			if opts.Sort == ByRelevance {
				for i := 1; i < len(res.Hits); i++ {
					assert.GreaterOrEqual(t, res.Hits[i-1].Score, res.Hits[i].Score)
				}
			}
		})
	}
}
