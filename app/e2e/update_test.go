package e2e

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// copyDir copies the files of src into a new temporary directory.
func copyDir(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	entries, err := os.ReadDir(src)
	require.NoError(t, err)
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		in, err := os.Open(filepath.Join(src, e.Name()))
		require.NoError(t, err)
		out, err := os.Create(filepath.Join(dst, e.Name()))
		require.NoError(t, err)
		_, err = io.Copy(out, in)
		require.NoError(t, err)
		require.NoError(t, in.Close())
		require.NoError(t, out.Close())
	}
	return dst
}

// appendCustomSection makes a new build of the app.wasm at path by adding a
// custom section (which WebAssembly ignores), drops its stale compressed
// copies (the server then sends it uncompressed) and returns its new size.
func appendCustomSection(t *testing.T, path, name, payload string) int {
	t.Helper()
	leb := func(n int) []byte {
		var out []byte
		for {
			b := byte(n & 0x7f)
			n >>= 7
			if n == 0 {
				return append(out, b)
			}
			out = append(out, b|0x80)
		}
	}
	body := append(leb(len(name)), name...)
	body = append(body, payload...)
	section := append(append([]byte{0}, leb(len(body))...), body...)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	data = append(data, section...)
	require.NoError(t, os.WriteFile(path, data, 0o644))
	for _, ext := range []string{".br", ".gz"} {
		require.NoError(t, os.Remove(path+ext))
	}
	return len(data)
}

// serverVersion returns the version srv announces to its clients.
func serverVersion(t *testing.T, srv *server) string {
	t.Helper()
	res, err := http.Get(srv.url("/app.js"))
	require.NoError(t, err)
	defer res.Body.Close()
	js, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	m := regexp.MustCompile(`"GOAPP_VERSION":"([^"]+)"`).FindSubmatch(js)
	require.NotNil(t, m, "app.js names its version")
	return string(m[1])
}

// checkForUpdate makes the browser look for a new worker and waits until
// any new one has finished installing and activating.
const checkForUpdate = `(async () => {
  const reg = await navigator.serviceWorker.ready;
  await reg.update();
  const w = reg.installing || reg.waiting;
  if (w && w.state !== "activated") {
    await new Promise((resolve) => w.addEventListener("statechange", () => { if (w.state === "activated" || w.state === "redundant") resolve(); }));
  }
  return true;
})()`

const noticeShown = `document.querySelector('[data-client="true"] #reload') !== null`

// TestUpdateNotice serves an unchanged rebuild (no notice) and then a
// changed one (notice, reload into the new version, old cache gone).
func TestUpdateNotice(t *testing.T) {
	b := newBrowser(t)
	addr := freeAddr(t)
	web := copyDir(t, filepath.Join(root, "web"))

	srv := startServer(t, addr, web)
	b.run(t, "open /", chromedp.Navigate(srv.url("/")))
	b.waitClient(t)
	b.waitFor(t, "a controlling service worker", `navigator.serviceWorker.controller !== null`)
	first := eval[[]string](t, b, `caches.keys()`)
	require.Len(t, first, 1)
	assert.False(t, eval[bool](t, b, noticeShown), "a first visit is not an update")

	// The same build served again: nothing to announce.
	srv.stop()
	srv = startServer(t, addr, web)
	b.run(t, "reopen /", chromedp.Navigate(srv.url("/")))
	b.waitClient(t)
	eval[bool](t, b, checkForUpdate)
	assert.Equal(t, first, eval[[]string](t, b, `caches.keys()`), "an unchanged rebuild keeps its version")
	assert.False(t, eval[bool](t, b, noticeShown), "an unchanged rebuild is not an update")

	// A changed build: the open page is told, reloads into it, and the old
	// cache is deleted. Both the stylesheet and app.wasm (which embeds the
	// index, so a wasm and an index of different builds cannot meet) change.
	f, err := os.OpenFile(filepath.Join(web, "diptych.css"), os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString("\n/* a new release */\n")
	require.NoError(t, err)
	require.NoError(t, f.Close())
	newWasm := appendCustomSection(t, filepath.Join(web, "app.wasm"), "diptych-test", "a new release")
	srv.stop()
	srv = startServer(t, addr, web)
	newVersion := serverVersion(t, srv)
	eval[bool](t, b, checkForUpdate)
	b.waitFor(t, "the update notice", noticeShown)
	b.run(t, "reload", chromedp.Click(chromedp.CSS(`#reload`)))
	b.waitClient(t)
	b.waitFor(t, "the new version's page", `performance.getEntriesByName("diptych:ready").length === 1`)
	second := eval[[]string](t, b, `caches.keys()`)
	require.Len(t, second, 1, "only the new version's cache remains")
	assert.NotEqual(t, first, second)
	assert.False(t, eval[bool](t, b, noticeShown), "after reloading, the page runs the new version")
	assert.Equal(t, newVersion, eval[string](t, b, `goappEnv.GOAPP_VERSION`), "the page runs the new version")
	assert.Equal(t, []string{"diptych-" + newVersion}, second, "the cache is the new version's")
	cached := eval[[]float64](t, b, `(async () => {
  const c = await caches.open((await caches.keys())[0]);
  const wasm = new Uint8Array(await (await c.match("/web/app.wasm")).arrayBuffer());
  const css = await (await c.match("/web/diptych.css")).text();
  return [wasm.length, css.includes("a new release") ? 1 : 0];
})()`)
	assert.Equal(t, []float64{float64(newWasm), 1}, cached, "the cache holds the new app.wasm and stylesheet")
	b.assertClean(t, false)
}
