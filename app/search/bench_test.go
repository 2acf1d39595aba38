package search

import (
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The latency benchmarks time single queries on the Cranfield index (1,398
// abstracts) and report, beside ns/op (the mean, machine load included),
// the median and 95th percentile over the queries of each query's fastest
// run ("median-ms", "p95-ms"): on a shared machine the fastest of a
// query's repetitions is the best estimate of its unloaded cost, while the
// spread across queries (short and long, rare and common words) stays.
// Run with -benchtime 6750x (30 runs of each of the 225 queries).
//
// On Linux they also report the same percentiles of CPU time
// ("cpu-median-ms", "cpu-p95-ms"): the CPU time of the thread running the
// query, which waiting for a core on a shared machine does not inflate.

// benchQueries runs qs round-robin b.N times with opts and reports the
// percentiles.
func benchQueries(b *testing.B, qs []string, opts Options) {
	c := cranfield(b)
	e, err := FromIndex(c.ix)
	require.NoError(b, err)
	var res Result         // reused, as the JavaScript API does
	for _, q := range qs { // warm the pools and caches
		e.SearchInto(q, opts, &res)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	wall := make([][]time.Duration, len(qs))
	cpu := make([][]time.Duration, len(qs))
	_, haveCPU := threadCPU()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		k := i % len(qs)
		c0, _ := threadCPU()
		t := time.Now()
		e.SearchInto(qs[k], opts, &res)
		wall[k] = append(wall[k], time.Since(t))
		c1, _ := threadCPU()
		cpu[k] = append(cpu[k], c1-c0)
	}
	b.StopTimer()
	report(b, wall, "")
	if haveCPU {
		report(b, cpu, "cpu-")
	}
}

// report reports the median and 95th percentile over the queries of each
// query's fastest run.
func report(b *testing.B, samples [][]time.Duration, prefix string) {
	var per []time.Duration
	for _, s := range samples {
		if len(s) > 0 {
			slices.Sort(s)
			per = append(per, s[0])
		}
	}
	if len(per) == 0 {
		return
	}
	slices.Sort(per)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(per[len(per)/2]), prefix+"median-ms")
	b.ReportMetric(ms(per[len(per)*95/100]), prefix+"p95-ms")
}

func cranfieldQueries(b testing.TB) []string {
	c := cranfield(b)
	qs := make([]string, len(c.queries))
	for i, q := range c.queries {
		qs[i] = q[1]
	}
	return qs
}

// BenchmarkSearchCranfield is the app's case: each of the 225 natural
// language queries, top 10 with snippets and facets.
func BenchmarkSearchCranfield(b *testing.B) {
	benchQueries(b, cranfieldQueries(b), Options{Plain: true})
}

// BenchmarkSearchCranfieldCore is ranking alone: no snippets or facets.
func BenchmarkSearchCranfieldCore(b *testing.B) {
	benchQueries(b, cranfieldQueries(b), Options{Plain: true, NoSnippets: true, NoFacets: true})
}

// BenchmarkSearchCranfieldTyping is search as you type: every prefix of
// the first three words of each query, the last word a prefix.
func BenchmarkSearchCranfieldTyping(b *testing.B) {
	var qs []string
	for _, q := range cranfieldQueries(b) {
		words := strings.Fields(q)
		line := ""
		for _, w := range words[:min(3, len(words))] {
			for i := 1; i <= len(w); i++ {
				qs = append(qs, line+w[:i])
			}
			line += w + " "
		}
	}
	benchQueries(b, qs, Options{Typing: true})
}
