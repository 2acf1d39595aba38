//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/app/compare"
)

func TestParseSentenceRef(t *testing.T) {
	tests := []struct {
		name, in string
		want     sentenceRef
	}{
		{"left", "L3", sentenceRef{set: true, left: true, index: 3}},
		{"right first", "R0", sentenceRef{set: true, index: 0}},
		{"empty", "", sentenceRef{}},
		{"no number", "L", sentenceRef{}},
		{"lower case", "l3", sentenceRef{}},
		{"negative", "L-1", sentenceRef{}},
		{"leading zero", "L03", sentenceRef{}},
		{"plus", "L+3", sentenceRef{}},
		{"too long", "L12345678", sentenceRef{}},
		{"other side", "X3", sentenceRef{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := parseSentenceRef(tc.in)
			assert.Equal(t, tc.want, got)
			if got.set {
				assert.Equal(t, tc.in, got.String(), "round trip")
			}
		})
	}
}

func TestCompareURL(t *testing.T) {
	tests := []struct {
		name, left, right, entity string
		focus                     sentenceRef
		want                      string
	}{
		{"plain", "a", "b", "", sentenceRef{}, "/compare/a/b"},
		{"entity", "a", "b", "rafah", sentenceRef{}, "/compare/a/b?entity=rafah"},
		{"both", "a", "b", "rafah", sentenceRef{set: true, left: true, index: 3}, "/compare/a/b?entity=rafah&s=L3"},
		{"escaped", "a b", "c/d", "x&y", sentenceRef{set: true, index: 0}, "/compare/a%20b/c%2Fd?entity=x%26y&s=R0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, compareURL(tc.left, tc.right, tc.entity, tc.focus))
		})
	}
	assert.Equal(t, sentenceRef{set: true, left: false, index: 2}, swapRef(sentenceRef{set: true, left: true, index: 2}))
	assert.Equal(t, sentenceRef{}, swapRef(sentenceRef{}))
}

// TestLibrarySimilarity checks the library scores as `build related` does:
// from the stored vectors, symmetric, related lists best first.
func TestLibrarySimilarity(t *testing.T) {
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	as := lib.ix.Articles
	require.GreaterOrEqual(t, len(as), 2)
	want := compare.Related(compare.StoredDocs(lib.ix), 20)
	for i, a := range as {
		got := lib.related(a.ID)
		assert.Equal(t, want[i], got, "related(%s) equals compare.Related over the stored vectors", a.ID)
		for _, n := range got {
			assert.Equal(t, n.Score, lib.similarity(a.ID, n.ID))
			assert.Equal(t, lib.similarity(a.ID, n.ID), lib.similarity(n.ID, a.ID), "symmetric")
		}
		assert.Equal(t, 1.0, lib.similarity(a.ID, a.ID))
	}
	assert.Zero(t, lib.similarity(as[0].ID, "no-such-article"))
	assert.Nil(t, lib.related("no-such-article"))
}

// TestComparePrerender renders the comparison and story pages on the
// server, as a link preview or a browser without WebAssembly sees them.
func TestComparePrerender(t *testing.T) {
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	useLibrary(lib, nil)
	h, err := newHandler(fakeWeb(t))
	require.NoError(t, err)
	as := lib.ix.Articles
	l, r := &as[0], &as[1]
	want := lib.compare(l, r)

	get := func(path string) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		require.Equal(t, http.StatusOK, rec.Code, path)
		return rec.Body.String()
	}
	body := get("/compare/" + l.ID + "/" + r.ID + "?entity=%3Cscript%3E&s=L99999")
	assert.Equal(t, len(want.Rows), strings.Count(body, `class="row `), "one row per comparison row")
	assert.Equal(t, 2, strings.Count(body, `class="column `), "two column heads")
	assert.Contains(t, body, `href="/compare/`+r.ID+"/"+l.ID+`?entity=%3Cscript%3E"`, "the swap link keeps the view state")
	assert.NotContains(t, body, "<script>", "query text never becomes markup")
	focused := get("/compare/" + l.ID + "/" + r.ID + "?s=L0")
	assert.Contains(t, tagWith(focused, `id="L0"`), "active", "the pre-render shows the focused sentence")
	assert.NotContains(t, tagWith(body, `id="L0"`), "active")
	assert.Equal(t, len(want.Entities.Shared)+len(want.Entities.OnlyLeft)+len(want.Entities.OnlyRight), strings.Count(body, `class="chip t-`))

	story := get("/story")
	n := len(as)
	assert.Equal(t, n*(n-1), strings.Count(story, `<td class="sim`), "a link cell for every ordered pair")
	assert.Equal(t, n, strings.Count(story, `<td class="self"`))
}

func TestQuoted(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bare", "total victory", "“total victory”"},
		{"curly", "“total victory”", "“total victory”"},
		{"straight", `"total victory"`, `"total victory"`},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, quoted(tc.in)) })
	}
}

func TestSimBucket(t *testing.T) {
	tests := []struct {
		name   string
		s, top float64
		want   int
	}{
		{"the top pair is darkest", 0.23, 0.23, 5},
		{"half the top", 0.115, 0.23, 3},
		{"unrelated", 0, 0.23, 0},
		{"no pair at all", 0, 0, 0},
		{"clamped", 1, 0.5, 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, simBucket(tc.s, tc.top)) })
	}
}

func TestSeriesTitle(t *testing.T) {
	all := []compare.FigureSeries{
		{Measure: "deaths", Points: make([]compare.FigurePoint, 3)},
		{Measure: "duration", Points: make([]compare.FigurePoint, 2)},
		{Measure: "deaths", Points: make([]compare.FigurePoint, 1)},
	}
	assert.Equal(t, "deaths (3 reports)", seriesTitle(all, 0))
	assert.Equal(t, "duration (2 reports)", seriesTitle(all, 1))
	assert.Equal(t, "deaths, count 2 (1 report)", seriesTitle(all, 2))
}

// tagWith returns the HTML start tag that contains attr (go-app writes
// attributes in no fixed order), or "".
func tagWith(html, attr string) string {
	i := strings.Index(html, attr)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(html[:i], "<")
	end := strings.Index(html[i:], ">")
	if start < 0 || end < 0 {
		return ""
	}
	return html[start : i+end+1]
}
