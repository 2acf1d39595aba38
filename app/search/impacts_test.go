package search

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus/index"
)

// TestImpacts checks the decoded postings against the encoded ones: the
// same documents, scores as bm25f gives them, and positions read from the
// remembered offsets.
func TestImpacts(t *testing.T) {
	e, ix := seedEngine(t)
	x := ix.Search
	im := e.im
	require.Len(t, im.start, x.NumTerms()+1)
	var it index.Postings
	var norm [index.NumFields]float64
	for term := range x.NumTerms() {
		lo, hi := int(im.start[term]), int(im.start[term+1])
		require.Equal(t, x.DocFreq(term), hi-lo, x.Term(term))
		sl := slot{term: term, idf: im.idf[term], it: &it}
		k := lo
		for x.Postings(term, &it); it.Next(); k++ {
			assert.Equal(t, int32(it.Doc()), im.docs[k])
			e.norms(it.Doc(), &norm)
			assert.Equal(t, e.bm25f(&sl, &norm), im.idf[term]*float64(im.imp[k]))
			assert.Equal(t, append([]uint32{}, it.Positions(index.FieldBody)...), x.AppendPositions(term, int(im.off[k]), index.FieldBody, []uint32{}))
		}
		df := x.DocFreq(term)
		assert.Equal(t, idf(float64(x.NumDocs()), df), im.idf[term])
		assert.Equal(t, df >= 2 && !isStopTerm(x.Term(term)) && hasLetter(x.Term(term)), im.feedback[term], x.Term(term))
	}
}

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
			partitionTop(es, tc.k)
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
