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
