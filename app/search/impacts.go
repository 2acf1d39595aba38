package search

import (
	"math"

	"diptych/corpus/index"
)

// impacts holds every term's postings decoded once, when the engine is
// made, as flat arrays: the documents, each (term, document) pair's BM25F
// term-frequency part and where the pair's posting (with its positions)
// starts in the encoded list. Everything in a BM25F score but the query's
// own weights is known before any query: the field frequencies, the length
// normalisations and the term's IDF. So ranking a word is a walk over two
// arrays adding w·idf·impact into one accumulator per document, with no
// decoding, and a document's positions (for proximity) are read from their
// offset ([index.Search.AppendPositions]) without walking the list.
//
// It costs 12 bytes per posting (1 MB for Cranfield's 1,400 abstracts,
// about 10 MB for a few thousand long news articles) and one pass over the
// postings when the engine is made.
type impacts struct {
	// start[t] is the first posting of term t; start[NumTerms] the end.
	start []int32
	docs  []int32
	// imp is tf·(k1+1)/(tf+k1), tf being the document's field
	// frequencies weighted by field and length normalised.
	imp []float32
	// off is the byte offset of the posting in the term's encoded list.
	off []uint32
	// idf per term, as compile computes it.
	idf []float64
	// fbIdf is the idf of the terms feedback may add (in two documents
	// or more, not a stop word, with a letter), 0 for the others: one
	// table for feedback's loop over its candidate words.
	fbIdf []float64
}

// newImpacts decodes the postings of x with the engine's per-document
// field scales (weight over length normalisation) and k1.
func newImpacts(x *index.Search, scale []float32, k1 float64) *impacts {
	nt := x.NumTerms()
	total := 0
	for t := range nt {
		total += x.DocFreq(t)
	}
	im := &impacts{
		start: make([]int32, nt+1),
		docs:  make([]int32, 0, total),
		imp:   make([]float32, 0, total),
		off:   make([]uint32, 0, total),
		idf:   make([]float64, nt),
		fbIdf: make([]float64, nt),
	}
	n := float64(x.NumDocs())
	var tfs []uint32
	for t := range nt {
		im.start[t] = int32(len(im.docs))
		df := x.DocFreq(t)
		im.idf[t] = idf(n, df)
		term := x.Term(t)
		if df >= 2 && !isStopTerm(term) && hasLetter(term) {
			im.fbIdf[t] = im.idf[t]
		}
		// A malformed list ends early: its documents so far are kept, as
		// a Postings iterator would give them.
		from := len(im.docs)
		im.docs, tfs, im.off, _ = x.AppendPostings(t, im.docs, tfs[:0], im.off)
		for k, d := range im.docs[from:] {
			var tf float64
			for f := range index.NumFields {
				if c := tfs[k*index.NumFields+f]; c > 0 {
					tf += float64(c) * float64(scale[int(d)*index.NumFields+f])
				}
			}
			im.imp = append(im.imp, impact(tf, k1))
		}
	}
	im.start[nt] = int32(len(im.docs))
	return im
}

// impact is BM25's saturated term frequency, tf·(k1+1)/(tf+k1), for a
// weighted, length-normalised field frequency tf. It is rounded to a
// float32, as stored, on every path, so that all paths score alike.
func impact(tf, k1 float64) float32 {
	return float32(tf * (k1 + 1) / (tf + k1))
}

// idf is BM25's inverse document frequency of a term in df of n documents.
func idf(n float64, df int) float64 {
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}
