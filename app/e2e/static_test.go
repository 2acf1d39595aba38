package e2e

import (
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// exportStatic runs `bin/diptych static` into a new temporary directory.
func exportStatic(t *testing.T) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "dist")
	cmd := exec.Command(filepath.Join(root, "bin", "diptych"), "static", "-web", filepath.Join(root, "web"), "-out", out)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "diptych static: %s", msg)
	return out
}

// navStatus is the HTTP status of the page's own document.
const navStatus = `performance.getEntriesByType("navigation")[0].responseStatus`

const compareColumns = `Array.from(document.querySelectorAll('[data-client="true"] .compare .column h2')).map(h => h.textContent)`

// TestStaticExport serves the static export from a host-like file server
// and opens deep links on a first visit (through 404.html or a generated
// page), then offline, routes never visited.
func TestStaticExport(t *testing.T) {
	ix := loadIndex(t)
	require.GreaterOrEqual(t, len(ix.Articles), 3)
	a, b2, c := ix.Articles[0], ix.Articles[1], ix.Articles[len(ix.Articles)-1]
	dist := exportStatic(t)
	srv := startHost(t, freeAddr(t), dist)
	b := newBrowser(t)
	errs := watchErrorStatuses(b)

	// First visit, straight to a comparison: the host has no such file and
	// answers with 404.html, the app shell, which renders the route.
	b.run(t, "open a comparison", chromedp.Navigate(srv.url("/compare/"+a.ID+"/"+c.ID)))
	b.waitFor(t, "the comparison", `document.querySelectorAll('[data-client="true"] .compare .column').length === 2`)
	assert.Equal(t, 404, eval[int](t, b, navStatus), "the host answered with its 404.html")
	assert.Equal(t, []string{a.Title, c.Title}, eval[[]string](t, b, compareColumns))

	// The wasm came precompressed.
	enc := eval[[]float64](t, b, `(() => { const e = performance.getEntriesByType("resource").find(e => e.name.endsWith("/web/app.wasm")); return [e.encodedBodySize, e.decodedBodySize]; })()`)
	require.Len(t, enc, 2)
	assert.Less(t, enc[0]*3, enc[1], "app.wasm must be sent compressed (encoded %v, decoded %v bytes)", enc[0], enc[1])

	// A search link, also through 404.html.
	want := mentioning(ix, "Rafah")
	require.NotEmpty(t, want)
	b.run(t, "open a search", chromedp.Navigate(srv.url("/search?q=Rafah")))
	b.waitFor(t, "the Rafah results", `document.querySelectorAll('[data-client="true"] #results .result').length === `+itoa(len(want)))
	assert.Equal(t, want, resultTitles(t, b))

	// An article: a generated page, status 200.
	b.run(t, "open an article", chromedp.Navigate(srv.url("/article/"+a.ID)))
	b.waitFor(t, "the article", `document.querySelector('[data-client="true"] article h1') !== null`)
	assert.Equal(t, 200, eval[int](t, b, navStatus))
	assert.Equal(t, a.Title, eval[string](t, b, `document.querySelector('[data-client="true"] article h1').textContent`))

	// The JavaScript API answers like the search box.
	b.waitFor(t, "window.diptych", `typeof window.diptych === "object"`)
	assert.Equal(t, float64(len(ix.Articles)), eval[float64](t, b, `window.diptych.ready.then(r => r.articles)`))
	assert.Equal(t, float64(len(want)), eval[float64](t, b, `window.diptych.search("Rafah", {k: 100}).total`))

	b.waitFor(t, "a controlling service worker", `navigator.serviceWorker.controller !== null`)
	// The host's 404.html for the two deep links is the only error.
	assert.ElementsMatch(t, []string{
		"404 Document " + srv.url("/compare/"+a.ID+"/"+c.ID),
		"404 Document " + srv.url("/search?q=Rafah"),
	}, errs.list(), "responses with an error status")
	assertCleanBut404s(t, b, 2)

	// Offline: routes never visited, through the worker's cached shell.
	srv.stop()
	b.run(t, "offline comparison", chromedp.Navigate(srv.url("/compare/"+c.ID+"/"+b2.ID)))
	b.waitFor(t, "the offline comparison", `document.querySelectorAll('[data-client="true"] .compare .column').length === 2`)
	assert.Equal(t, []string{c.Title, b2.Title}, eval[[]string](t, b, compareColumns))

	b.run(t, "offline article", chromedp.Navigate(srv.url("/article/"+b2.ID)))
	b.waitFor(t, "the offline article", `document.querySelector('[data-client="true"] article h1') !== null`)
	assert.Equal(t, b2.Title, eval[string](t, b, `document.querySelector('[data-client="true"] article h1').textContent`))
	assert.Equal(t, len(b2.Paragraphs), eval[int](t, b, `document.querySelectorAll('[data-client="true"] article .body p').length`))

	b.run(t, "offline home", chromedp.Navigate(srv.url("/")))
	b.waitClient(t)
	assert.Equal(t, titles(ix), resultTitles(t, b), "offline / lists every article")
	assert.Len(t, errs.list(), 2, "no new error status offline")
	assertCleanBut404s(t, b, 2)
}

// statuses records the responses with an error status.
type statuses struct {
	mu   sync.Mutex
	errs []string // "STATUS TYPE URL"
}

func watchErrorStatuses(b *browser) *statuses {
	s := &statuses{}
	go func() {
		for ev, err := range chromedp.Events(b.ctx, network.ResponseReceived) {
			if err != nil {
				return
			}
			if ev.Response.Status >= 400 {
				s.mu.Lock()
				s.errs = append(s.errs, itoa(int(ev.Response.Status))+" "+string(ev.Type)+" "+ev.Response.URL)
				s.mu.Unlock()
			}
		}
	}()
	return s
}

func (s *statuses) list() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.errs...)
}

// assertCleanBut404s is browser.assertClean (failed requests allowed) for
// a page that opened n deep links through a host's 404.html: Chromium logs
// each such page as a resource that failed with 404, and nothing else may
// reach the console.
func assertCleanBut404s(t *testing.T, b *browser, n int) {
	t.Helper()
	console, _, _ := b.snapshot()
	var other []string
	for _, m := range console {
		if n > 0 && strings.Contains(m, "status of 404") {
			n--
			continue
		}
		other = append(other, m)
	}
	assert.Empty(t, other, "the console must stay empty but for the 404 pages")
	b.mu.Lock()
	saved := b.console
	b.console = nil
	b.mu.Unlock()
	b.assertClean(t, true)
	b.mu.Lock()
	b.console = saved
	b.mu.Unlock()
}
