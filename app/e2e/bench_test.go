package e2e

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus/index"
)

// TestBench is `make bench`: payload, start-up, in-browser search latency
// against MiniSearch, Lunr and FlexSearch, and index builds, measured in
// one run and printed as one table (also written to
// .cache/bench/results.md). It runs only with DIPTYCH_BENCH=1, after `make
// build`; parts that need ../shared/data say "skipped" without it.
// DIPTYCH_BENCH_RUNS sets the start-up runs (default 5).
//
// It asserts only that every measurement happened; the figures are for
// people to read.
func TestBench(t *testing.T) {
	if os.Getenv("DIPTYCH_BENCH") != "1" {
		t.Skip("bench: run `make bench` (or set DIPTYCH_BENCH=1)")
	}
	work := filepath.Join(root, ".cache", "bench")
	require.NoError(t, os.MkdirAll(work, 0o755))
	data := sharedData()
	// DIPTYCH_BENCH_PARTS (e.g. "search,typing") runs only some parts.
	parts := os.Getenv("DIPTYCH_BENCH_PARTS")
	part := func(name string) bool { return parts == "" || strings.Contains(parts, name) }
	r := &benchReport{date: time.Now().UTC().Format("2006-01-02 15:04 MST"), machine: machine()}

	// Build: the build tool over each corpus, timed one after the other.
	tool := filepath.Join(work, "buildtool")
	goCmd(t, nil, append(append([]string{"build"}, releaseFlags...), "-o", tool, "./build")...)
	corpora := []struct{ name, path string }{{"seeds", filepath.Join(root, "corpus", "articles")}}
	if data != "" {
		corpora = append(corpora,
			struct{ name, path string }{"Cranfield", filepath.Join(data, "cranfield", "corpus.jsonl")},
			struct{ name, path string }{"BBC", filepath.Join(data, "bbc")})
	} else {
		r.skipped = append(r.skipped, "Cranfield search, Cranfield and BBC builds, BBC typing and comparison: ../shared/data absent")
	}
	built := map[string]indexBuild{}
	for _, c := range corpora {
		if !part("build") {
			built[c.name] = indexBuild{out: filepath.Join(work, strings.ToLower(c.name)+".bin")}
			continue
		}
		b := buildIndex(t, tool, c.path, filepath.Join(work, strings.ToLower(c.name)+".bin"))
		b.corpus = c.name
		r.builds = append(r.builds, benchIndexRow(t, b))
		built[c.name] = b
	}

	// Payload: ours as `make build` made it, the baseline built here.
	baseDir := filepath.Join(work, "baseline")
	if part("payload") || part("start") {
		var basePlain, baseFlagged sizes
		baseDir, basePlain, baseFlagged = buildBaseline(t, work, part("payload"))
		r.ours = builtSizes(t, filepath.Join(root, "web", "app.wasm"))
		r.basePlain, r.baseFlagged = basePlain, baseFlagged
	}

	// Start-up, ours and the baseline's, alternating.
	runs := 5
	if n, err := strconv.Atoi(os.Getenv("DIPTYCH_BENCH_RUNS")); err == nil && n > 0 {
		runs = n
	}
	if !part("start") {
		runs = 0
	}
	// Ours once more with app.wasm sent uncompressed, as the baseline is:
	// on loopback, bytes cost nothing and decoding does.
	rawWeb := filepath.Join(work, "web-uncompressed")
	if runs > 0 {
		require.NoError(t, os.RemoveAll(rawWeb))
		require.NoError(t, os.MkdirAll(rawWeb, 0o755))
		entries, err := os.ReadDir(filepath.Join(root, "web"))
		require.NoError(t, err)
		for _, e := range entries {
			if e.IsDir() || strings.HasSuffix(e.Name(), ".br") || strings.HasSuffix(e.Name(), ".gz") {
				continue
			}
			data, err := os.ReadFile(filepath.Join(root, "web", e.Name()))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(rawWeb, e.Name()), data, 0o644))
		}
	}
	for i := range runs {
		// Each app in its own subtest, so its browser and server are gone
		// before the next starts; the order rotates from run to run.
		apps := []struct {
			name       string
			start      func(t *testing.T) string // serves the app, returns its URL
			cold, warm *[]float64
			phases     *[]startPhases
		}{
			{"Diptych", func(t *testing.T) string { return startServer(t, freeAddr(t), filepath.Join(root, "web")).url("/") }, &r.ourCold, &r.ourWarm, &r.ourPhases},
			{"baseline", func(t *testing.T) string {
				addr := freeAddr(t)
				return startBinary(t, baseDir, addr, filepath.Join(baseDir, "baseline"), "-addr", addr).url("/")
			}, &r.baseCold, &r.baseWarm, &r.basePhases},
			{"Diptych uncompressed", func(t *testing.T) string { return startServer(t, freeAddr(t), rawWeb).url("/") }, &r.rawCold, &r.rawWarm, &r.rawPhases},
		}
		for k := range apps {
			a := apps[(i+k)%len(apps)]
			t.Run(fmt.Sprintf("start-up %d %s", i+1, a.name), func(t *testing.T) {
				c, w, ph, v := measureStart(t, a.start(t), a.name != "baseline")
				*a.cold, *a.warm = append(*a.cold, c), append(*a.warm, w)
				*a.phases = append(*a.phases, ph)
				r.browser = v
			})
		}
	}

	if data != "" && part("search") {
		r.search = benchSearch(t, work, filepath.Join(data, "cranfield"), built["Cranfield"].out)
	}
	if data != "" && (part("typing") || part("compare")) {
		// One app over the BBC corpus serves both parts.
		bbc := built["BBC"].out
		if !part("build") { // built earlier, perhaps in another index format
			bbc = buildIndex(t, tool, filepath.Join(data, "bbc"), bbc).out
		}
		bin, web := buildWithIndex(t, work, "bbc", bbc)
		if part("typing") {
			r.typing = benchTyping(t, bin, web)
		}
		if part("compare") {
			r.compare = benchCompare(t, bbc, bin, web)
		}
	}

	table := r.markdown()
	fmt.Println("\n" + table)
	require.NoError(t, os.WriteFile(filepath.Join(work, "results.md"), []byte(table), 0o644))
	assert.Len(t, r.ourCold, runs)
	assert.Len(t, r.baseCold, runs)
}

// sharedData finds ../shared/data beside the repository (or
// $DIPTYCH_DATA), or returns "".
func sharedData() string {
	for _, d := range []string{os.Getenv("DIPTYCH_DATA"), filepath.Join(root, "..", "shared", "data")} {
		if d == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(d, "cranfield", "corpus.jsonl")); err == nil {
			return d
		}
	}
	return ""
}

// machine describes the CPU the bench ran on.
func machine() string {
	model := runtime.GOARCH
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
		f.Close()
	}
	return fmt.Sprintf("%s, %d cores, %s", model, runtime.NumCPU(), runtime.Version())
}

// startPhases are the moments of a cold start, in ms from navigation: the
// page asks for app.wasm, its last byte arrives, it is compiled and
// instantiated (Go's main starts right after), the first view is mounted
// (the "diptych:ready" mark), and, for Diptych, the article list that
// follows it is rendered (the "diptych:list" mark; 0 for the baseline).
type startPhases struct{ requested, arrived, compiled, ready, list float64 }

// markCompiledJS makes a page mark "bench:compiled" when
// WebAssembly.instantiateStreaming resolves, i.e. just before go.run. It
// wraps the function without touching its arguments, so the response still
// streams into the compiler.
const markCompiledJS = `(() => {
  const instantiate = WebAssembly.instantiateStreaming;
  if (!instantiate) return;
  WebAssembly.instantiateStreaming = function (source, imports) {
    return instantiate.call(WebAssembly, source, imports).then((r) => { performance.mark("bench:compiled"); return r; });
  };
})();`

// measureStart opens url in a new browser profile (cold), waits for the
// service worker, opens it again (warm) and returns both times from
// navigation to the "diptych:ready" mark, in ms, the phases of the cold
// start (with the article list's, if list) and the browser version.
func measureStart(t *testing.T, url string, list bool) (cold, warm float64, phases startPhases, version string) {
	t.Helper()
	b := newBrowser(t)
	_, err := chromedp.Call(b.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: markCompiledJS})
	require.NoError(t, err)
	b.run(t, "open "+url, chromedp.Navigate(url))
	b.waitFor(t, "the ready mark", `performance.getEntriesByName("diptych:ready").length > 0`)
	cold = eval[float64](t, b, `performance.getEntriesByName("diptych:ready")[0].startTime`)
	p := eval[[]float64](t, b, `(() => {
  const e = performance.getEntriesByType("resource").find(e => e.name.endsWith("app.wasm"));
  const c = performance.getEntriesByName("bench:compiled")[0];
  return e && c ? [e.startTime, e.responseEnd, c.startTime, e.encodedBodySize] : [];
})()`)
	require.Len(t, p, 4, "app.wasm's resource timing and the compiled mark")
	phases = startPhases{requested: p[0], arrived: p[1], compiled: p[2], ready: cold}
	if list {
		b.waitFor(t, "the list mark", `performance.getEntriesByName("diptych:list").length > 0`)
		phases.list = eval[float64](t, b, `performance.getEntriesByName("diptych:list")[0].startTime`)
	}
	t.Logf("%s cold: app.wasm requested %.0f ms, arrived %.0f ms (%.0f bytes), compiled %.0f ms, first view %.0f ms", url, p[0], p[1], p[3], p[2], cold)
	eval[bool](t, b, `navigator.serviceWorker.ready.then(r => !!r.active)`)
	b.waitFor(t, "a controlling service worker", `navigator.serviceWorker.controller !== null`)
	b.run(t, "reopen "+url, chromedp.Navigate(url))
	b.waitFor(t, "the ready mark", `performance.getEntriesByName("diptych:ready").length > 0`)
	warm = eval[float64](t, b, `performance.getEntriesByName("diptych:ready")[0].startTime`)
	res, err := chromedp.Call(b.ctx, cdpbrowser.GetVersion, cdp.Empty{})
	if err == nil {
		version = res.Product
	}
	return cold, warm, phases, version
}

// benchIndexRow reads what an index build made.
func benchIndexRow(t *testing.T, b indexBuild) indexRow {
	t.Helper()
	data, err := os.ReadFile(b.out)
	require.NoError(t, err)
	ix, err := index.Decode(string(data))
	require.NoError(t, err)
	var text strings.Builder
	for _, a := range ix.Articles {
		text.WriteString(a.Title)
		text.WriteByte('\n')
		for _, p := range a.Paragraphs {
			text.WriteString(p)
			text.WriteByte('\n')
		}
	}
	return indexRow{build: b, index: compressedSizes(t, data), text: compressedSizes(t, []byte(text.String()))}
}

// indexRow is a corpus's build and the sizes of its index and text.
type indexRow struct {
	build       indexBuild
	index, text sizes
}

// searchEngine is one engine's figures from testdata/bench.js.
type searchEngine struct {
	Name    string     `json:"name"`
	BuildMs *float64   `json:"buildMs"`
	Size    *float64   `json:"size"`
	Lat     []float64  `json:"lat"`
	IDs     [][]string `json:"ids"`
	ndcg    float64
}

type searchReport struct {
	articles  int
	queries   int
	reps      int
	indexSize int // Diptych's index.bin
	engines   []searchEngine
}

// benchSearch serves Diptych built over Cranfield, loads the three
// JavaScript libraries into its page and runs testdata/bench.js there.
func benchSearch(t *testing.T, work, cranDir, indexFile string) *searchReport {
	t.Helper()
	npm := exec.Command("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
	npm.Dir = filepath.Join(root, "build", "bench")
	out, err := npm.CombinedOutput()
	require.NoError(t, err, "npm ci in build/bench: %s", out)

	bin, web := buildWithIndex(t, work, "cranfield", indexFile)
	addr := freeAddr(t)
	srv := startBinary(t, root, addr, bin, "-addr", addr, "-web", web)

	type doc struct {
		ID    string `json:"id"`
		Title string `json:"title"`
		Text  string `json:"text"`
	}
	var docs []doc
	f, err := os.Open(filepath.Join(cranDir, "corpus.jsonl"))
	require.NoError(t, err)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d doc
		require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
		docs = append(docs, d)
	}
	require.NoError(t, sc.Err())
	f.Close()
	var queries [][2]string
	qf, err := os.ReadFile(filepath.Join(cranDir, "queries.tsv"))
	require.NoError(t, err)
	for _, line := range strings.Split(string(qf), "\n") {
		if id, q, ok := strings.Cut(line, "\t"); ok {
			queries = append(queries, [2]string{id, q})
		}
	}
	const reps = 10
	payload, err := json.Marshal(map[string]any{"docs": docs, "queries": queries, "reps": reps})
	require.NoError(t, err)
	script, err := os.ReadFile(filepath.Join(root, "app", "e2e", "testdata", "bench.js"))
	require.NoError(t, err)

	b := newBrowser(t)
	// The app's CSP allows no script but its own files: the bench
	// evaluates the libraries into the page, with CSP bypassed.
	_, err = chromedp.Call(b.ctx, page.SetBypassCSP, page.SetBypassCSPParams{Enabled: true})
	require.NoError(t, err)
	b.run(t, "open the Cranfield app", chromedp.Navigate(srv.url("/")))
	b.waitFor(t, "window.diptych", `typeof window.diptych === "object"`)
	nm := filepath.Join(root, "build", "bench", "node_modules")
	for _, lib := range []struct{ global, file string }{
		{"MiniSearch", "minisearch/dist/umd/index.js"},
		{"lunr", "lunr/lunr.js"},
		{"FlexSearch", "flexsearch/dist/flexsearch.bundle.min.js"},
	} {
		src, err := os.ReadFile(filepath.Join(nm, filepath.FromSlash(lib.file)))
		require.NoError(t, err)
		// Each UMD build is loaded as a CommonJS module, the one way all
		// three export the same.
		eval[bool](t, b, "(() => { const module = {exports: {}}; const exports = module.exports;\n"+string(src)+
			"\n;window."+lib.global+" = module.exports; return typeof window."+lib.global+" !== 'undefined'; })()")
	}
	eval[bool](t, b, "window.__bench = "+string(payload)+"; true")
	ctx, cancel := context.WithTimeout(b.ctx, 15*time.Minute)
	defer cancel()
	type result struct {
		Articles int            `json:"articles"`
		Engines  []searchEngine `json:"engines"`
	}
	res, err := chromedp.Run(ctx, chromedp.Evaluate[result](string(script), chromedp.EvalAwaitPromise))
	require.NoError(t, err, "testdata/bench.js")
	qrels := readQrels(t, filepath.Join(cranDir, "qrels.txt"))
	for i := range res.Engines {
		e := &res.Engines[i]
		require.Len(t, e.Lat, len(queries), e.Name)
		e.ndcg = meanNDCG10(queries, e.IDs, qrels)
	}
	return &searchReport{articles: res.Articles, queries: len(queries), reps: reps, indexSize: fileSize(t, indexFile), engines: res.Engines}
}

// readQrels reads Cranfield's judgements: query id -> doc id -> gain.
func readQrels(t *testing.T, name string) map[string]map[string]float64 {
	t.Helper()
	data, err := os.ReadFile(name)
	require.NoError(t, err)
	q := map[string]map[string]float64{}
	for _, line := range strings.Split(string(data), "\n") {
		p := strings.Fields(line)
		if len(p) != 4 {
			continue
		}
		g, err := strconv.ParseFloat(p[3], 64)
		if err != nil || g < 0 {
			g = 0
		}
		if q[p[0]] == nil {
			q[p[0]] = map[string]float64{}
		}
		q[p[0]][p[2]] = g
	}
	return q
}

// meanNDCG10 is nDCG@10 with linear gains, averaged over the queries with
// a relevant document, as app/search's Cranfield test computes it.
func meanNDCG10(queries [][2]string, ids [][]string, qrels map[string]map[string]float64) float64 {
	sum, n := 0.0, 0
	for i, q := range queries {
		rels := qrels[q[0]]
		var gains []float64
		for _, g := range rels {
			if g >= 1 {
				gains = append(gains, g)
			}
		}
		if len(gains) == 0 || i >= len(ids) {
			continue
		}
		n++
		dcg := 0.0
		for k, id := range ids[i] {
			if k == 10 {
				break
			}
			dcg += rels[id] / math.Log2(float64(k+2))
		}
		sort.Sort(sort.Reverse(sort.Float64Slice(gains)))
		idcg := 0.0
		for k, g := range gains {
			if k == 10 {
				break
			}
			idcg += g / math.Log2(float64(k+2))
		}
		sum += dcg / idcg
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// typingReport is what typing a query into the BBC app cost.
type typingReport struct {
	articles  int
	keys      int
	longTasks []float64 // ms
	typed     []float64 // keystroke to the frame showing its results, ms
	cpuLong   []float64 // CPU time of the main-thread tasks over 50 ms of it, ms
	// cpu is the main thread's CPU time over the typing (and the second
	// after), longestCPU that of its longest task, ms.
	cpu, longestCPU float64
}

// benchTyping serves Diptych built over the BBC corpus (bin and web) and types a query
// into the search box at a reader's pace, recording long tasks: as the
// page sees them (wall time, which waiting for a core on a loaded machine
// inflates) and from a trace (the CPU time of each task). It logs,
// key by key, the long tasks and where the time went, from the search
// view's performance measures: "engine" (the search), "render" (building
// the view, search included), "frame" (render and go-app's DOM update),
// "facets" (the counts, once idle) and "type" (keystroke to paint).
func benchTyping(t *testing.T, bin, web string) *typingReport {
	t.Helper()
	addr := freeAddr(t)
	srv := startBinary(t, root, addr, bin, "-addr", addr, "-web", web)
	b := newBrowser(t)
	b.run(t, "open the BBC app", chromedp.Navigate(srv.url("/")))
	b.waitClient(t)
	b.waitFor(t, "the search box", `document.getElementById("q") !== null`)
	n := eval[int](t, b, `window.diptych.ready.then(r => r.articles)`)
	eval[bool](t, b, `(() => { window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({type: "longtask"}); window.__loaf = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push({start: e.startTime, dur: e.duration, block: e.blockingDuration, render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0, style: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0, scripts: e.scripts.map(s => s.invoker + " " + Math.round(s.duration) + "ms")}); }).observe({type: "long-animation-frame"}); return true; })()`)
	const query = "government spending plans"
	b.run(t, "focus", chromedp.Click(chromedp.ID("q")))
	var keyAt []float64
	tasks := traceMainTasks(t, b, func() {
		for _, r := range query {
			keyAt = append(keyAt, eval[float64](t, b, `performance.now()`))
			b.run(t, "type", chromedp.SendKeys(chromedp.ID("q"), string(r)))
			time.Sleep(150 * time.Millisecond)
		}
		time.Sleep(time.Second)
	})
	b.waitFor(t, "results", `document.querySelectorAll('#results .result').length > 0`)
	long := eval[[][2]float64](t, b, `window.__long`)
	type measure struct {
		Name     string  `json:"name"`
		Start    float64 `json:"startTime"`
		Duration float64 `json:"duration"`
	}
	ms := eval[[]measure](t, b, `performance.getEntriesByType("measure").filter(e => e.name.startsWith("diptych:")).map(e => ({name: e.name, startTime: e.startTime, duration: e.duration}))`)
	type loaf struct {
		Start   float64  `json:"start"`
		Dur     float64  `json:"dur"`
		Block   float64  `json:"block"`
		Render  float64  `json:"render"`
		Style   float64  `json:"style"`
		Scripts []string `json:"scripts"`
	}
	loafs := eval[[]loaf](t, b, `window.__loaf`)
	r := &typingReport{articles: n, keys: len(query)}
	for _, task := range tasks {
		r.cpu += task.cpu
		r.longestCPU = max(r.longestCPU, task.cpu)
		if task.cpu > 50 {
			r.cpuLong = append(r.cpuLong, task.cpu)
		}
		if task.wall > 50 || task.cpu > 50 {
			t.Logf("main-thread task over 50 ms: %.0f ms, of which %.0f ms of CPU", task.wall, task.cpu)
		}
	}
	for _, l := range long {
		r.longTasks = append(r.longTasks, l[1])
	}
	for _, m := range ms {
		if m.Name == "diptych:type" {
			r.typed = append(r.typed, m.Duration)
		}
	}
	keyAt = append(keyAt, math.Inf(1))
	for i := range len(query) {
		in := func(x float64) bool { return x >= keyAt[i] && x < keyAt[i+1] }
		line := fmt.Sprintf("key %2d %q:", i+1, query[:i+1])
		for _, l := range long {
			if in(l[0]) {
				line += fmt.Sprintf(" LONG TASK %.0f ms at %+.0f;", l[1], l[0]-keyAt[i])
			}
		}
		for _, l := range loafs {
			if in(l.Start) {
				line += fmt.Sprintf(" [frame %.0f ms at %+.0f: blocking %.0f, rendering %.0f, style+layout %.0f, scripts %v]", l.Dur, l.Start-keyAt[i], l.Block, l.Render, l.Style, l.Scripts)
			}
		}
		sum := map[string]float64{}
		for _, m := range ms {
			if in(m.Start) {
				sum[strings.TrimPrefix(m.Name, "diptych:")] += m.Duration
			}
		}
		for _, k := range []string{"engine", "render", "frame", "facets", "type"} {
			line += fmt.Sprintf(" %s %.1f", k, sum[k])
		}
		t.Log(line + " (ms)")
	}
	return r
}
