package search

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMergeProx(t *testing.T) {
	tests := []struct {
		name   string
		groups [][]uint32
	}{
		{"none", nil},
		{"one group", [][]uint32{{1, 5, 9}}},
		{"interleaved", [][]uint32{{1, 5, 9}, {2, 6, 10}, {0, 3}}},
		{"same positions, group order", [][]uint32{{4, 8}, {4}, {8, 4000000000}}},
		{"empty groups between", [][]uint32{{}, {7}, {}, {1, 2, 3}}},
		{"one after another", [][]uint32{{10, 11}, {1, 2}, {20, 21}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got, want []uint64
			for gi, ps := range tc.groups {
				got = mergeProx(got, ps, gi)
				for _, p := range ps {
					want = append(want, uint64(p)<<32|uint64(gi))
				}
			}
			slices.Sort(want)
			assert.Equal(t, want, got)
		})
	}
}
