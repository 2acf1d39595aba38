//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAccepts(t *testing.T) {
	tests := []struct {
		name, header, coding string
		want                 bool
	}{
		{"listed", "gzip, deflate, br", "br", true},
		{"not listed", "gzip, deflate", "br", false},
		{"q zero", "br;q=0, gzip", "br", false},
		{"q positive", "br;q=0.5", "br", true},
		{"star", "*", "gzip", true},
		{"star but refused", "*, gzip;q=0", "gzip", false},
		{"case and spaces", " GZIP ; Q=1 ", "gzip", true},
		{"empty", "", "gzip", false},
		{"garbage q", "br;q=abc", "br", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, accepts(tc.header, tc.coding))
		})
	}
}

// fakeWeb writes a web directory whose app.wasm has real compressed copies.
func fakeWeb(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	raw := bytes.Repeat([]byte("\x00asm wasm bytes "), 1000)
	var br, gz bytes.Buffer
	bw := brotli.NewWriter(&br)
	_, _ = bw.Write(raw)
	require.NoError(t, bw.Close())
	gw := gzip.NewWriter(&gz)
	_, _ = gw.Write(raw)
	require.NoError(t, gw.Close())
	files := map[string][]byte{"app.wasm": raw, "app.wasm.br": br.Bytes(), "app.wasm.gz": gz.Bytes()}
	for _, f := range webFiles {
		if _, ok := files[f]; !ok {
			files[f] = []byte("file " + f)
		}
	}
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	return dir
}

func TestWasmServedByEncoding(t *testing.T) {
	dir := fakeWeb(t)
	h, err := newHandler(dir)
	require.NoError(t, err)
	raw, err := os.ReadFile(filepath.Join(dir, "app.wasm"))
	require.NoError(t, err)

	tests := []struct {
		name, accept, wantEnc string
		decode                func(io.Reader) io.Reader
	}{
		{"brotli preferred", "gzip, deflate, br, zstd", "br", func(r io.Reader) io.Reader { return brotli.NewReader(r) }},
		{"gzip only", "gzip", "gzip", func(r io.Reader) io.Reader { z, _ := gzip.NewReader(r); return z }},
		{"identity", "", "", func(r io.Reader) io.Reader { return r }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, "/web/app.wasm", nil)
			if tc.accept != "" {
				req.Header.Set("Accept-Encoding", tc.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			res := rec.Result()
			require.Equal(t, http.StatusOK, res.StatusCode)
			assert.Equal(t, tc.wantEnc, res.Header.Get("Content-Encoding"))
			assert.Equal(t, "application/wasm", res.Header.Get("Content-Type"))
			assert.Equal(t, "Accept-Encoding", res.Header.Get("Vary"))
			body, err := io.ReadAll(tc.decode(res.Body))
			require.NoError(t, err)
			assert.Equal(t, raw, body)
		})
	}
}

func TestSecurityHeadersAndPages(t *testing.T) {
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	useLibrary(lib, nil)
	h, err := newHandler(fakeWeb(t))
	require.NoError(t, err)
	for _, path := range []string{"/", "/article/x", "/web/diptych.css", "/app-worker.js", "/manifest.webmanifest"} {
		t.Run(path, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
			res := rec.Result()
			assert.Equal(t, http.StatusOK, res.StatusCode)
			assert.Equal(t, contentSecurityPolicy, res.Header.Get("Content-Security-Policy"))
			assert.Contains(t, contentSecurityPolicy, "frame-ancestors 'none'")
			assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"))
			assert.Equal(t, "no-referrer", res.Header.Get("Referrer-Policy"))
		})
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/web/", nil))
	assert.Equal(t, http.StatusNotFound, rec.Code, "no directory listings")
}

func TestWorkerPrecachesOnlyLocalFiles(t *testing.T) {
	h, err := newHandler(fakeWeb(t))
	require.NoError(t, err)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/app-worker.js", nil))
	js := rec.Body.String()
	assert.Contains(t, js, `"/web/app.wasm"`)
	assert.Contains(t, js, `"/web/icon-maskable.png"`)
	assert.NotContains(t, js, "http", "the worker must precache only this origin's files")
	assert.Contains(t, js, `const cacheName = "diptych-`+h.version+`"`)
}

func TestContentVersion(t *testing.T) {
	dir := fakeWeb(t)
	v1, err := contentVersion(dir)
	require.NoError(t, err)
	v2, err := contentVersion(dir)
	require.NoError(t, err)
	assert.Equal(t, v1, v2, "unchanged files keep their version")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "app.wasm.br"), []byte("recompressed"), 0o644))
	v3, err := contentVersion(dir)
	require.NoError(t, err)
	assert.Equal(t, v1, v3, "compressed copies follow from app.wasm and do not count")

	require.NoError(t, os.WriteFile(filepath.Join(dir, "app.wasm"), []byte("a new corpus"), 0o644))
	v4, err := contentVersion(dir)
	require.NoError(t, err)
	assert.NotEqual(t, v1, v4, "a changed app.wasm is a new version")
}

func TestMissingWebFile(t *testing.T) {
	dir := fakeWeb(t)
	require.NoError(t, os.Remove(filepath.Join(dir, "icon-maskable.png")))
	_, err := newHandler(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "icon-maskable.png")
	assert.Contains(t, err.Error(), "make build")
}

func TestPrerenderedQueryCannotBreakOutOfAttributes(t *testing.T) {
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	useLibrary(lib, nil)
	h, err := newHandler(fakeWeb(t))
	require.NoError(t, err)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, `/search?q=%22+autofocus+onfocus%3Dalert(1)+x%3D%22`, nil))
	require.Equal(t, http.StatusOK, rec.Code)
	body := rec.Body.String()
	assert.NotContains(t, body, `\"`, "no Go-quoted double quote may reach an attribute")
	assert.Contains(t, body, `value="″ autofocus onfocus=alert(1) x=″"`)
}
