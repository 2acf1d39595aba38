//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoaderIsEdited(t *testing.T) {
	h, err := newHandler(fakeWeb(t))
	require.NoError(t, err)
	for _, path := range []string{"/app.js", "/goapp.js"} {
		t.Run(path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
			res := rec.Result()
			require.Equal(t, http.StatusOK, res.StatusCode)
			js := rec.Body.String()
			assert.Equal(t, "application/javascript", res.Header.Get("Content-Type"))
			assert.Equal(t, contentSecurityPolicy, res.Header.Get("Content-Security-Policy"))
			assert.Contains(t, js, `"GOAPP_VERSION":"`+h.version+`"`, "go-app's generated loader, for this version")
			assert.Contains(t, js, "goappInitWebAssembly().finally(() => diptychAfterFirstView(goappInitServiceWorker));")
			assert.NotContains(t, js, "\ngoappInitServiceWorker();", "the worker is not registered before app.wasm is fetched")
			assert.Contains(t, js, `fetch("/web/app.wasm"),`, "app.wasm goes to the compiler as the browser fetched it")
			assert.NotContains(t, js, `fetchWithProgress("`)
			assert.Contains(t, js, `getEntriesByName("diptych:ready")`, "the mark shell.OnMount sets")
			assert.Contains(t, js, `const goappLoadingLabel = "Loading Diptych…";`, "no percentage to count")
		})
	}
}

func TestLoaderStyles(t *testing.T) {
	h, err := newHandler(fakeWeb(t))
	require.NoError(t, err)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app.css", nil))
	require.Equal(t, http.StatusOK, rec.Code)
	css := rec.Body.String()
	assert.Contains(t, css, ".goapp-app-info {", "go-app's loading screen styles")
	assert.Contains(t, css, "body:has(> #app-wasm-loader) > .shell:not([data-client])")
	assert.Contains(t, css, "@media (scripting: enabled)", "without scripts the pre-render stays readable")
	assert.Equal(t, contentSecurityPolicy, rec.Result().Header.Get("Content-Security-Policy"))
}

func TestLoaderHead(t *testing.T) {
	h, err := newHandler(fakeWeb(t))
	require.NoError(t, err)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodHead, "/app.js", nil))
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Body.String())
}

func TestEditLoaderFailsLoudly(t *testing.T) {
	tests := []struct {
		name, js, wantErr string
	}{
		{"anchor missing", "console.log('another loader');", "goappInitServiceWorker();"},
		{"anchor twice", strings.Repeat(loaderEdits[0].old, 2), "found 2 times"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := editLoader([]byte(tc.js))
			require.Error(t, err)
			assert.Contains(t, err.Error(), "edit go-app's app.js")
			assert.Contains(t, err.Error(), tc.wantErr)
		})
	}
}

func TestLoaderRevalidates(t *testing.T) {
	h, err := newHandler(fakeWeb(t))
	require.NoError(t, err)
	first := httptest.NewRecorder()
	h.ServeHTTP(first, httptest.NewRequest(http.MethodGet, "/app.js", nil))
	etag := first.Result().Header.Get("ETag")
	require.NotEmpty(t, etag, "go-app's ETag is kept")
	req := httptest.NewRequest(http.MethodGet, "/app.js", nil)
	req.Header.Set("If-None-Match", etag)
	again := httptest.NewRecorder()
	h.ServeHTTP(again, req)
	assert.Equal(t, http.StatusNotModified, again.Code)
	assert.Empty(t, again.Body.String())
}

// TestPagePreloadsWasm: every page's head asks for app.wasm as the loader
// fetches it (same URL, CORS mode), so the fetch reuses the preload.
func TestPagePreloadsWasm(t *testing.T) {
	h, err := newHandler(fakeWeb(t))
	require.NoError(t, err)
	for _, path := range []string{"/", "/compare/a/b", "/no/such/page"} {
		t.Run(path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
			html := rec.Body.String()
			head, _, ok := strings.Cut(html, "</head>")
			require.True(t, ok, "a page with a head")
			assert.Contains(t, head, wasmPreload)
			assert.Contains(t, wasmPreload, `href="/web/app.wasm"`, "the URL the loader fetches (TestLoaderIsEdited)")
			assert.Contains(t, wasmPreload, `as="fetch"`)
			assert.Contains(t, wasmPreload, `crossorigin="anonymous"`, "fetch() is a CORS-mode request")
		})
	}
}
