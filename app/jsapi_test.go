package main

import (
	"encoding/json"
	"errors"
	"math"
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

// decodeJSResult parses what appendJSResult writes, as JSON.parse would.
func decodeJSResult(t *testing.T, res search.Result) map[string]any {
	t.Helper()
	var got map[string]any
	require.NoError(t, json.Unmarshal(appendJSResult(nil, &res), &got))
	return got
}

func TestJSResult(t *testing.T) {
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	a := lib.ix.Articles[0]
	res := engineOf(t, lib).Search(a.Title, jsOptions{K: 5}.searchOptions())
	require.NotEmpty(t, res.Hits)

	got := decodeJSResult(t, res)
	assert.Equal(t, float64(res.Total), got["total"])
	hits, ok := got["hits"].([]any)
	require.True(t, ok, "hits is a plain array")
	require.Len(t, hits, len(res.Hits))
	for i, h := range hits {
		hit, ok := h.(map[string]any)
		require.True(t, ok, "a hit is a plain object")
		want := res.Hits[i]
		assert.Equal(t, map[string]any{
			"id": want.ID, "title": want.Title, "source": want.Source, "published": want.Published,
			"score": want.Score, "snippet": want.Snippet.Text,
		}, hit)
	}
	assert.Equal(t, []any{}, got["notes"])
	assert.Equal(t, "", got["didYouMean"])
}

func TestJSResultOfFailedLoad(t *testing.T) {
	got := decodeJSResult(t, searchFailed(errors.New("corrupt index")))
	assert.Equal(t, float64(0), got["total"])
	assert.Equal(t, []any{}, got["hits"])
	assert.Equal(t, []any{"the index could not be loaded: corrupt index"}, got["notes"])
	assert.Equal(t, map[string]any{"articles": 0, "error": "corrupt index"}, jsReady(nil, errors.New("corrupt index")))
}

func TestJSResultStrings(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Gaza talks", "Gaza talks"},
		{"quotes and backslashes", `"total" \ victory`, `"total" \ victory`},
		{"control characters", "a\nb\tc\r\x01\x1f", "a\nb\tc\r\x01\x1f"},
		{"unicode", "Erdoğan … «truce» 🕊", "Erdoğan … «truce» 🕊"},
		{"line separators", "a\u2028b", "a\u2028b"},
		{"invalid UTF-8", "a\xffb\xc3", "a\ufffdb\ufffd"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := decodeJSResult(t, search.Result{DidYouMean: tc.in, Notes: []string{tc.in}, Hits: []search.Hit{{ID: tc.in, Title: tc.in}}})
			assert.Equal(t, tc.want, got["didYouMean"])
			assert.Equal(t, []any{tc.want}, got["notes"])
			hit := got["hits"].([]any)[0].(map[string]any)
			assert.Equal(t, tc.want, hit["id"])
			assert.Equal(t, tc.want, hit["title"])
		})
	}
}

func TestJSResultScores(t *testing.T) {
	tests := []struct {
		name  string
		score float64
		want  float64
	}{
		{"ordinary", 12.345678901234567, 12.345678901234567},
		{"tiny", 1e-12, 1e-12},
		{"zero", 0, 0},
		{"not a number", math.NaN(), 0},
		{"infinite", math.Inf(1), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := decodeJSResult(t, search.Result{Hits: []search.Hit{{Score: tc.score}}})
			assert.Equal(t, tc.want, got["hits"].([]any)[0].(map[string]any)["score"])
		})
	}
}

// TestJSONStringWords checks the eight-byte fast path at every offset: one
// byte that needs escaping placed anywhere in a plain text.
func TestJSONStringWords(t *testing.T) {
	for _, special := range []string{"\"", "\\", "\n", "\x00", "\x1f", "é", "\xff", " ", "~", "\x7f"} {
		for at := 0; at < 20; at++ {
			in := "abcdefghijklmnopqrs"[:at] + special + "tuvwxyz0123456789ABC"[:19-at]
			var got string
			require.NoError(t, json.Unmarshal(appendJSONString(nil, in), &got), "%q", in)
			want := in
			if special == "\xff" {
				want = "abcdefghijklmnopqrs"[:at] + "\ufffd" + "tuvwxyz0123456789ABC"[:19-at]
			}
			assert.Equal(t, want, got, "%q", in)
		}
	}
}
