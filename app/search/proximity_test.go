package search

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// TestProximityBitmap checks that the proximity bonus read through the
// position bitmap scores exactly as through sorting, on the Cranfield
// queries and on the queries said twice (two groups with one word take
// the sorting path).
func TestProximityBitmap(t *testing.T) {
	c := cranfield(t)
	e, err := FromIndex(c.ix)
	require.NoError(t, err)
	require.True(t, e.im.bitmapOK)
	sorting, err := FromIndex(c.ix)
	require.NoError(t, err)
	sorting.im.bitmapOK = false
	opts := Options{K: 50, Plain: true, NoFacets: true, NoSnippets: true}
	for _, q := range c.queries {
		for _, text := range []string{q[1], q[1] + " " + q[1]} {
			got, want := e.Search(text, opts), sorting.Search(text, opts)
			require.Equal(t, len(want.Hits), len(got.Hits), "query %s: %q", q[0], text)
			for i := range want.Hits {
				assert.Equal(t, want.Hits[i].Doc, got.Hits[i].Doc, "query %s: %q: hit %d", q[0], text, i)
				assert.Equal(t, want.Hits[i].Score, got.Hits[i].Score, "query %s: %q: hit %d", q[0], text, i)
			}
		}
	}
}
