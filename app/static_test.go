//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExportStatic(t *testing.T) {
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	useLibrary(lib, nil)
	web := fakeWeb(t)
	out := filepath.Join(t.TempDir(), "dist")
	ids := articleIDs(lib)
	require.NotEmpty(t, ids)

	st, err := exportStatic(web, out, ids)
	require.NoError(t, err)
	version, err := contentVersion(web)
	require.NoError(t, err)
	assert.Equal(t, version, st.version, "the export's version is the server's")
	assert.Equal(t, len(ids)+3, st.pages, "/, 404.html, /story and every article")

	read := func(name string) string {
		t.Helper()
		b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		require.NoError(t, err, name)
		return string(b)
	}
	files := []string{"index.html", "404.html", "story/index.html", "article/" + ids[0] + "/index.html",
		"app.js", "wasm_exec.js", "app-worker.js", "manifest.webmanifest", "app.css",
		"web/app.wasm", "web/diptych.css", "web/icon-192.png", "_headers", ".nojekyll"}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			_, err := os.Stat(filepath.Join(out, filepath.FromSlash(f)))
			assert.NoError(t, err)
		})
	}
	for _, f := range []string{"index.html", "404.html", "app.js", "app-worker.js", "web/diptych.css", "web/app.wasm"} {
		for _, ext := range []string{".br", ".gz"} {
			_, err := os.Stat(filepath.Join(out, filepath.FromSlash(f)+ext))
			assert.NoError(t, err, "%s%s beside %s", f, ext, f)
		}
	}
	_, err = os.Stat(filepath.Join(out, "web", "icon-192.png.br"))
	assert.Error(t, err, "PNG is not worth compressing")

	assert.Equal(t, read("index.html"), read("404.html"), "404.html is the app shell")
	assert.Contains(t, read("article/"+ids[0]+"/index.html"), lib.ix.Articles[0].Title)
	assert.Contains(t, read("app-worker.js"), `const cacheName = "diptych-`+version+`"`)
	assert.Contains(t, read("app.js"), "function diptychAfterFirstView(", "app.js is Diptych's loader (loader.go)")
	assert.Contains(t, read("app.css"), loaderCSS, "app.css with Diptych's addition (loader.go)")

	headers := read("_headers")
	assert.Contains(t, headers, "/*\n  Content-Security-Policy: "+contentSecurityPolicy+"\n")
	assert.Contains(t, headers, "  X-Frame-Options: DENY\n")
	assert.Contains(t, headers, "/web/app.wasm\n  Content-Type: application/wasm\n")

	// A second export replaces the first.
	require.NoError(t, os.WriteFile(filepath.Join(out, "stale.html"), []byte("old"), 0o644))
	_, err = exportStatic(web, out, ids)
	require.NoError(t, err)
	_, err = os.Stat(filepath.Join(out, "stale.html"))
	assert.True(t, os.IsNotExist(err), "a new export starts from an empty directory")
}

func TestExportStaticRefusesForeignDirectory(t *testing.T) {
	out := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(out, "notes.txt"), []byte("mine"), 0o644))
	_, err := exportStatic(fakeWeb(t), out, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), out)
	b, err := os.ReadFile(filepath.Join(out, "notes.txt"))
	require.NoError(t, err)
	assert.Equal(t, "mine", string(b), "nothing of a foreign directory is deleted")
}

func TestSafeName(t *testing.T) {
	tests := []struct {
		name, id string
		want     bool
	}{
		{"slug", "blinken-presses-hamas", true},
		{"unicode", "élysée-talks", true},
		{"empty", "", false},
		{"dot", ".", false},
		{"dot dot", "..", false},
		{"hidden", ".env", false},
		{"underscore (hidden on some hosts)", "_headers", false},
		{"slash", "a/b", false},
		{"backslash", `a\b`, false},
		{"percent", "100%", false},
		{"question mark", "why?", false},
		{"control", "a\nb", false},
		{"too long", strings.Repeat("a", maxIDLen+1), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, safeName(tc.id))
		})
	}
}

func TestRunStaticArguments(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"help", []string{"-h"}, 0},
		{"unknown flag", []string{"-nope"}, 2},
		{"stray argument", []string{"dist"}, 2},
		{"missing web directory", []string{"-web", filepath.Join(t.TempDir(), "absent"), "-out", filepath.Join(t.TempDir(), "d")}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, runStatic(nil, nil, tc.args))
		})
	}
}
