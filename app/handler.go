//go:build !wasm

package main

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// workerJS is the service worker template (go-app's ServiceWorkerTemplate).
//
//go:embed worker.js
var workerJS string

// Static files the app needs, under the web directory. All are precached by
// the service worker, so a missing one is an error at start-up rather than
// an empty cache later.
var webFiles = []string{"app.wasm", "diptych.js", "diptych.css", "compare.css", "icon.svg", "icon-192.png", "icon-512.png", "icon-maskable.png"}

// handler serves the app: go-app's handler for pages and its generated
// files, plus the precompressed app.wasm and security headers.
type handler struct {
	version string
	goapp   *app.Handler
	wasm    *precompressed
	files   http.Handler // the web directory, under /web/
	// edited are go-app's generated files that Diptych serves edited,
	// by path (see loader.go).
	edited map[string]editedFile
}

// newHandler prepares the server for the files in webDir. The version is a
// hash of everything the client is made of, so a rebuild with any change
// (a new corpus, new code, a new stylesheet) announces an update and an
// identical rebuild does not.
func newHandler(webDir string) (*handler, error) {
	for _, f := range webFiles {
		if _, err := os.Stat(filepath.Join(webDir, f)); err != nil {
			return nil, fmt.Errorf("web directory %s: %w (run `make build`)", webDir, err)
		}
	}
	version, err := contentVersion(webDir)
	if err != nil {
		return nil, err
	}
	wasm, err := loadPrecompressed(filepath.Join(webDir, "app.wasm"), "application/wasm")
	if err != nil {
		return nil, err
	}
	g := &app.Handler{
		Name:        "Diptych",
		ShortName:   "Diptych",
		Title:       "Diptych",
		Description: "Search, read and compare news articles, offline.",
		Lang:        "en",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-maskable.png",
			SVG:      "/web/icon.svg",
		},
		BackgroundColor:       "#fbfaf7",
		ThemeColor:            "#1f2a44",
		LoadingLabel:          "Loading Diptych…", // no {progress}: see loader.go
		Styles:                []string{"/web/diptych.css", "/web/compare.css"},
		Scripts:               []string{"/web/diptych.js defer"},
		RawHeaders:            []string{wasmPreload},
		CacheableResources:    []string{"/web/icon.svg"},
		Resources:             webResolver{},
		Version:               version,
		ServiceWorkerTemplate: workerJS,
	}
	edited, err := editGenerated(g)
	if err != nil {
		return nil, err
	}
	files := http.StripPrefix("/web/", http.FileServer(noDirFS{http.Dir(webDir)}))
	return &handler{version: version, goapp: g, wasm: wasm, files: files, edited: edited}, nil
}

// webResolver resolves the app's static resources to "/web/...", served
// from the web directory by handler, wherever that directory is.
type webResolver struct{}

func (webResolver) Resolve(location string) string {
	if location == "" {
		return "/"
	}
	return location
}

// noDirFS hides directory listings.
type noDirFS struct{ http.FileSystem }

func (fs noDirFS) Open(name string) (http.File, error) {
	f, err := fs.FileSystem.Open(name)
	if err != nil {
		return nil, err
	}
	if st, err := f.Stat(); err != nil || st.IsDir() {
		f.Close()
		return nil, os.ErrNotExist
	}
	return f, nil
}

// ServeHTTP implements http.Handler.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setSecurityHeaders(w.Header())
	switch r.URL.Path {
	case "/web/app.wasm", "/app.wasm":
		h.wasm.ServeHTTP(w, r, h.version)
		return
	}
	if f, ok := h.edited[r.URL.Path]; ok {
		f.serve(w, r)
		return
	}
	if strings.HasPrefix(r.URL.Path, "/web/") {
		w.Header().Set("Cache-Control", "no-cache")
		h.files.ServeHTTP(w, r)
		return
	}
	h.goapp.ServeHTTP(w, r)
}

// contentSecurityPolicy allows only the app's own origin, plus compiling
// WebAssembly; no inline scripts, no third-party anything.
const contentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; manifest-src 'self'; " +
	"worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
}

// contentVersion hashes the client's files (not their compressed copies,
// which follow from them) and the worker template.
func contentVersion(webDir string) (string, error) {
	var files []string
	err := filepath.WalkDir(webDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && !strings.HasSuffix(path, ".br") && !strings.HasSuffix(path, ".gz") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("hash web directory: %w", err)
	}
	sort.Strings(files)
	sum := sha256.New()
	sum.Write([]byte(workerJS))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return "", fmt.Errorf("hash web directory: %w", err)
		}
		rel, _ := filepath.Rel(webDir, f)
		fmt.Fprintf(sum, "%s\x00%d\x00", filepath.ToSlash(rel), len(b))
		sum.Write(b)
	}
	return hex.EncodeToString(sum.Sum(nil))[:16], nil
}

// wasmPreload starts downloading app.wasm as soon as the browser reads the
// page's head, instead of once the page is parsed and go-app's deferred
// app.js runs. It matches the loader's fetch("/web/app.wasm") (a CORS-mode
// request with same-origin credentials, hence crossorigin), so the
// browser hands that fetch the preloaded response.
const wasmPreload = `<link rel="preload" href="/web/app.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">`
