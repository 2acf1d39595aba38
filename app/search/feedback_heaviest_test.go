package search

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestHeaviest checks heaviest against insertTop offered every candidate
// in order, on weights with many ties (few distinct values), so that the
// order-dependent cases (equal weights at the boundary) come up.
func TestHeaviest(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		name          string
		cands, n, val int
	}{
		{"fewer than n", 5, 30, 100},
		{"exactly n", 30, 30, 100},
		{"distinct", 400, 30, 1 << 20},
		{"ties", 400, 30, 8},
		{"all equal", 100, 10, 1},
		{"n of one", 50, 1, 4},
		{"many, above the buckets", 1000, 30, 50},
	} {
		for round := range 20 {
			t.Run(fmt.Sprint(tc.name, " ", round), func(t *testing.T) {
				var cands []fbTerm
				for range tc.cands {
					cands = append(cands, fbTerm{term: rng.IntN(10000), w: float64(1 + rng.IntN(tc.val))})
				}
				var want []fbTerm
				for _, c := range cands {
					want = insertTop(want, c, tc.n)
				}
				got, _ := heaviest(cands, tc.n, nil, nil)
				assert.Equal(t, want, got)
			})
		}
	}
}
