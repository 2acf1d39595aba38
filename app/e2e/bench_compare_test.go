package e2e

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"diptych/app/compare"
	"diptych/corpus/index"
)

// The "compare" part of `make bench`: issue #7's budget, two ~1,000-word
// articles compared in the browser in under 30 ms, measured on the BBC
// corpus (research-only text: read at bench time, never committed).

// comparePhases are the stages the app records as
// "diptych:compare:STAGE" (see compare.Options.Phase).
var comparePhases = []string{"analyse", "similarity", "figures", "align", "diff", "sets"}

// compareTiming is one comparison made in the browser.
type compareTiming struct {
	ids         [2]string
	left, right int // words
	ms          float64
	phases      []float64 // ms, in comparePhases order
	// shown is from the comparison's start to the next animation frame,
	// ms: the comparison, the view's render and the page's update.
	shown float64
	// task is the long task (> 50 ms) that held the comparison, ms: the
	// comparison, the render and whatever else ran in one go; 0 when that
	// task was not a long one.
	task float64
}

// compareReport is the figures of the compare part.
type compareReport struct {
	articles   int
	pairs      [][2]string
	apps       []*compareApp
	loadBefore string
	loadAfter  string
}

// compareApp is one build of the app and its comparisons.
type compareApp struct {
	name     string
	bin, web string
	first    []compareTiming // the first comparison after a cold load
	later    []compareTiming // comparisons after it, in the same page
	// warmUp are the start-up warm-ups' times, ms, when the build has one.
	warmUp []float64
}

// minCompareWords and maxCompareWords bound the articles the compare part
// pairs: "two 1,000-word articles".
const (
	minCompareWords = 800
	maxCompareWords = 1300
	comparePairs    = 10
	// maxCompareSimilarity leaves out the BBC's near-duplicates (the
	// same story filed twice), which align trivially.
	maxCompareSimilarity = 0.9
)

// loadavg returns the first three fields of /proc/loadavg.
func loadavg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

// longPairs returns up to k disjoint pairs of articles of ix with
// minCompareWords to maxCompareWords words each, the most similar pairs
// that are not near-duplicates first, and the word counts by id.
func longPairs(t *testing.T, ix *index.Index, k int) ([][2]string, map[string]int) {
	t.Helper()
	words := map[string]int{}
	var long []int
	for i := range ix.Articles {
		a := &ix.Articles[i]
		// The words a comparison counts, as the build stored them.
		st, err := ix.Sentences.Article(i)
		require.NoError(t, err, "the sentences of %s", a.ID)
		n := st.Words
		words[a.ID] = n
		if n >= minCompareWords && n <= maxCompareWords {
			long = append(long, i)
		}
	}
	docs := compare.StoredDocs(ix)
	type cand struct {
		i, j int
		s    float64
	}
	var cands []cand
	for x, i := range long {
		for _, j := range long[x+1:] {
			cands = append(cands, cand{i, j, compare.Similarity(&docs[i], &docs[j])})
		}
	}
	slices.SortStableFunc(cands, func(a, b cand) int {
		switch {
		case a.s > b.s:
			return -1
		case a.s < b.s:
			return 1
		}
		return 0
	})
	used := map[int]bool{}
	var pairs [][2]string
	for _, c := range cands {
		if len(pairs) == k {
			break
		}
		if used[c.i] || used[c.j] || c.s > maxCompareSimilarity {
			continue
		}
		used[c.i], used[c.j] = true, true
		pairs = append(pairs, [2]string{ix.Articles[c.i].ID, ix.Articles[c.j].ID})
		t.Logf("pair %s (%d words) / %s (%d words): similarity %.3f", ix.Articles[c.i].ID, words[ix.Articles[c.i].ID], ix.Articles[c.j].ID, words[ix.Articles[c.j].ID], c.s)
	}
	require.NotEmpty(t, pairs, "no two articles of %d-%d words", minCompareWords, maxCompareWords)
	return pairs, words
}

// benchCompare serves Diptych built over indexFile (the BBC corpus; bin
// and web) and,
// for each of a few pairs of similar ~1,000-word articles, opens the
// pair's /compare link in a new browser profile (the first comparison
// after a cold load, as a colleague opening a shared link gets) and then
// compares the other pairs, both ways round, in the same page.
//
// DIPTYCH_BENCH_COMPARE_BASELINE may name the work directories (comma
// separated) of other builds' compare part (each holding diptych and
// web/, from earlier commits): the builds then take turns, pair by pair,
// so that all see the same machine load.
func benchCompare(t *testing.T, indexFile, bin, web string) *compareReport {
	t.Helper()
	data, err := os.ReadFile(indexFile)
	require.NoError(t, err)
	ix, err := index.Decode(string(data))
	require.NoError(t, err)
	pairs, words := longPairs(t, ix, comparePairs)
	rep := &compareReport{articles: len(ix.Articles), pairs: pairs, loadBefore: loadavg()}
	rep.apps = append(rep.apps, &compareApp{name: "this build", bin: bin, web: web})
	for _, dir := range strings.Split(os.Getenv("DIPTYCH_BENCH_COMPARE_BASELINE"), ",") {
		if dir != "" {
			rep.apps = append(rep.apps, &compareApp{name: "baseline " + dir, bin: dir + "/diptych", web: dir + "/web"})
		}
	}

	var paths [][2]string // every pair both ways round
	for _, p := range pairs {
		paths = append(paths, p, [2]string{p[1], p[0]})
	}
	for k, p := range pairs {
		for n := range rep.apps {
			app := rep.apps[(k+n)%len(rep.apps)]
			t.Run(fmt.Sprintf("cold %d %s", k+1, app.name), func(t *testing.T) {
				addr := freeAddr(t)
				srv := startBinary(t, root, addr, app.bin, "-addr", addr, "-web", app.web)
				got, warm := comparePage(t, srv, p, paths)
				app.warmUp = append(app.warmUp, warm...)
				for i := range got {
					got[i].left, got[i].right = words[got[i].ids[0]], words[got[i].ids[1]]
				}
				app.first = append(app.first, got[0])
				app.later = append(app.later, got[1:]...)
				t.Logf("first %.1f ms (stages %v), later %v", got[0].ms, got[0].phases, msOf(got[1:]))
			})
		}
	}
	rep.loadAfter = loadavg()
	return rep
}

// comparePage opens the comparison p in a new browser profile, then
// compares paths (but p) in the same page, and returns the times and the
// start-up warm-up's, if the build has one.
func comparePage(t *testing.T, srv *server, p [2]string, paths [][2]string) ([]compareTiming, []float64) {
	t.Helper()
	b := newBrowser(t)
	b.run(t, "open "+p[0]+"/"+p[1], chromedp.Navigate(srv.url("/compare/"+p[0]+"/"+p[1])))
	eval[bool](t, b, `(() => { window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({type: "longtask", buffered: true}); return true; })()`)
	b.waitFor(t, "the rows", `document.querySelectorAll('[data-client="true"] .compare .rows .row').length > 0`)
	order := [][2]string{p}
	for _, q := range paths {
		if q == p {
			continue
		}
		path := "/compare/" + q[0] + "/" + q[1]
		eval[any](t, b, `(() => { const a = document.createElement('a'); a.href = `+strconv.Quote(path)+`; a.textContent = 'x'; document.querySelector('main').append(a); a.click(); return 0; })()`)
		b.waitFor(t, path, `location.pathname === `+strconv.Quote(path)+` && document.querySelector('.compare .column.right h2 a').getAttribute('href') === `+strconv.Quote("/article/"+q[1]))
		order = append(order, q)
	}
	got := readCompareTimings(t, b, len(order))
	for i, q := range order {
		got[i].ids = q
	}
	warm := eval[[]float64](t, b, `performance.getEntriesByName("diptych:warm-up").map(e => e.duration)`)
	return got, warm
}

// readCompareTimings reads the page's comparison measures, their stages
// and the long tasks that held them.
func readCompareTimings(t *testing.T, b *browser, n int) []compareTiming {
	t.Helper()
	type entry struct {
		Start float64 `json:"s"`
		Dur   float64 `json:"d"`
	}
	get := func(name string) []entry {
		return eval[[]entry](t, b, `performance.getEntriesByName(`+strconv.Quote(name)+`).map(e => ({s: e.startTime, d: e.duration}))`)
	}
	all := get("diptych:compare")
	require.Len(t, all, n, "one measure per comparison")
	out := make([]compareTiming, n)
	for k, ph := range comparePhases {
		es := get("diptych:compare:" + ph)
		require.Len(t, es, n, "one %s measure per comparison", ph)
		for i := range out {
			if k == 0 {
				out[i].phases = make([]float64, len(comparePhases))
			}
			out[i].phases[k] = es[i].Dur
		}
	}
	// Builds from before that measure have none.
	if shown := get("diptych:compare-shown"); len(shown) > 0 {
		require.Len(t, shown, n, "one compare-shown measure per comparison")
		for i, e := range shown {
			out[i].shown = e.Dur
		}
	}
	long := eval[[][2]float64](t, b, `window.__long`)
	for i, e := range all {
		out[i].ms = e.Dur
		for _, l := range long {
			if l[0] <= e.Start && e.Start+e.Dur <= l[0]+l[1] {
				out[i].task = l[1]
			}
		}
	}
	return out
}

func msOf(ts []compareTiming) []float64 {
	out := make([]float64, len(ts))
	for i, x := range ts {
		out[i] = float64(int(x.ms*10+0.5)) / 10
	}
	return out
}

// markdown renders the compare part's table.
func (r *compareReport) markdown() string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("**Comparing two ~1,000-word articles in the browser** (BBC, %d articles; %d pairs of similar articles (not near-duplicates) of %d-%d words; each pair opened by its /compare link in a new browser profile, then the other pairs compared both ways round in the same page; load average %s before, %s after)\n\n",
		r.articles, len(r.pairs), minCompareWords, maxCompareWords, r.loadBefore, r.loadAfter)
	p("| | n | median | p95 | max | words per side | shown (next frame): median | p95 | max | long tasks (> 50 ms) holding one | longest such task |\n|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|\n")
	row := func(name string, ts []compareTiming) {
		var ms, shown []float64
		lo, hi, long, worst := 1<<30, 0, 0, 0.0
		for _, x := range ts {
			ms = append(ms, x.ms)
			shown = append(shown, x.shown)
			lo, hi = min(lo, x.left, x.right), max(hi, x.left, x.right)
			if x.task > 0 {
				long++
				worst = max(worst, x.task)
			}
		}
		p("| %s | %d | %.1f ms | %.1f ms | %.1f ms | %d-%d | %.0f ms | %.0f ms | %.0f ms | %d | %.0f ms |\n", name, len(ts), median(ms), percentile(ms, 95), percentile(ms, 100), lo, hi,
			median(shown), percentile(shown, 95), percentile(shown, 100), long, worst)
	}
	for _, a := range r.apps {
		row(a.name+": first after a cold load", a.first)
		row(a.name+": later, same page", a.later)
	}
	for _, a := range r.apps {
		p("\n%s, stages (median ms, first / later): ", a.name)
		for k, ph := range comparePhases {
			var f, l []float64
			for _, x := range a.first {
				f = append(f, x.phases[k])
			}
			for _, x := range a.later {
				l = append(l, x.phases[k])
			}
			if k > 0 {
				p(", ")
			}
			p("%s %.1f / %.1f", ph, median(f), median(l))
		}
		p(".\nFirst comparisons (ms): %v.\n", msOf(a.first))
		if len(a.warmUp) > 0 {
			p("Start-up warm-up (two short articles compared before the first render, then a garbage collection): median %.1f ms, max %.1f ms.\n", median(a.warmUp), percentile(a.warmUp, 100))
		}
	}
	p("\n\"Shown\" runs from the comparison's start to the next animation frame: the comparison, the view's render and the page's update (a baseline build without that measure shows 0). The long task that holds the first comparison is the app's start-up (decoding the index, first render); for later ones it is the comparison and its render.\n\n")
	return b.String()
}
