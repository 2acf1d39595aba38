package e2e

import (
	"bufio"
	"errors"
	"mime"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// host serves a static export the way GitHub Pages, Netlify and Cloudflare
// Pages do: the file at the path, else the folder's index.html, else
// 404.html with status 404. Like them it sends a precompressed FILE.br or
// FILE.gz when the browser accepts it, applies the _headers file (Netlify
// syntax) and never serves names starting with "." or "_".
type host struct {
	dir     string
	headers []headerRule
	addr    string
	srv     *http.Server
}

// headerRule is one path pattern of _headers and the headers it sets.
type headerRule struct {
	pattern string // "/*", "/web/*" or an exact path
	header  http.Header
}

// startHost serves dir on addr until the test ends or stop is called.
func startHost(t *testing.T, addr, dir string) *host {
	t.Helper()
	h := &host{dir: dir, addr: addr}
	h.headers = readHeaders(t, filepath.Join(dir, "_headers"))
	ln, err := net.Listen("tcp", addr)
	require.NoError(t, err)
	h.srv = &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = h.srv.Serve(ln) }()
	t.Cleanup(h.stop)
	return h
}

func (h *host) url(p string) string { return "http://" + h.addr + p }

func (h *host) stop() { _ = h.srv.Close() }

// readHeaders parses a _headers file: unindented lines are path patterns,
// indented "Name: value" lines the headers for the pattern above them.
func readHeaders(t *testing.T, name string) []headerRule {
	t.Helper()
	f, err := os.Open(name)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	require.NoError(t, err)
	defer f.Close()
	var rules []headerRule
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#"):
		case line[0] != ' ' && line[0] != '\t':
			rules = append(rules, headerRule{pattern: strings.TrimSpace(line), header: http.Header{}})
		default:
			require.NotEmpty(t, rules, "_headers: header before any path: %q", line)
			k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
			require.True(t, ok, "_headers: not a header: %q", line)
			rules[len(rules)-1].header.Add(strings.TrimSpace(k), strings.TrimSpace(v))
		}
	}
	require.NoError(t, sc.Err())
	return rules
}

func (r headerRule) matches(p string) bool {
	if prefix, ok := strings.CutSuffix(r.pattern, "*"); ok {
		return strings.HasPrefix(p, prefix)
	}
	return p == r.pattern
}

func (h *host) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := path.Clean("/" + r.URL.Path)
	status := http.StatusOK
	file, ok := h.lookup(p)
	if !ok {
		if file, ok = h.lookup(p + "/index.html"); !ok {
			file, status = filepath.Join(h.dir, "404.html"), http.StatusNotFound
		}
	}
	for _, rule := range h.headers {
		if rule.matches(p) {
			for k, vs := range rule.header {
				w.Header()[k] = vs
			}
		}
	}
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", contentType(file))
	}
	body := file
	for _, enc := range []struct{ ext, name string }{{".br", "br"}, {".gz", "gzip"}} {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), enc.name) {
			continue
		}
		if st, err := os.Stat(file + enc.ext); err == nil && !st.IsDir() {
			body = file + enc.ext
			w.Header().Set("Content-Encoding", enc.name)
			w.Header().Add("Vary", "Accept-Encoding")
			break
		}
	}
	data, err := os.ReadFile(body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(status)
	if r.Method == http.MethodGet {
		_, _ = w.Write(data)
	}
}

// lookup returns the file for URL path p, if it is a regular file a host
// would publish.
func (h *host) lookup(p string) (string, bool) {
	for _, seg := range strings.Split(p, "/") {
		if strings.HasPrefix(seg, ".") || strings.HasPrefix(seg, "_") {
			return "", false
		}
	}
	name := filepath.Join(h.dir, filepath.FromSlash(p))
	st, err := os.Stat(name)
	return name, err == nil && st.Mode().IsRegular()
}

func contentType(name string) string {
	switch filepath.Ext(name) {
	case ".webmanifest":
		return "application/manifest+json"
	case ".wasm":
		return "application/wasm"
	}
	if t := mime.TypeByExtension(filepath.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}
