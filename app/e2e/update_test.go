package e2e

import (
	"io"
	"os"
	"path/filepath"
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
	// cache is deleted.
	f, err := os.OpenFile(filepath.Join(web, "diptych.css"), os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString("\n/* a new release */\n")
	require.NoError(t, err)
	require.NoError(t, f.Close())
	srv.stop()
	srv = startServer(t, addr, web)
	eval[bool](t, b, checkForUpdate)
	b.waitFor(t, "the update notice", noticeShown)
	b.run(t, "reload", chromedp.Click(chromedp.CSS(`#reload`)))
	b.waitClient(t)
	b.waitFor(t, "the new version's page", `performance.getEntriesByName("diptych:ready").length === 1`)
	second := eval[[]string](t, b, `caches.keys()`)
	require.Len(t, second, 1, "only the new version's cache remains")
	assert.NotEqual(t, first, second)
	assert.False(t, eval[bool](t, b, noticeShown), "after reloading, the page runs the new version")
	b.assertClean(t, false)
}
