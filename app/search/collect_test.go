package search

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPartitionTop(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name string
		n, k int
		ties bool
	}{
		{"empty", 0, 3, false},
		{"k zero", 10, 0, false},
		{"k above n", 5, 10, false},
		{"k equals n", 7, 7, false},
		{"one", 1, 1, false},
		{"few of many", 1000, 10, false},
		{"half", 301, 150, false},
		{"all but one", 50, 49, false},
		{"equal scores, doc order decides", 200, 37, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			es := make([]entry, tc.n)
			for i := range es {
				es[i] = entry{doc: i, score: rng.Float64()}
				if tc.ties {
					es[i].score = float64(rng.IntN(4))
				}
			}
			rng.Shuffle(len(es), func(i, j int) { es[i], es[j] = es[j], es[i] })
			want := slices.Clone(es)
			sortEntries(want, false)
			partitionTop(es, tc.k, nil)
			k := min(tc.k, tc.n)
			got := slices.Clone(es[:k])
			sortEntries(got, false)
			assert.Equal(t, want[:k], got)
			rest := slices.Clone(es)
			sortEntries(rest, false)
			assert.Equal(t, want, rest, "nothing lost or duplicated")
		})
	}
}

// TestDateRanks checks that date ranks order as the dates do as strings,
// equal for equal dates, the undated lowest.
func TestDateRanks(t *testing.T) {
	for _, tc := range []struct {
		name  string
		dates []string
		want  []int32
	}{
		{"none", []string{}, []int32{}},
		{"one", []string{"2024-03-01"}, []int32{0}},
		{"ordered", []string{"2023-01-01", "2024-01-01"}, []int32{0, 1}},
		{"ties and undated", []string{"2024-01-02", "", "2023-05-01", "2024-01-02", "2024-01-02T10:00"}, []int32{2, 0, 1, 2, 3}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, dateRanks(tc.dates))
		})
	}
}
