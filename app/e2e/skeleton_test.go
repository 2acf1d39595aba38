package e2e

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/app/compare"
	"diptych/corpus"
	"diptych/corpus/index"
)

// loadIndex decodes the index the app embeds, to know what it should show.
func loadIndex(t *testing.T) *index.Index {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, "app", "index.bin"))
	require.NoError(t, err)
	ix, err := index.Decode(string(data))
	require.NoError(t, err)
	require.NotEmpty(t, ix.Articles)
	return ix
}

// mentioning returns the sorted titles of the articles whose title or body
// contains word, case-insensitively: the search box's expected answer,
// computed without the search engine.
func mentioning(ix *index.Index, word string) []string {
	var out []string
	for _, a := range ix.Articles {
		text := strings.ToLower(a.Title + "\n" + strings.Join(a.Paragraphs, "\n"))
		if strings.Contains(text, strings.ToLower(word)) {
			out = append(out, a.Title)
		}
	}
	sort.Strings(out)
	return out
}

func titles(ix *index.Index) []string {
	var out []string
	for _, a := range ix.Articles {
		out = append(out, a.Title)
	}
	sort.Strings(out)
	return out
}

// resultTitles returns the sorted titles listed in the results.
func resultTitles(t *testing.T, b *browser) []string {
	t.Helper()
	got := eval[[]string](t, b, `Array.from(document.querySelectorAll('#results .result-title')).map(a => a.textContent)`)
	sort.Strings(got)
	return got
}

func readyTime(t *testing.T, b *browser) float64 {
	return eval[float64](t, b, `performance.getEntriesByName("diptych:ready")[0].startTime`)
}

// TestSkeleton is the walking skeleton's promise: the client renders and
// searches, the app is installable, a service worker takes control, and
// with the server stopped every route still renders, including deep links
// never visited.
func TestSkeleton(t *testing.T) {
	ix := loadIndex(t)
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))

	// Online, first visit.
	b.run(t, "open /", chromedp.Navigate(srv.url("/")))
	b.waitClient(t)
	cold := readyTime(t, b)
	assert.Equal(t, titles(ix), resultTitles(t, b), "/ lists every article")

	// The wasm came compressed.
	enc := eval[[]float64](t, b, `(() => { const e = performance.getEntriesByType("resource").find(e => e.name.endsWith("/web/app.wasm")); return [e.encodedBodySize, e.decodedBodySize]; })()`)
	require.Len(t, enc, 2)
	assert.Less(t, enc[0]*3, enc[1], "app.wasm must be sent compressed (encoded %v, decoded %v bytes)", enc[0], enc[1])
	// Once, by the page head's preload, which the loader's fetch reuses.
	assert.Equal(t, []string{"link"}, eval[[]string](t, b, `performance.getEntriesByType("resource").filter(e => e.name.endsWith("/web/app.wasm")).map(e => e.initiatorType)`), "app.wasm downloaded once, preloaded")

	// Typing a word lists exactly the articles that mention it.
	want := mentioning(ix, "Rafah")
	require.NotEmpty(t, want)
	require.Less(t, len(want), len(ix.Articles), "Rafah must not be in every article, or the test proves nothing")
	b.run(t, "type Rafah", chromedp.SendKeys(chromedp.ID("q"), "Rafah"))
	b.waitFor(t, "the Rafah results", `document.querySelectorAll('#results .result').length === `+itoa(len(want)))
	assert.Equal(t, want, resultTitles(t, b))
	assert.Equal(t, "/search?q=Rafah", eval[string](t, b, `location.pathname + location.search`), "the URL follows the query")

	// Installable, with no errors.
	res, err := chromedp.Call(b.ctx, page.GetInstallabilityErrors, cdp.Empty{})
	require.NoError(t, err)
	for _, e := range res.InstallabilityErrors {
		t.Errorf("installability error: %s %v", e.ErrorID, e.ErrorArguments)
	}

	// A service worker controls the page and has precached the app.
	b.waitFor(t, "a controlling service worker", `navigator.serviceWorker.controller !== null`)
	cached := eval[[]string](t, b, `(async () => { const keys = await caches.keys(); const c = await caches.open(keys[0]); return (await c.keys()).map(r => new URL(r.url).pathname); })()`)
	for _, p := range []string{"/", "/web/app.wasm", "/app.js", "/wasm_exec.js", "/manifest.webmanifest", "/web/icon-192.png", "/web/icon-512.png", "/web/icon-maskable.png", "/web/icon.svg", "/web/diptych.css"} {
		assert.Contains(t, cached, p, "precached")
	}

	// Warm start: the service worker serves the app.
	b.run(t, "reopen /", chromedp.Navigate(srv.url("/")))
	b.waitClient(t)
	warm := readyTime(t, b)
	t.Logf("start-up to a rendered client: cold %.0f ms, warm %.0f ms", cold, warm)
	b.assertClean(t, false)

	// Offline: stop the server and open routes never visited.
	srv.stop()
	a, c := ix.Articles[0], ix.Articles[len(ix.Articles)-1]
	b.run(t, "offline /", chromedp.Navigate(srv.url("/")))
	b.waitClient(t)
	assert.Equal(t, titles(ix), resultTitles(t, b), "offline / lists every article")

	b.run(t, "offline article", chromedp.Navigate(srv.url("/article/"+a.ID)))
	b.waitFor(t, "the article", `document.querySelector('[data-client="true"] article h1') !== null`)
	assert.Equal(t, a.Title, eval[string](t, b, `document.querySelector('[data-client="true"] article h1').textContent`))
	assert.Equal(t, len(a.Paragraphs), eval[int](t, b, `document.querySelectorAll('[data-client="true"] article .body p').length`))

	b.run(t, "offline compare", chromedp.Navigate(srv.url("/compare/"+a.ID+"/"+c.ID)))
	b.waitFor(t, "the comparison", `document.querySelectorAll('[data-client="true"] .compare .column').length === 2`)
	cols := eval[[]string](t, b, `Array.from(document.querySelectorAll('[data-client="true"] .compare .column h2')).map(h => h.textContent)`)
	assert.Equal(t, []string{a.Title, c.Title}, cols)
	assertOfflineText(t, b, c)

	b.assertClean(t, true)
}

// assertOfflineText checks the first sentence of article a is on the
// page (the comparison view lays texts out sentence by sentence, so a
// whole paragraph need not appear in one piece).
func assertOfflineText(t *testing.T, b *browser, a corpus.Article) {
	t.Helper()
	require.NotEmpty(t, a.Paragraphs)
	first := compare.SplitSentences(&a)[0]
	text := eval[string](t, b, `document.querySelector('[data-client="true"] main').textContent`)
	assert.Contains(t, text, a.Paragraphs[first.Para][first.Start:first.End])
}

func itoa(n int) string {
	const digits = "0123456789"
	if n < 10 {
		return digits[n : n+1]
	}
	return itoa(n/10) + digits[n%10:n%10+1]
}
