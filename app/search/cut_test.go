package search

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKthLargest(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	tests := []struct {
		name   string
		values []float64
	}{
		{"one", []float64{3}},
		{"distinct", []float64{5, 1, 4, 2, 3}},
		{"all equal", []float64{2, 2, 2, 2, 2, 2}},
		{"many ties", []float64{1, 3, 3, 2, 3, 1, 2, 3, 1, 1}},
		{"negative and zero", []float64{-1, 0, -3, 0.5, -0.25}},
	}
	gen := func(n int, f func(i int) float64) []float64 {
		out := make([]float64, n)
		for i := range out {
			out[i] = f(i)
		}
		return out
	}
	tests = append(tests, []struct {
		name   string
		values []float64
	}{
		{"a hundred with ties", gen(100, func(int) float64 { return float64(rng.IntN(10)) })},
		{"a thousand with ties", gen(1000, func(int) float64 { return float64(rng.IntN(100)) })},
		// From 256 values on, bucketed first.
		{"bucketed, spread", gen(3000, func(int) float64 { return rng.ExpFloat64() * 7 })},
		{"bucketed, with ties and zeros", gen(2000, func(int) float64 { return float64(rng.IntN(5)) })},
		{"bucketed, one large value", gen(1500, func(i int) float64 { return 1e-9 * float64(i%97) * float64(1+i/1499*1e12) })},
		{"bucketed, negative values", gen(1100, func(int) float64 { return rng.NormFloat64() })},
	}...)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sorted := slices.Clone(tc.values)
			slices.Sort(sorted)
			slices.Reverse(sorted)
			for k := 1; k <= len(tc.values); k += 1 + len(tc.values)/300 {
				a := slices.Clone(tc.values)
				assert.Equal(t, sorted[k-1], kthLargest(a, k), "k=%d", k)
			}
		})
	}
}

// TestCutBuckets checks the bucketed cut against the plain one (every
// match listed, the keep-th best score found by kthLargest): the same
// documents with the same scores, and the same Total.
func TestCutBuckets(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	gen := func(n int, f func(i int) float64) []float64 {
		out := make([]float64, n)
		for i := range out {
			out[i] = f(i)
		}
		return out
	}
	tests := []struct {
		name  string
		acc   []float64
		slack float64 // bound = slack × the largest score
	}{
		{"spread, exact bound", gen(1400, func(int) float64 { return rng.ExpFloat64() * 7 }), 1},
		{"spread, loose bound", gen(1400, func(int) float64 { return rng.ExpFloat64() * 7 }), 5},
		{"a third without a score", gen(1400, func(int) float64 { return float64(rng.IntN(3)) * rng.Float64() }), 1.5},
		{"many ties", gen(1000, func(int) float64 { return float64(rng.IntN(6)) }), 1},
		{"all equal", gen(500, func(int) float64 { return 2.5 }), 1},
		{"tiny scores in bucket 0", gen(800, func(i int) float64 { return float64(i%3) * 1e-12 }), 1e12},
		{"few matches", gen(1400, func(i int) float64 { return float64(i % 200 / 199 * (i + 1)) }), 1},
		{"none", make([]float64, 100), 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			hi, m := 0.0, 0
			for _, v := range tc.acc {
				hi = max(hi, v)
				if v != 0 {
					m++
				}
			}
			bound := hi * tc.slack
			if bound == 0 {
				bound = 1
			}
			e := &Engine{im: &impacts{finite: true}}
			for _, keep := range []int{1, 10, 50, 300, m - 1, m, m + 1, len(tc.acc)} {
				if keep < 1 {
					continue
				}
				opts := Options{NoFacets: true}
				var got, want Result
				s := &scratch{acc2: slices.Clone(tc.acc)}
				e.cut(s, bound, keep, opts, &got)
				gotHeap := slices.Clone(s.heap)
				assert.Equal(t, make([]float64, len(tc.acc)), s.acc2, "keep %d: accumulators cleared", keep)
				s = &scratch{acc2: slices.Clone(tc.acc)}
				e.cutAll(s, keep, opts, &want)
				sortEntries(gotHeap, false)
				sortEntries(s.heap, false)
				assert.Equal(t, s.heap, gotHeap, "keep %d", keep)
				assert.Equal(t, want.Total, got.Total, "keep %d", keep)
				assert.Equal(t, m, got.Total, "keep %d", keep)
			}
		})
	}
}
