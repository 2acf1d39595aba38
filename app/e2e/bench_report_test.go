package e2e

import (
	"fmt"
	"sort"
	"strings"
)

// benchReport collects the figures of one `make bench` run.
type benchReport struct {
	date, machine, browser string
	skipped                []string

	ours, basePlain, baseFlagged sizes
	builds                       []indexRow

	ourCold, ourWarm, baseCold, baseWarm []float64 // ms
	rawCold, rawWarm                     []float64 // ours, app.wasm uncompressed
	ourPhases, rawPhases, basePhases     []startPhases

	search  *searchReport
	typing  *typingReport
	compare *compareReport
}

// percentile returns the p-th percentile (nearest rank) of xs.
func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	k := int(p/100*float64(len(s))+0.5) - 1
	k = max(0, min(k, len(s)-1))
	return s[k]
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func ratio(a, b float64) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

// markdown renders the report as one Markdown table per part.
func (r *benchReport) markdown() string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("`make bench`, %s, %s, %s.\n\n", r.date, r.machine, r.browser)

	p("**Payload** (app.wasm; gzip and brotli at their best levels)\n\n")
	p("| | raw | gzip | brotli | brotli vs baseline |\n|---|---:|---:|---:|---:|\n")
	row := func(name string, s sizes) {
		p("| %s | %s | %s | %s | %s |\n", name, mb(s.raw), mb(s.gzip), mb(s.brotli), ratio(float64(s.brotli), float64(r.baseFlagged.brotli)))
	}
	row("Diptych, seed corpus (`make build`)", r.ours)
	row("baseline, with `-trimpath -ldflags='-s -w'`", r.baseFlagged)
	row("baseline, plain `go build` (as in go-app's guide)", r.basePlain)
	p("\nThe baseline is build/bench/baseline: go-app v10.1.11's hello world (one main, `app.Handler` serving `web/app.wasm`, net/http linked into the client as in the guide) plus a search box and the same ready mark.\n\n")

	p("**Start-up** (navigation to a rendered view with a search box, median of %d runs, each in a new browser profile; warm = second visit, through the service worker)\n\n", len(r.ourCold))
	p("| | cold | warm |\n|---|---:|---:|\n")
	p("| Diptych (seed corpus) | %.0f ms | %.0f ms |\n", median(r.ourCold), median(r.ourWarm))
	p("| Diptych, app.wasm sent uncompressed | %.0f ms | %.0f ms |\n", median(r.rawCold), median(r.rawWarm))
	p("| baseline (app.wasm uncompressed, as go-app serves it) | %.0f ms | %.0f ms |\n", median(r.baseCold), median(r.baseWarm))
	p("| ratio | %s | %s |\n\n", ratio(median(r.ourCold), median(r.baseCold)), ratio(median(r.ourWarm), median(r.baseWarm)))
	p("Where a cold start goes (medians of each phase, ms): the page until it asks for app.wasm; app.wasm arriving; compiling what is left once it has arrived; Go's start, up to the first view mounted (the search box); then, for Diptych, until the article list is rendered (it follows the first view).\n\n")
	p("| | page to request | download | compile after last byte | Go start to first view | first view to article list |\n|---|---:|---:|---:|---:|---:|\n")
	phaseRow := func(name string, ph []startPhases) {
		get := func(f func(startPhases) float64) float64 {
			xs := make([]float64, len(ph))
			for i, x := range ph {
				xs[i] = f(x)
			}
			return median(xs)
		}
		list := "—"
		if len(ph) > 0 && ph[0].list > 0 {
			list = fmt.Sprintf("%.0f", get(func(x startPhases) float64 { return x.list - x.ready }))
		}
		p("| %s | %.0f | %.0f | %.0f | %.0f | %s |\n", name,
			get(func(x startPhases) float64 { return x.requested }),
			get(func(x startPhases) float64 { return x.arrived - x.requested }),
			get(func(x startPhases) float64 { return x.compiled - x.arrived }),
			get(func(x startPhases) float64 { return x.ready - x.compiled }), list)
	}
	phaseRow("Diptych (seed corpus)", r.ourPhases)
	phaseRow("Diptych, app.wasm sent uncompressed", r.rawPhases)
	phaseRow("baseline", r.basePhases)
	p("\n")

	if s := r.search; s != nil {
		p("**Search in the browser**: Cranfield, %d articles, %d queries, each run %d times in a row (latency = mean of those runs), all engines in the same page, interleaved per query; top 10 ids.\n\n", s.articles, s.queries, s.reps)
		p("| engine | median | p95 | nDCG@10 | index | index build in page |\n|---|---:|---:|---:|---:|---:|\n")
		for _, e := range s.engines {
			size, build := fmt.Sprintf("%s (index.bin, with the text)", mb(s.indexSize)), "at build time"
			if e.Size != nil {
				size = mb(int(*e.Size)) + " (JSON)"
			}
			if e.BuildMs != nil {
				build = fmt.Sprintf("%.0f ms", *e.BuildMs)
			}
			p("| %s | %.3f ms | %.3f ms | %.4f | %s | %s |\n", e.Name, median(e.Lat), percentile(e.Lat, 95), e.ndcg, size, build)
		}
		p("\n")
	}

	p("**Index build** (`build index`, one process each, on this machine)\n\n")
	p("| corpus | articles | time | peak memory | index | index brotli | text brotli | index / text brotli |\n|---|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, c := range r.builds {
		p("| %s | %d | %.1f s | %.0f MB | %s | %s | %s | %s |\n", c.build.corpus, c.build.articles, c.build.wall.Seconds(), float64(c.build.peakKB)/1024,
			mb(c.index.raw), mb(c.index.brotli), mb(c.text.brotli), ratio(float64(c.index.brotli), float64(c.text.brotli)))
	}
	p("\n")

	if ty := r.typing; ty != nil {
		worst := 0.0
		for _, d := range ty.longTasks {
			worst = max(worst, d)
		}
		p("**Typing on BBC** (%d articles): %d keys at 150 ms intervals into the search box: %d long tasks (> 50 ms), the longest %.0f ms; "+
			"from a trace, %d tasks over 50 ms of CPU time, the longest task %.0f ms of CPU, the main thread's CPU time %.0f ms per key; "+
			"keystroke to results on screen: median %.0f ms, slowest %.0f ms. On a loaded machine a task's wall time includes its waits for a core; its CPU time does not.\n\n",
			ty.articles, ty.keys, len(ty.longTasks), worst, len(ty.cpuLong), ty.longestCPU, ty.cpu/float64(ty.keys), median(ty.typed), percentile(ty.typed, 100))
	}
	if c := r.compare; c != nil {
		p("%s", c.markdown())
	}
	for _, s := range r.skipped {
		p("Skipped: %s.\n", s)
	}
	return b.String()
}
