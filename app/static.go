//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"
)

// The static export: `bin/diptych static -web web -out dist` writes a
// directory that any static host (GitHub Pages, Netlify, Cloudflare Pages,
// a plain file server) can serve as it is, with the same pages, worker,
// version and security headers as the Go server.
//
// Hosts look a path up as a file, else as a folder's index.html, else
// serve 404.html with status 404. So the export holds:
//   - index.html, story/index.html and article/{id}/index.html: pages
//     pre-rendered by the server's own handler;
//   - 404.html: the app shell ("/" pre-rendered). Every other route, such
//     as /compare/{left}/{right} or /search?q=..., lands there on a first
//     visit and the client renders the route from the URL; offline, the
//     service worker answers every navigation with the cached "/" as it
//     does for the Go server;
//   - app.js, wasm_exec.js, app-worker.js, manifest.webmanifest, app.css:
//     go-app's generated files, from the same handler;
//   - web/: the web directory (app.wasm, styles, icons);
//   - FILE.br and FILE.gz beside every compressible FILE, for hosts and
//     servers that send precompressed files;
//   - _headers (Netlify and Cloudflare Pages syntax): the server's security
//     headers for every path, and application/wasm for app.wasm;
//   - .nojekyll, so GitHub Pages serves the files as they are.
//
// Links are absolute ("/article/..."), so the export must be served at the
// root of its origin.

// staticMarker marks a directory written by the export, so a second export
// may replace it and nothing else is ever deleted.
const staticMarker = ".diptych-static"

// runStatic is `diptych static`: it parses args and writes the export. It
// returns the exit status.
func runStatic(lib *library, loadErr error, args []string) int {
	fs := flag.NewFlagSet("diptych static", flag.ContinueOnError)
	web := fs.String("web", "web", "`dir`ectory holding app.wasm (and .br, .gz), the stylesheets and icons")
	out := fs.String("out", "dist", "`dir`ectory to write; replaced if a previous export wrote it, else it must be empty or absent")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		log.Printf("diptych static: unexpected argument %q", fs.Arg(0))
		return 2
	}
	if loadErr != nil {
		log.Printf("diptych static: %v", loadErr)
		return 1
	}
	ids := articleIDs(lib)
	st, err := exportStatic(*web, *out, ids)
	if err != nil {
		log.Printf("diptych static: %v", err)
		return 1
	}
	fmt.Printf("Diptych %s: wrote %s: %d files (%d pages), %d bytes, %d more as .br/.gz\n",
		st.version, *out, st.files, st.pages, st.bytes, st.compressed)
	return 0
}

// exportStats describes a finished export.
type exportStats struct {
	version    string
	files      int   // files written, without the compressed copies
	pages      int   // pre-rendered HTML pages
	bytes      int64 // their bytes
	compressed int   // .br and .gz copies
}

// exportStatic writes the static site for the web directory webDir into
// out. articles are the ids of the articles to pre-render; any the host
// cannot hold as a folder name is left to 404.html, which renders it too.
func exportStatic(webDir, out string, articles []string) (exportStats, error) {
	var st exportStats
	h, err := newHandler(webDir)
	if err != nil {
		return st, err
	}
	st.version = h.version
	if err := prepareOut(out); err != nil {
		return st, err
	}

	// Pages and go-app's generated files, from the handler itself.
	type page struct{ url, file string }
	pages := []page{
		{"/", "index.html"},
		{"/story", "story/index.html"},
	}
	for _, id := range articles {
		if safeName(id) {
			pages = append(pages, page{articlePath(id), path.Join("article", id, "index.html")})
		}
	}
	for _, p := range pages {
		body, err := fetch(h, p.url)
		if err != nil {
			return st, err
		}
		if err := writeOut(out, p.file, body); err != nil {
			return st, err
		}
		if p.file == "index.html" {
			// The shell for every other route: the same bytes (go-app's
			// pre-render orders attributes differently each time).
			if err := writeOut(out, "404.html", body); err != nil {
				return st, err
			}
			st.pages++
			st.files++
			st.bytes += int64(len(body))
		}
		st.pages++
		st.files++
		st.bytes += int64(len(body))
	}
	worker, err := fetch(h, "/app-worker.js")
	if err != nil {
		return st, err
	}
	for _, f := range []string{"app.js", "wasm_exec.js", "app-worker.js", "manifest.webmanifest", "app.css"} {
		body, err := fetch(h, "/"+f)
		if err != nil {
			return st, err
		}
		if err := writeOut(out, f, body); err != nil {
			return st, err
		}
		st.files++
		st.bytes += int64(len(body))
	}

	// The web directory, as it is (its .br and .gz copies included).
	err = filepath.WalkDir(webDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(webDir, p)
		if err != nil {
			return err
		}
		body, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if !strings.HasSuffix(p, ".br") && !strings.HasSuffix(p, ".gz") {
			st.files++
			st.bytes += int64(len(body))
		}
		return writeOut(out, path.Join("web", filepath.ToSlash(rel)), body)
	})
	if err != nil {
		return st, err
	}

	if err := writeOut(out, "_headers", []byte(headersFile())); err != nil {
		return st, err
	}
	if err := writeOut(out, ".nojekyll", nil); err != nil {
		return st, err
	}
	n, err := compressTree(out)
	if err != nil {
		return st, err
	}
	st.compressed = n
	// The worker's install fails if any precached file is missing, so a
	// missing one fails the export instead of every reader's install.
	if err := checkPrecache(out, string(worker)); err != nil {
		return st, err
	}
	return st, writeOut(out, staticMarker, []byte("written by `diptych static`; the next export replaces this directory\n"))
}

// articleIDs lists the library's article ids.
func articleIDs(lib *library) []string {
	if lib == nil {
		return nil
	}
	ids := make([]string, len(lib.ix.Articles))
	for i := range lib.ix.Articles {
		ids[i] = lib.ix.Articles[i].ID
	}
	return ids
}

// safeName reports whether id can be a folder name on every host: hosts
// decode the URL path and look the name up as it is.
func safeName(id string) bool {
	if id == "" || id == "." || id == ".." || len(id) > maxIDLen || strings.HasPrefix(id, ".") || strings.HasPrefix(id, "_") {
		return false
	}
	for _, r := range id {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`/\:*?"<>|%#`, r) {
			return false
		}
	}
	return true
}

// prepareOut makes out an empty directory: a previous export is removed,
// anything else that is not empty is refused.
func prepareOut(out string) error {
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return fmt.Errorf("export to %s: %w", out, err)
	case len(entries) == 0:
	default:
		if _, err := os.Stat(filepath.Join(out, staticMarker)); err != nil {
			return fmt.Errorf("export to %s: directory is not empty and holds no previous export (%s)", out, staticMarker)
		}
		if err := os.RemoveAll(out); err != nil {
			return fmt.Errorf("export to %s: remove previous export: %w", out, err)
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("export to %s: %w", out, err)
	}
	return nil
}

// fetch asks the handler for url as a browser would (without compression)
// and returns the body of a 200 answer.
func fetch(h http.Handler, url string) ([]byte, error) {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest(http.MethodGet, url, nil)
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("export %s: status %d", url, rec.Code)
	}
	return rec.Body.Bytes(), nil
}

// writeOut writes data to out/name (a slash path), creating folders.
func writeOut(out, name string, data []byte) error {
	p := filepath.Join(out, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		return fmt.Errorf("export %s: %w", name, err)
	}
	return nil
}

// compressible lists the extensions worth compressing.
var compressible = map[string]bool{
	".html": true, ".js": true, ".css": true, ".webmanifest": true, ".wasm": true, ".svg": true, ".json": true, ".txt": true,
}

// compressTree writes FILE.br and FILE.gz beside every compressible FILE
// under dir that has none yet. It returns how many it wrote.
func compressTree(dir string) (int, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if compressible[filepath.Ext(p)] {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("export: compress: %w", err)
	}
	sort.Strings(files)
	n := 0
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			return n, fmt.Errorf("export: compress: %w", err)
		}
		for _, c := range []struct {
			ext string
			enc func([]byte) ([]byte, error)
		}{{".br", brotliBytes}, {".gz", gzipBytes}} {
			if _, err := os.Stat(p + c.ext); err == nil {
				continue
			}
			b, err := c.enc(raw)
			if err != nil {
				return n, fmt.Errorf("export: compress %s: %w", p, err)
			}
			if err := os.WriteFile(p+c.ext, b, 0o644); err != nil {
				return n, fmt.Errorf("export: %w", err)
			}
			n++
		}
	}
	return n, nil
}

func brotliBytes(raw []byte) ([]byte, error) {
	var b bytes.Buffer
	w := brotli.NewWriterLevel(&b, brotli.BestCompression)
	if _, err := w.Write(raw); err != nil {
		return nil, err
	}
	err := w.Close()
	return b.Bytes(), err
}

func gzipBytes(raw []byte) ([]byte, error) {
	var b bytes.Buffer
	w, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(raw); err != nil {
		return nil, err
	}
	err = w.Close()
	return b.Bytes(), err
}

// headersFile returns the _headers file: the server's security headers
// and revalidation for every path; the type of app.wasm.
func headersFile() string {
	h := http.Header{}
	setSecurityHeaders(h)
	names := make([]string, 0, len(h))
	for k := range h {
		names = append(names, k)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("# Written by `diptych static`: the Go server's headers, for Netlify and Cloudflare Pages.\n/*\n")
	for _, k := range names {
		b.WriteString("  " + k + ": " + h.Get(k) + "\n")
	}
	b.WriteString("  Cache-Control: no-cache\n")
	b.WriteString("/web/app.wasm\n  Content-Type: application/wasm\n")
	return b.String()
}

// precacheList finds the worker's list of resources to precache.
var precacheList = regexp.MustCompile(`const resourcesToCache = (\[[^\]]*\])`)

// checkPrecache verifies that every same-origin resource the worker
// precaches is a file (or folder index) of the export.
func checkPrecache(out, worker string) error {
	m := precacheList.FindStringSubmatch(worker)
	if m == nil {
		return errors.New("export: app-worker.js: no resourcesToCache list")
	}
	for _, q := range regexp.MustCompile(`"([^"]*)"`).FindAllStringSubmatch(m[1], -1) {
		u := q[1]
		if !strings.HasPrefix(u, "/") || strings.HasPrefix(u, "//") {
			continue
		}
		p := strings.SplitN(u, "?", 2)[0]
		name := filepath.Join(out, filepath.FromSlash(p))
		if strings.HasSuffix(p, "/") {
			name = filepath.Join(name, "index.html")
		}
		if st, err := os.Stat(name); err != nil || st.IsDir() {
			return fmt.Errorf("export: the worker precaches %s, which the export lacks", u)
		}
	}
	return nil
}
