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
// It costs 16 bytes per posting and 4 per body word (1.9 MB for
// Cranfield's 1,400 abstracts, about 20 MB for a few thousand long news
// articles) and one pass over the postings when the engine is made.
type impacts struct {
	// start[t] is the first posting of term t; start[NumTerms] the end.
	start []int32
	docs  []int32
	// imp is tf·(k1+1)/(tf+k1), tf being the document's field
	// frequencies weighted by field and length normalised.
	imp []float32
	// minImp is the smallest of imp (0 without postings).
	minImp float32
	// maxImp[t] is the largest of term t's impacts (0 without postings),
	// for a bound on scores.
	maxImp []float32
	// finite reports that every impact is a finite number (odd
	// parameters can make them NaN or infinite).
	finite bool
	// off is the byte offset of the posting in the term's encoded list.
	off []uint32
	// bodyPos holds every posting's body positions, ascending, posting
	// k's from bodyStart[k] to bodyStart[k+1]: the proximity bonus reads
	// them for its candidates without decoding the postings again.
	bodyStart []uint32
	bodyPos   []uint32
	// maxBodyPos is the largest of bodyPos (0 without any); bitmapOK
	// reports that each posting's body positions ascend and are below
	// maxBitmapPos, for the proximity bonus's bitmap.
	maxBodyPos uint32
	bitmapOK   bool
	// idf per term, as compile computes it.
	idf []float64
	// fbIdf is the idf of the terms feedback may add (in two documents
	// or more, not a stop word, with a letter), 0 for the others: one
	// table for feedback's loop over its candidate words.
	fbIdf []float64
	// fb holds each document's words for feedback, decoded once.
	fb feedbackDocs
}

// maxBitmapPos bounds the body positions the proximity bonus marks in a
// bitmap (its memory: 4 bytes a position).
const maxBitmapPos = 1 << 20

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
		// bodyStart's one more is the end of the last posting's.
		bodyStart: make([]uint32, 0, total+1),
		idf:       make([]float64, nt),
		fbIdf:     make([]float64, nt),
		maxImp:    make([]float32, nt),
		finite:    true,
		bitmapOK:  true,
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
		for _, off := range im.off[from:] {
			start := len(im.bodyPos)
			im.bodyStart = append(im.bodyStart, uint32(start))
			im.bodyPos = x.AppendPositions(t, int(off), index.FieldBody, im.bodyPos)
			// The proximity bonus marks positions in a bitmap when they
			// ascend within each posting (a well-formed index) and the
			// bitmap is small.
			last := int64(-1)
			for _, pos := range im.bodyPos[start:] {
				if int64(pos) <= last {
					im.bitmapOK = false
				}
				last = int64(pos)
			}
			if last > int64(im.maxBodyPos) {
				im.maxBodyPos = uint32(last)
			}
		}
		var most float32
		for k, d := range im.docs[from:] {
			var tf float64
			for f := range index.NumFields {
				if c := tfs[k*index.NumFields+f]; c > 0 {
					tf += float64(c) * float64(scale[int(d)*index.NumFields+f])
				}
			}
			v := impact(tf, k1)
			im.imp = append(im.imp, v)
			if len(im.imp) == 1 || v < im.minImp {
				im.minImp = v
			}
			if v > most {
				most = v
			}
			if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
				im.finite = false
			}
		}
		im.maxImp[t] = most
	}
	im.start[nt] = int32(len(im.docs))
	im.bodyStart = append(im.bodyStart, uint32(len(im.bodyPos)))
	im.bitmapOK = im.bitmapOK && im.maxBodyPos < maxBitmapPos
	im.fb = newFeedbackDocs(x, im.fbIdf)
	return im
}

// bodyPositions returns posting k's body positions.
func (im *impacts) bodyPositions(k int32) []uint32 {
	return im.bodyPos[im.bodyStart[k]:im.bodyStart[k+1]]
}

// seek returns the first index at or after j of docs (ascending) whose
// document is d or later, len(docs) if none: a galloping search, steps
// doubling from j then halving, so that walking a long list to a few
// documents costs a few steps per document, not the list.
func seek(docs []int32, j int, d int32) int {
	if j >= len(docs) || docs[j] >= d {
		return j
	}
	// docs[lo] < d throughout; the answer is in (lo, hi].
	lo, step := j, 1
	hi := len(docs)
	for lo+step < len(docs) {
		if docs[lo+step] >= d {
			hi = lo + step
			break
		}
		lo += step
		step <<= 1
	}
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if docs[mid] >= d {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
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
