//go:build !wasm

package main

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

// The page loader: go-app's generated app.js and app.css, served with
// edits that make a first visit start faster (measured in README.md,
// "Where a cold start goes").
//
//   - go-app registers the service worker before it fetches app.wasm, so on
//     a first visit the worker's install downloads, decodes and stores a
//     second copy of app.wasm (and the rest of the app) while the page
//     downloads and compiles its own. Diptych registers the worker once the
//     client has rendered its first view (the "diptych:ready" mark); the
//     worker's requests then revalidate what the page has just put in the
//     HTTP cache, and nothing is downloaded twice.
//   - go-app pipes app.wasm through a JavaScript stream on the page's main
//     thread to count bytes for its progress label. Diptych hands the
//     response to WebAssembly.instantiateStreaming directly, so the browser
//     feeds the compiler itself; the loading label has no percentage.
//   - go-app's loading screen covers the whole page until the client has
//     started, yet the browser lays out and paints the server's pre-rendered
//     page beneath it before it runs app.js. loaderCSS skips that work while
//     the loading screen is there (when scripts run at all: without them the
//     pre-render is all a reader or a screen reader gets).
//
// Each edit must apply exactly once: a go-app release that changes its
// loader fails here (and in loader_test.go) rather than silently serving
// go-app's.
var loaderEdits = []struct{ old, new string }{
	{
		old: "goappInitServiceWorker();\ngoappWatchForUpdate();\ngoappWatchForInstallable();\ngoappInitWebAssembly();\n",
		new: "goappWatchForUpdate();\ngoappWatchForInstallable();\n" +
			"goappInitWebAssembly().finally(() => diptychAfterFirstView(goappInitServiceWorker));\n",
	},
	{old: `fetchWithProgress("`, new: `fetch("`},
	{old: `", showProgress),`, new: `"),`},
}

// afterFirstViewJS is appended to the loader: diptychAfterFirstView(f)
// calls f once the client has marked its first view rendered, or after 10 s
// if it never does (WebAssembly failed to load).
const afterFirstViewJS = `
// -----------------------------------------------------------------------------
// Diptych
// -----------------------------------------------------------------------------
function diptychAfterFirstView(f) {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      f();
    }
  };
  if (performance.getEntriesByName("diptych:ready").length > 0) {
    once();
    return;
  }
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("diptych:ready").length > 0) {
      observer.disconnect();
      once();
    }
  }).observe({ type: "mark" });
  setTimeout(once, 10000);
}
`

// loaderCSS is appended to go-app's app.css. The client's shell replaces the
// pre-rendered one (marked data-client, see shell.Render) before app.js
// removes the loading screen.
const loaderCSS = `
/*------------------------------------------------------------------------------
  Diptych: the pre-rendered page is not rendered under the loading screen.
------------------------------------------------------------------------------*/
@media (scripting: enabled) {
  body:has(> #app-wasm-loader) > .shell:not([data-client]) {
    content-visibility: hidden;
  }
}
`

// editLoaderCSS appends loaderCSS to go-app's app.css.
func editLoaderCSS(css []byte) ([]byte, error) {
	return append(css[:len(css):len(css)], loaderCSS...), nil
}

// editLoader applies loaderEdits to go-app's app.js.
func editLoader(js []byte) ([]byte, error) {
	s := string(js)
	for _, e := range loaderEdits {
		if n := strings.Count(s, e.old); n != 1 {
			return nil, fmt.Errorf("edit go-app's app.js: %q found %d times, want 1", firstLine(e.old), n)
		}
		s = strings.Replace(s, e.old, e.new, 1)
	}
	return []byte(s + afterFirstViewJS), nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// editedFile is one of go-app's generated files with Diptych's edits, and
// go-app's headers for it (its ETag names the version).
type editedFile struct {
	header http.Header
	body   []byte
}

// editGenerated asks go-app for each file it generates that Diptych edits
// (the loader and its styles) and applies the edits, once, when the
// server starts: a go-app whose loader no longer takes an edit stops the
// server there, not a page load later.
func editGenerated(goapp http.Handler) (map[string]editedFile, error) {
	edits := map[string]func([]byte) ([]byte, error){"/app.js": editLoader, "/goapp.js": editLoader, "/app.css": editLoaderCSS}
	out := make(map[string]editedFile, len(edits))
	for path, edit := range edits {
		rec := httptest.NewRecorder()
		goapp.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			return nil, fmt.Errorf("go-app's %s: status %d", path, rec.Code)
		}
		body, err := edit(rec.Body.Bytes())
		if err != nil {
			return nil, err
		}
		h := rec.Result().Header
		h.Del("Content-Length")
		out[path] = editedFile{header: h, body: body}
	}
	return out, nil
}

// serve writes f: a 304 to a request that has its ETag already.
func (f editedFile) serve(w http.ResponseWriter, r *http.Request) {
	for k, v := range f.header {
		w.Header()[k] = v
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(f.body))
}
