package compare

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestKeepBestEqualsSort checks that keeping the best k while adding gives
// exactly what sorting all candidates and cutting to k gave, ties included.
func TestKeepBestEqualsSort(t *testing.T) {
	var all []Neighbor
	seed := uint32(7)
	for i := range 500 {
		seed = seed*1664525 + 1013904223
		all = append(all, Neighbor{ID: fmt.Sprintf("doc-%03d", (i*37)%500), Score: float64(seed>>28) / 16}) // 16 scores: many ties
	}
	for _, k := range []int{-1, 1, 5, 20, 499, 500, 600} {
		t.Run(fmt.Sprintf("k=%d", k), func(t *testing.T) {
			var got []Neighbor
			for _, n := range all {
				got = keepBest(got, n, k)
			}
			want := slices.Clone(all)
			slices.SortFunc(want, neighborOrder)
			if k >= 0 && len(want) > k {
				want = want[:k]
			}
			assert.Equal(t, want, got)
		})
	}
}
