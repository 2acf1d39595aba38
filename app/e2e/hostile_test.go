package e2e

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"diptych/build/hostile"
	"diptych/corpus"
	"diptych/corpus/index"
)

// This file treats every article, field and URL as hostile (issue 9):
// the app built over testdata/hostile must never run the corpus's markup,
// must render only http(s) and same-origin links, and every view and every
// malformed link must still give a page. testdata/hostile/README.md lists
// the cases and what the app does with each.

// writeHostileCorpus writes the hostile corpus (build/hostile) into dir.
func writeHostileCorpus(t *testing.T, dir string) {
	t.Helper()
	require.NoError(t, hostile.Write(filepath.Join(root, "testdata", "hostile"), dir))
}

// hostileApp is the app built over the hostile corpus.
type hostileApp struct {
	bin, web string
	ix       *index.Index
}

// buildHostileApp builds the app over the hostile corpus in a copy of the
// module, leaving the repository's app/index.bin and web/ alone: the index,
// app.wasm (compressed) and the server. Most packages come from the shared
// build cache, so this is mostly linking.
func buildHostileApp(t *testing.T) *hostileApp {
	t.Helper()
	tmp := t.TempDir()
	mod, corpusDir, web := filepath.Join(tmp, "mod"), filepath.Join(tmp, "corpus"), filepath.Join(tmp, "web")
	for _, d := range []string{mod, corpusDir, web} {
		require.NoError(t, os.MkdirAll(d, 0o755))
	}
	args := []string{"-r"}
	for _, f := range []string{"go.mod", "go.sum", "app", "corpus", "build"} {
		args = append(args, filepath.Join(root, f))
	}
	run(t, root, nil, "cp", append(args, mod)...)
	writeHostileCorpus(t, corpusDir)

	start := time.Now()
	run(t, mod, nil, "go", "run", "./build", "index", "-corpus", corpusDir, "-out", "app/index.bin")
	indexTime := time.Since(start)
	start = time.Now()
	bin := filepath.Join(tmp, "bin", "diptych")
	flags := []string{"build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w"}
	run(t, mod, []string{"GOOS=js", "GOARCH=wasm"}, "go", append(flags, "-o", filepath.Join(web, "app.wasm"), "./app")...)
	run(t, mod, nil, "go", append(flags, "-o", bin, "./app")...)
	entries, err := os.ReadDir(filepath.Join(root, "web"))
	require.NoError(t, err)
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), "app.wasm") {
			run(t, root, nil, "cp", filepath.Join(root, "web", e.Name()), web)
		}
	}
	run(t, mod, nil, "go", "run", "./build", "compress", filepath.Join(web, "app.wasm"))
	appTime := time.Since(start)

	data, err := os.ReadFile(filepath.Join(mod, "app", "index.bin"))
	require.NoError(t, err)
	ix, err := index.Decode(string(data))
	require.NoError(t, err)
	st, err := os.Stat(filepath.Join(web, "app.wasm"))
	require.NoError(t, err)
	br, err := os.Stat(filepath.Join(web, "app.wasm.br"))
	require.NoError(t, err)
	t.Logf("hostile build: %d articles; index %d bytes in %s; app.wasm %d bytes (brotli %d) and server in %s",
		len(ix.Articles), len(data), indexTime.Round(time.Second), st.Size(), br.Size(), appTime.Round(time.Second))
	return &hostileApp{bin: bin, web: web, ix: ix}
}

// run runs a command in dir, failing the test with its output on error.
func run(t *testing.T, dir string, env []string, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s %s\n%s", name, strings.Join(args, " "), out)
}

// hostileView is a page of the hostile app and a text it must show.
type hostileView struct {
	path string
	want string // text the rendered main element must contain
}

// hostileViews lists every view of the hostile app worth a look: each
// committed hostile article, the generated ones, comparisons, searches for
// the payloads, the story and the not-found pages.
func hostileViews(t *testing.T, ix *index.Index) []hostileView {
	t.Helper()
	var views []hostileView
	byTitle := map[string]*corpus.Article{}
	for i := range ix.Articles {
		a := &ix.Articles[i]
		byTitle[a.Title] = a
		if strings.HasPrefix(a.ID, "row-") && a.ID != "row-00000" && a.ID != "row-09999" {
			continue
		}
		views = append(views, hostileView{articlePath(a.ID), clipRunes(a.Title, 50)})
	}
	require.Greater(t, len(views), 20)
	pairs := [][2]string{{"quote-breakout", "x"}, {"market-hall-reopens", "script-window-pwned-txt-title-script-harbour"}, {"bidi", "emoji-cjk"}, {"long-title", "js-url"}, {"row-00000", "row-09999"}, {"quote-breakout", "quote-breakout"}}
	for _, p := range pairs {
		l, okL := ix.Article(p[0])
		r, okR := ix.Article(p[1])
		require.True(t, okL && okR, "articles %v", p)
		views = append(views, hostileView{"/compare/" + url.PathEscape(l.ID) + "/" + url.PathEscape(r.ID), clipRunes(r.Title, 50)})
	}
	big := byTitle["A single paragraph of a megabyte"]
	require.NotNil(t, big)
	views = append(views,
		hostileView{"/compare/" + big.ID + "/long-title", "A single paragraph of a megabyte"},
		hostileView{"/", "Cycle path extended"},
		hostileView{"/search?q=" + url.QueryEscape(`<script>alert(1)</script>`), "Ferry timetable"},
		hostileView{"/search?q=" + url.QueryEscape(`" autofocus onfocus=alert(1) x="`), ""},
		hostileView{"/search?q=" + url.QueryEscape("港口"), "港口议会投票"},
		hostileView{"/search?q=javascript", "Bridge toll cut"},
		hostileView{"/story", "Cycle path extended"},
		hostileView{"/entity/" + url.PathEscape("<script>"), "<script>"},
		hostileView{"/article/nope", "nope"},
	)
	return views
}

func articlePath(id string) string { return "/article/" + url.PathEscape(id) }

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

// Attributes no page of the app ever has: event handlers (checked by
// prefix), and what a hostile text would add by breaking out of an
// attribute.
var forbiddenAttrs = map[string]bool{"autofocus": true, "pwned-attr": true, "srcdoc": true, "formaction": true, "style": true, "x": true}

// appScripts are the only scripts a page of the app has, all in the head:
// go-app's two and the direct search path (web/diptych.js).
var appScripts = []string{"/wasm_exec.js", "/app.js", "/web/diptych.js"}

// Elements no page of the app ever has (scripts are checked apart).
var forbiddenElements = map[string]bool{"iframe": true, "frame": true, "frameset": true, "object": true, "embed": true, "applet": true,
	"style": true, "base": true, "template": true, "math": true, "foreignobject": true, "video": true, "audio": true, "source": true,
	"track": true, "portal": true, "noscript": true, "marquee": true}

// urlAttrs are the attributes holding URLs.
var urlAttrs = map[string]bool{"href": true, "src": true, "action": true, "formaction": true, "xlink:href": true, "poster": true, "data": true, "cite": true, "background": true, "ping": true}

// safeLink matches a URL attribute that is an http(s) URL or a path of this
// origin: no other scheme, no protocol-relative URL, no leading space.
var safeLink = regexp.MustCompile(`^(?i:https?://[^\s/]|/[^/\\]|/$|#|\?)`)

// prerenderProblems lists what is wrong with a page as the server sent it.
func prerenderProblems(doc *html.Node) []string {
	var out []string
	var walk func(n *html.Node, inHead bool)
	walk = func(n *html.Node, inHead bool) {
		if n.Type == html.ElementNode {
			tag := strings.ToLower(n.Data)
			if n.DataAtom == atom.Head {
				inHead = true
			}
			switch {
			case forbiddenElements[tag]:
				out = append(out, "element <"+tag+">")
			case tag == "script":
				src := attr(n, "src")
				if !inHead || !slices.Contains(appScripts, src) || n.FirstChild != nil {
					out = append(out, fmt.Sprintf("script src=%q (in head: %v)", src, inHead))
				}
			case (tag == "link" || tag == "meta" || tag == "title") && !inHead && n.Namespace == "":
				out = append(out, "element <"+tag+"> outside the head")
			case tag == "img" && !strings.HasPrefix(attr(n, "src"), "/web/"):
				out = append(out, fmt.Sprintf("img src=%q", attr(n, "src")))
			}
			for _, a := range n.Attr {
				name := strings.ToLower(a.Key)
				if a.Namespace != "" {
					name = a.Namespace + ":" + name
				}
				if strings.HasPrefix(name, "on") || forbiddenAttrs[name] {
					out = append(out, fmt.Sprintf("<%s %s=%q>", tag, name, a.Val))
				}
				if urlAttrs[name] && !safeLink.MatchString(a.Val) {
					out = append(out, fmt.Sprintf("<%s %s=%q>: not an http(s) or same-origin URL", tag, name, a.Val))
				}
				if urlAttrs[name] && tag != "a" && strings.HasPrefix(strings.ToLower(a.Val), "http") {
					out = append(out, fmt.Sprintf("<%s %s=%q>: loads from another origin", tag, name, a.Val))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead)
		}
	}
	walk(doc, false)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// domProblems is prerenderProblems for the live page, plus the sentinels:
// the global every payload sets and the CSP violations recorded by
// watchHostile's script.
const domProblems = `(() => {
  const out = [];
  if (typeof window.__pwned !== "undefined") out.push("window.__pwned = " + String(window.__pwned));
  if (typeof window.pwned !== "undefined") out.push("window.pwned = " + String(window.pwned));
  for (const v of (window.__cspViolations || [])) out.push("CSP violation: " + v);
  const forbiddenAttrs = new Set(` + "`" + `FORBIDDEN_ATTRS` + "`" + `.split(" "));
  const forbiddenElements = new Set(` + "`" + `FORBIDDEN_ELEMENTS` + "`" + `.split(" "));
  const urlAttrs = new Set(` + "`" + `URL_ATTRS` + "`" + `.split(" "));
  const safe = /^(?:[hH][tT][tT][pP][sS]?:\/\/[^\s\/]|\/[^\/\\]|\/$|#|\?)/;
  for (const el of document.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    const inHead = el.closest("head") !== null;
    if (forbiddenElements.has(tag)) out.push("element <" + tag + ">");
    if (tag === "script") {
      const src = el.getAttribute("src") || "";
      if (!inHead || !` + "`" + `APP_SCRIPTS` + "`" + `.split(" ").includes(src) || el.textContent !== "") out.push("script src=" + src);
    }
    if (["link", "meta"].includes(tag) && !inHead) out.push("element <" + tag + "> outside the head");
    if (tag === "img" && !(el.getAttribute("src") || "").startsWith("/web/")) out.push("img src=" + el.getAttribute("src"));
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith("on") || forbiddenAttrs.has(name)) out.push("<" + tag + " " + name + "=" + JSON.stringify(a.value) + ">");
      if (urlAttrs.has(name)) {
        let ok = safe.test(a.value);
        try {
          const u = new URL(a.value, location.href);
          ok = ok && (u.protocol === "http:" || u.protocol === "https:");
          if (tag !== "a" && u.origin !== location.origin) out.push("<" + tag + " " + name + "=" + JSON.stringify(a.value) + ">: another origin");
        } catch (e) { ok = false; }
        if (!ok) out.push("<" + tag + " " + name + "=" + JSON.stringify(a.value) + ">: not an http(s) or same-origin URL");
      }
    }
  }
  return out;
})()`

func keys(m map[string]bool) string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return strings.Join(out, " ")
}

func domProblemsJS() string {
	r := strings.NewReplacer("FORBIDDEN_ATTRS", keys(forbiddenAttrs), "FORBIDDEN_ELEMENTS", keys(forbiddenElements), "URL_ATTRS", keys(urlAttrs), "APP_SCRIPTS", strings.Join(appScripts, " "))
	return r.Replace(domProblems)
}

// watchHostile makes the browser record Content-Security-Policy violations
// in window.__cspViolations (in every new document, before the page's own
// scripts) and dismiss any JavaScript dialog, counting it in dialogs.
func watchHostile(t *testing.T, b *browser) (dialogs func() []string) {
	t.Helper()
	_, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI + " " + e.sourceFile + ":" + e.lineNumber));`,
	})
	require.NoError(t, err)
	var seen []string
	go func() {
		for ev, err := range chromedp.Events(b.ctx, page.JavascriptDialogOpening) {
			if err != nil {
				return
			}
			b.record(&seen, string(ev.Type)+": "+ev.Message)
			_, _ = chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	return func() []string {
		b.mu.Lock()
		defer b.mu.Unlock()
		return append([]string(nil), seen...)
	}
}

// TestHostileCorpus builds the app over testdata/hostile (plus a 1 MiB
// paragraph and 10,000 one-line articles) and checks, for every view, the
// server's pre-rendered HTML and the page the client renders: nothing the
// corpus holds runs (the sentinel global stays unset, no dialog opens, no
// CSP violation), no unexpected element or attribute appears, every link is
// http(s) or of this origin, and every view shows its content.
func TestHostileCorpus(t *testing.T) {
	h := buildHostileApp(t)
	srv := startServerBin(t, h.bin, freeAddr(t), h.web)
	views := hostileViews(t, h.ix)
	client := &http.Client{Timeout: 30 * time.Second}

	t.Run("pre-render", func(t *testing.T) {
		for _, v := range views {
			res, err := client.Get(srv.url(v.path))
			require.NoError(t, err, v.path)
			doc, err := html.Parse(res.Body)
			res.Body.Close()
			require.NoError(t, err, v.path)
			assert.Equal(t, http.StatusOK, res.StatusCode, v.path)
			assert.Empty(t, prerenderProblems(doc), "pre-render of %s", v.path)
			assert.Contains(t, textOf(findMain(doc)), v.want, "pre-render of %s shows its content", v.path)
		}
	})

	t.Run("client", func(t *testing.T) {
		b := newBrowser(t)
		dialogs := watchHostile(t, b)
		problems := domProblemsJS()
		b.run(t, "open /", chromedp.Navigate(srv.url("/")))
		waitLong(t, b, "the client to render", `document.querySelector('[data-client="true"] main') !== null`)
		t.Logf("client ready on / with %d articles after %.0f ms", len(h.ix.Articles), readyTime(t, b))
		// "Show more" lists the next hundred each time it is pressed (its
		// handler must read the live count, not one captured at render).
		const listed = `document.querySelectorAll('[data-client="true"] main li.result').length`
		waitLong(t, b, "the first hundred articles", listed+` === 100`)
		for _, want := range []int{200, 300} {
			b.run(t, "show more articles", chromedp.Click("#more"))
			waitLong(t, b, fmt.Sprintf("%d articles listed", want), fmt.Sprintf(`%s === %d`, listed, want))
		}
		for _, v := range views {
			start := time.Now()
			eval[bool](t, b, fmt.Sprintf(`(goappNav(%q), true)`, v.path))
			waitLong(t, b, v.path, fmt.Sprintf(`location.pathname + location.search === %q && document.querySelector('[data-client="true"] main') !== null && document.querySelector('[data-client="true"] main').textContent.includes(%q)`, canonical(v.path), v.want))
			if d := time.Since(start); d > 2*time.Second {
				t.Logf("client: %s rendered in %s", v.path, d.Round(100*time.Millisecond))
			}
			assert.Empty(t, eval[[]string](t, b, problems), "client page %s", v.path)
		}
		// A deep link opened directly: the title and aria-labels are set
		// by the client at start-up.
		b.run(t, "open a comparison directly", chromedp.Navigate(srv.url("/compare/quote-breakout/x")))
		waitLong(t, b, "the client to render", `document.querySelector('[data-client="true"] main') !== null`)
		assert.Empty(t, eval[[]string](t, b, problems), "client page opened directly")
		assert.Contains(t, eval[string](t, b, `document.title`), `" autofocus onfocus="`, "the title is text")
		// Markup in the body is shown as text.
		eval[bool](t, b, `(goappNav("/article/script-window-pwned-txt-title-script-harbour"), true)`)
		waitLong(t, b, "the raw text article", `document.querySelector('[data-client="true"] main').textContent.includes('<script>window.__pwned = "txt-body"')`)
		assert.Empty(t, dialogs(), "no dialog may open")
		b.assertClean(t, false)
	})
}

// waitLong is browser.waitFor with room for a busy machine: with 10,000
// articles, a list view renders 10,000 items (about 6 s on an idle 2-core
// machine, 30 s on a loaded one).
func waitLong(t *testing.T, b *browser, what, predicate string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 4*time.Minute)
	defer cancel()
	for {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](predicate, chromedp.WithPollingInterval(50*time.Millisecond)))
		if err == nil {
			return
		}
		if ctx.Err() != nil || !strings.Contains(err.Error(), "context") {
			require.NoError(t, err, "waiting for %s (%s)", what, predicate)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// canonical is the path and query a browser shows for path.
func canonical(path string) string {
	u, err := url.Parse(path)
	if err != nil {
		return path
	}
	return u.EscapedPath() + map[bool]string{true: "?" + u.RawQuery}[u.RawQuery != ""]
}

// findMain returns the <main> element of doc (or doc).
func findMain(doc *html.Node) *html.Node {
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Main {
			found = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if found == nil {
		return doc
	}
	return found
}

// textOf is the text content of n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// TestHostileLinks opens links anyone could craft: each gives a sensible
// view, and the app still searches afterwards.
func TestHostileLinks(t *testing.T) {
	ix := loadIndex(t)
	a := ix.Articles[0]
	long := strings.Repeat("ceasefire gaza ", 10000/15+1)[:10000]
	tests := []struct {
		name, path string
		status     int    // from the server
		want       string // text the client's main element must contain
	}{
		{"script in the query", "/search?q=" + url.QueryEscape(`<script>alert(1)</script><img src=x onerror=alert(1)>`), 200, "<script>alert(1)"},
		{"10,000-character query", "/search?q=" + url.QueryEscape(long), 200, ""},
		{"dot segments", "/article/%2e%2e/%2e%2e/x", 200, "Not found"},
		{"escaped slash", "/article/a%2Fb", 200, "Not found"},
		{"unknown id", "/article/no-such-article", 200, "no-such-article"},
		{"malformed escape in the query", "/search?q=%zz%E0%A4", 200, ""},
		{"malformed escape in the path", "/article/%zz", 400, "%zz"},
		{"invalid UTF-8 in the path", "/article/%C0%AF%FF", 200, "Not found"},
		{"NUL in the path", "/article/%00", 200, "Not found"},
		{"same article twice", "/compare/" + a.ID + "/" + a.ID, 200, a.Title},
		{"unknown pair", "/compare/a/a", 200, "Not found"},
		{"one side only", "/compare/" + a.ID, 200, "Not found"},
		{"one side unknown", "/compare/" + a.ID + "/nope", 200, "nope"},
		{"over-long id", "/article/" + strings.Repeat("a", 5000), 200, "Not found"},
	}
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	b := newBrowser(t)
	dialogs := watchHostile(t, b)
	problems := domProblemsJS()
	problemsCall := problems
	// With a service worker in charge, as for any reader after the first
	// visit: it gives the app shell for the URLs the server refuses.
	b.run(t, "open /", chromedp.Navigate(srv.url("/")))
	b.waitClient(t)
	b.waitFor(t, "a controlling service worker", `navigator.serviceWorker.controller !== null`)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, body := rawGet(t, srv.addr, tc.path)
			assert.Equal(t, tc.status, status)
			if status == http.StatusOK {
				doc, err := html.Parse(strings.NewReader(body))
				require.NoError(t, err)
				assert.Empty(t, prerenderProblems(doc))
				assert.Contains(t, textOf(findMain(doc)), tc.want, "the server's page")
			}

			b.run(t, "open "+tc.name, chromedp.Navigate(srv.url(tc.path)))
			b.waitClient(t)
			b.waitFor(t, "the view", fmt.Sprintf(`document.querySelector('[data-client="true"] main').textContent.includes(%q) && document.querySelector('[data-client="true"] main h1, [data-client="true"] main #results') !== null`, tc.want))
			assert.Empty(t, eval[[]string](t, b, problems))
		})
	}
	// The checker itself finds what it looks for.
	planted := eval[[]string](t, b, `(() => {
  const a = document.createElement("a");
  a.setAttribute("href", " javascript:void 0");
  a.setAttribute("onpwned", ""); // an on* name that is no event, so nothing is compiled
  const tpl = document.createElement("template");
  document.body.append(a, tpl);
  const out = `+problemsCall+`;
  a.remove(); tpl.remove();
  return out;
})()`)
	assert.Len(t, planted, 3, "a javascript: link, its handler and a <template> are reported: %v", planted)

	// The client still works: typing searches.
	b.run(t, "open /", chromedp.Navigate(srv.url("/")))
	b.waitClient(t)
	b.run(t, "type Rafah", chromedp.SendKeys(chromedp.ID("q"), "Rafah"))
	b.waitFor(t, "results", `location.search === "?q=Rafah" && document.querySelectorAll('#results li').length > 0`)
	assert.Empty(t, dialogs())
	b.assertClean(t, false)
}

// rawGet sends a GET for path as is (Go's http client refuses to send a
// malformed one) and returns the status and body, failing the test if the
// server does not answer within 30 seconds.
func rawGet(t *testing.T, addr, path string) (int, string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	require.NoError(t, err)
	defer conn.Close()
	require.NoError(t, conn.SetDeadline(time.Now().Add(30*time.Second)))
	_, err = fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", path, addr)
	require.NoError(t, err)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err, "the server answers %s", clipRunes(path, 80))
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res.StatusCode, string(body)
}

// TestContentSecurityPolicy checks that the policy reaches the browser and
// is enforced: an inline script, a data: script, an inline style and framing the app
// are all refused, and the app's own pages load without a violation.
func TestContentSecurityPolicy(t *testing.T) {
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	b := newBrowser(t)
	watchHostile(t, b)
	b.run(t, "open /", chromedp.Navigate(srv.url("/")))
	b.waitClient(t)
	assert.Empty(t, eval[[]string](t, b, `window.__cspViolations`), "the app itself causes no violation")
	b.assertClean(t, false)

	headers := eval[map[string]string](t, b, `fetch(location.href).then((r) => Object.fromEntries(r.headers.entries()))`)
	csp := headers["content-security-policy"]
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"} {
		assert.Contains(t, csp, want)
	}
	assert.NotContains(t, csp, "unsafe-inline")
	assert.NotContains(t, csp, "'unsafe-eval'", "only WebAssembly may be compiled")
	assert.NotContains(t, csp, "http", "no other origin is allowed")
	assert.Equal(t, "nosniff", headers["x-content-type-options"])
	assert.Equal(t, "no-referrer", headers["referrer-policy"])

	blocked := eval[map[string]any](t, b, `(async () => {
  const s = document.createElement("script");
  s.textContent = "window.__inline = 1";
  document.body.appendChild(s);
  const d0 = document.createElement("script");
  d0.src = "data:text/javascript,window.__data=1";
  document.body.appendChild(d0);
  const d = document.createElement("div");
  d.setAttribute("style", "color: red");
  document.body.appendChild(d);
  const styled = getComputedStyle(d).color === "rgb(255, 0, 0)";
  const f = document.createElement("iframe");
  f.src = "/";
  const framed = await new Promise((resolve) => {
    f.onload = () => { let ok = false; try { ok = f.contentDocument !== null && f.contentDocument.querySelector("main") !== null; } catch (e) {} resolve(ok); };
    document.body.appendChild(f);
    setTimeout(() => resolve(false), 10000);
  });
  await new Promise((r) => setTimeout(r, 100));
  return {inline: window.__inline === 1, data: window.__data === 1, styled: styled, framed: framed, violations: window.__cspViolations.map((v) => v.split(" ")[0])};
})()`)
	assert.Equal(t, false, blocked["inline"], "an inline script must not run")
	assert.Equal(t, false, blocked["data"], "a data: script must not run")
	assert.Equal(t, false, blocked["styled"], "an inline style attribute must be ignored")
	assert.Equal(t, false, blocked["framed"], "the app must refuse to be framed")
	assert.Subset(t, blocked["violations"], []any{"script-src-elem", "style-src-attr"}, "the refusals are CSP violations")
}
