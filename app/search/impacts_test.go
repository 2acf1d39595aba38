package search

import (
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
		if df >= 2 && !isStopTerm(x.Term(term)) && hasLetter(x.Term(term)) {
			assert.Equal(t, im.idf[term], im.fbIdf[term], x.Term(term))
		} else {
			assert.Zero(t, im.fbIdf[term], x.Term(term))
		}
	}
}
