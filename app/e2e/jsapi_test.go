package e2e

import (
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestJSAPI checks window.diptych.search on its direct path (web/diptych.js
// calling the module's exports, app/jsexport_wasm.go): it is the path the
// page installs, and each option and the query's text (UTF-8 through the
// module's memory) reach the engine.
func TestJSAPI(t *testing.T) {
	ix := loadIndex(t)
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	b.run(t, "open /", chromedp.Navigate(srv.url("/")))
	b.waitClient(t)
	b.waitFor(t, "window.diptych", `typeof window.diptych === "object"`)
	require.True(t, eval[bool](t, b, `typeof window.diptychDirectSearch === "function" && window.diptych.search === window.diptychDirectSearch`),
		"window.diptych.search must be the direct path")

	want := mentioning(ix, "Rafah")
	require.NotEmpty(t, want)
	require.Less(t, len(want), len(ix.Articles), "Rafah must not be in every article")
	for _, tc := range []struct {
		name, expr string
		want       any
	}{
		{"total", `window.diptych.search("Rafah", {k: 100}).total`, float64(len(want))},
		{"default k", `window.diptych.search("Rafah").hits.length`, float64(min(10, len(want)))},
		{"k", `window.diptych.search("Rafah", {k: 1}).hits.length`, float64(1)},
		{"offset", `window.diptych.search("Rafah", {k: 100, offset: 1}).hits.length`, float64(len(want) - 1)},
		{"offset skips the first", `(() => { const a = window.diptych.search("Rafah", {k: 2}).hits; const b = window.diptych.search("Rafah", {k: 1, offset: 1}).hits; return a[1].id === b[0].id; })()`, true},
		{"no snippets", `window.diptych.search("Rafah", {snippets: false}).hits.every(h => h.snippet === "")`, true},
		{"snippets", `window.diptych.search("Rafah").hits.every(h => h.snippet !== "")`, true},
		{"by date", `(() => { const hs = window.diptych.search("Rafah", {k: 100, sort: "date"}).hits; return hs.every((h, i) => i === 0 || hs[i-1].published >= h.published); })()`, true},
		{"typing", `window.diptych.search("Rafa", {k: 100, typing: true}).total >= ` + itoa(len(want)), true},
		{"plain reads operators as words", `window.diptych.search("-Rafah", {k: 100, plain: true}).total`, float64(len(want))},
		{"UTF-8 text", `window.diptych.search("«Rafah» – ünïcödé 🙂", {k: 100}).hits.some(h => h.title !== "")`, true},
		{"a non-string query is empty", `window.diptych.search(42).total === window.diptych.search("").total`, true},
		{"mistyped options are defaults", `window.diptych.search("Rafah", {k: "x", snippets: 0, sort: 1}).hits.length`, float64(min(10, len(want)))},
		{"no stale answer", `(() => { window.diptych.search("Rafah", {k: 100}); return window.diptych.search("zzzqqq").total; })()`, float64(0)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, eval[any](t, b, tc.expr))
		})
	}
	b.assertClean(t, false)
}
