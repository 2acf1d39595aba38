package search

import (
	"math"
)

// The candidates' cut: the term-at-a-time path keeps the documents above
// the k-th best score (then ties in document order), found here without
// sorting.

// cutBuckets is the number of score buckets of the cut (one more holds
// the bound itself).
const cutBuckets = 256

// cut lists the documents with a score in s.acc2 (the matches), drops
// those the filters or exclusions reject, counts Total and the facets,
// and leaves in s.heap the keep best (those above the keep-th best score,
// then the first of those equal to it in document order, as better ranks
// them), clearing the accumulators.
//
// bound is at least every score. The scores are counted into buckets by
// their fraction of it while the matches are listed, in the same pass
// (bucket(v) = int(v·scale) is monotonic in v: a higher bucket holds
// larger scores); the bucket holding the keep-th best score is the only
// one whose scores need comparing (a quickselect over a few). Without a
// usable bound (odd parameters: infinite, NaN or zero weights), the
// keep-th best score is found by kthLargest.
func (e *Engine) cut(s *scratch, bound float64, keep int, opts Options, res *Result) {
	n := e.x.NumDocs()
	acc := s.acc2[:n]
	kept := s.touched[:cap(s.touched)]
	if len(kept) < n {
		kept = make([]int, n)
	}
	kept = kept[:n]
	bucketed := bound > 0 && bound <= math.MaxFloat64 && e.im.finite
	scale := 0.0
	if bucketed {
		scale = cutBuckets / bound
	}
	var counts [cutBuckets + 1]int32
	// The matching documents are those with a score: one pass over the
	// accumulators (no test per posting to list them). Each document is
	// written at the end of the list and the end moves on past those with
	// a score, a select rather than a branch the processor would
	// mispredict. The zeros fall in bucket 0 and are taken out after.
	m := 0
	if bucketed {
		for d, score := range acc {
			kept[m] = d
			counts[min(int(score*scale), cutBuckets)]++
			inc := 1
			if score == 0 {
				inc = 0
			}
			m += inc
		}
		counts[0] -= int32(n - m)
	} else {
		for d, score := range acc {
			kept[m] = d
			inc := 1
			if score == 0 {
				inc = 0
			}
			m += inc
		}
	}
	kept = kept[:m]
	// Filters and facets then go over the matches alone.
	if filtered := s.allowed != nil || s.excluded != nil; filtered || !opts.NoFacets {
		j := 0
		for _, d := range kept {
			if filtered && !e.keep(s, d) {
				if bucketed {
					counts[min(int(acc[d]*scale), cutBuckets)]--
				}
				acc[d] = 0
				continue
			}
			if !opts.NoFacets {
				e.countFacets(s, e.x.Doc(d), opts)
			}
			kept[j] = d
			j++
		}
		kept = kept[:j]
	}
	s.touched = kept
	res.Total += len(kept)
	heap, ties := s.heap[:0], s.ties[:0]
	switch {
	case len(kept) <= keep:
		// All of them.
		for _, d := range kept {
			heap = append(heap, entry{doc: d, score: acc[d]})
			acc[d] = 0
		}
	case bucketed:
		// The bucket b holding the keep-th best score: those above are
		// kept, those below are not, those in it are compared.
		b, above := cutBuckets, 0
		for ; above+int(counts[b]) < keep; b-- {
			above += int(counts[b])
		}
		vals := s.scores[:0]
		for _, d := range kept {
			score := acc[d]
			acc[d] = 0
			switch bk := min(int(score*scale), cutBuckets); {
			case bk > b:
				heap = append(heap, entry{doc: d, score: score})
			case bk == b:
				ties = append(ties, d)
				vals = append(vals, score)
			}
		}
		// ties holds bucket b's documents, in document order, and vals
		// their scores in the same order; quickselect reorders vals, so
		// the scores are read again from a copy kept in s.cutScores.
		s.cutScores = append(s.cutScores[:0], vals...)
		cut := quickselect(vals, keep-above)
		s.scores = vals
		j := 0
		for i, d := range ties {
			switch score := s.cutScores[i]; {
			case score > cut:
				heap = append(heap, entry{doc: d, score: score})
			case score == cut:
				ties[j] = d
				j++
			}
		}
		for _, d := range ties[:min(j, keep-len(heap))] {
			heap = append(heap, entry{doc: d, score: cut})
		}
		ties = ties[:0]
	default:
		scores := s.scores[:0]
		for _, d := range kept {
			scores = append(scores, acc[d])
		}
		s.scores = scores
		cut := kthLargest(scores, keep)
		for _, d := range kept {
			score := acc[d]
			acc[d] = 0
			if score > cut {
				heap = append(heap, entry{doc: d, score: score})
			} else if score == cut {
				ties = append(ties, d)
			}
		}
		// kept is in document order, and so are the ties.
		for _, d := range ties[:min(len(ties), keep-len(heap))] {
			heap = append(heap, entry{doc: d, score: cut})
		}
	}
	s.heap, s.ties = heap, ties
}

// kthLargest returns the k-th largest of a (1 <= k <= len(a)), reordering
// a. Non-negative values (scores) are first counted into buckets by their
// fraction of the largest, branch-free, which leaves a quickselect only
// the few values of the bucket that holds the k-th.
func kthLargest(a []float64, k int) float64 {
	const buckets = 256
	if len(a) < buckets {
		return quickselect(a, k)
	}
	// The extremes, by comparisons (the min and max built-ins on floats
	// are runtime calls in WebAssembly), and whether any value is NaN.
	lo, hi, nan := a[0], a[0], false
	for _, v := range a {
		if v < lo {
			lo = v
		}
		if v > hi {
			hi = v
		}
		nan = nan || v != v
	}
	if nan || !(lo >= 0 && hi > 0) || math.IsInf(hi, 0) {
		return quickselect(a, k) // negative, all zero, infinite or NaN
	}
	// bucket(v) = int(v·scale) is monotonic in v: a higher bucket holds
	// larger values.
	scale := (buckets - 1) / hi
	var counts [buckets]int32
	for _, v := range a {
		counts[int(v*scale)]++
	}
	b, above := buckets-1, 0
	for ; above+int(counts[b]) < k; b-- {
		above += int(counts[b])
	}
	m := 0
	for _, v := range a {
		if int(v*scale) == b {
			a[m] = v
			m++
		}
	}
	return quickselect(a[:m], k-above)
}

// quickselect returns the k-th largest of a (1 <= k <= len(a)), reordering
// a: quickselect with a three-way partition, so equal values cost nothing.
func quickselect(a []float64, k int) float64 {
	lo, hi, t := 0, len(a), k-1
	for hi-lo > 1 {
		// The median of three as the pivot.
		x, y, z := a[lo], a[lo+(hi-lo)/2], a[hi-1]
		if x > y {
			x, y = y, x
		}
		if y > z {
			y = z
		}
		pivot := y
		if x > pivot {
			pivot = x
		}
		// a[lo:lt] > pivot, a[lt:i] == pivot, a[gt:hi] < pivot.
		lt, i, gt := lo, lo, hi
		for i < gt {
			switch v := a[i]; {
			case v > pivot:
				a[lt], a[i] = v, a[lt]
				lt++
				i++
			case v < pivot:
				gt--
				a[i], a[gt] = a[gt], v
			default:
				i++
			}
		}
		switch {
		case t < lt:
			hi = lt
		case t >= gt:
			lo = gt
		default:
			return pivot
		}
	}
	return a[lo]
}
