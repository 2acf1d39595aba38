package search

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// BenchmarkSearchCranfield runs the 225 Cranfield queries (natural
// language, top 10 with snippets and facets, as the app asks) round-robin,
// and reports the median and 95th percentile latency of single queries.
func BenchmarkSearchCranfield(b *testing.B) {
	c := cranfield(b)
	e, err := FromIndex(c.ix)
	require.NoError(b, err)
	for _, q := range c.queries { // warm the pools
		e.Search(q[1], Options{Plain: true})
	}
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		q := c.queries[i%len(c.queries)][1]
		t := time.Now()
		e.Search(q, Options{Plain: true})
		lat = append(lat, time.Since(t))
	}
	b.StopTimer()
	reportPercentiles(b, lat)
}

// BenchmarkSearchCranfieldTyping is the search-as-you-type case: every
// prefix of each query's first three words, with the last word a prefix.
func BenchmarkSearchCranfieldTyping(b *testing.B) {
	c := cranfield(b)
	e, err := FromIndex(c.ix)
	require.NoError(b, err)
	var qs []string
	for _, q := range c.queries {
		words := 0
		for i := 1; i <= len(q[1]); i++ {
			if i == len(q[1]) || q[1][i] == ' ' {
				words++
			}
			qs = append(qs, q[1][:i])
			if words == 3 {
				break
			}
		}
	}
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		t := time.Now()
		e.Search(qs[i%len(qs)], Options{Typing: true})
		lat = append(lat, time.Since(t))
	}
	b.StopTimer()
	reportPercentiles(b, lat)
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	if len(lat) == 0 {
		return
	}
	slices.Sort(lat)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(lat[len(lat)/2]), "median-ms")
	b.ReportMetric(ms(lat[len(lat)*95/100]), "p95-ms")
	_ = fmt.Sprint
}
