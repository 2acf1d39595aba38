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
			assert.Equal(t, append([]uint32{}, it.Positions(index.FieldBody)...), append([]uint32{}, im.bodyPositions(int32(k))...))
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

// TestFeedbackDocs checks the documents' feedback words against the
// encoded document vectors: the same words with a feedback IDF, the same
// frequencies, and each document's length over all fields.
func TestFeedbackDocs(t *testing.T) {
	e, ix := seedEngine(t)
	x := ix.Search
	fd := &e.im.fb
	require.Len(t, fd.start, x.NumDocs()+1)
	for d := range x.NumDocs() {
		var want []index.TermFreq
		for _, tf := range x.DocTerms(d, nil) {
			if e.im.fbIdf[tf.Term] != 0 {
				want = append(want, tf)
			}
		}
		var got []index.TermFreq
		for k := fd.start[d]; k < fd.start[d+1]; k++ {
			got = append(got, index.TermFreq{Term: int(fd.terms[k]), Freq: int(fd.freqs[k])})
		}
		assert.Equal(t, want, got, "document %d", d)
		length := 0
		for f := range index.Field(index.NumFields) {
			length += int(x.FieldLen(d, f))
		}
		assert.Equal(t, length, fd.length[d], "document %d", d)
	}
	assert.NotEmpty(t, fd.terms, "the seeds have words for feedback")
}

// TestSeek checks the galloping search against a linear one, from every
// start, for documents before, inside, between and after the list.
func TestSeek(t *testing.T) {
	for _, tc := range []struct {
		name string
		docs []int32
	}{
		{"empty", nil},
		{"one", []int32{5}},
		{"dense", []int32{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{"sparse", []int32{2, 3, 7, 20, 21, 22, 40, 90, 91, 300, 301, 1000}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for j := 0; j <= len(tc.docs); j++ {
				for d := int32(-1); d <= 1001; d++ {
					want := j
					for want < len(tc.docs) && tc.docs[want] < d {
						want++
					}
					require.Equal(t, want, seek(tc.docs, j, d), "from %d to %d", j, d)
				}
			}
		})
	}
}
