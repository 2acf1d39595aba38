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
// bound is at least every score. Without filters or facets, the common
// case, every document goes into a list per score bucket by its fraction
// of bound, in one pass over the accumulators (bucket(v) = int(v·scale)
// is monotonic in v: a higher bucket holds larger scores); the best
// buckets are then read until they hold keep documents, and only the last
// one read has its scores compared (a quickselect over a few). The
// documents below are never read again.
func (e *Engine) cut(s *scratch, bound float64, keep int, opts Options, res *Result) {
	acc := s.acc2
	n := len(acc)
	filtered := s.allowed != nil || s.excluded != nil
	if filtered || !opts.NoFacets || !(bound > 0 && bound <= math.MaxFloat64 && e.im.finite) {
		e.cutAll(s, keep, opts, res)
		return
	}
	scale := cutBuckets / bound
	if len(s.next) < n {
		s.next = make([]int32, n)
	}
	// head[b] is 1 + the first document of bucket b, next[d] 1 + the
	// document after d in its bucket (0: none), in document order.
	var head [cutBuckets + 1]int32
	res.Total += bucketLists(acc, s.next[:n], &head, scale)
	heap, ties := s.heap[:0], s.ties[:0]
	next := s.next[:n]
	for b := cutBuckets; b >= 0 && len(heap) < keep; b-- {
		// Bucket b's documents (bucket 0 also holds the documents
		// without a score: they are no match).
		from := len(heap)
		for d := head[b] - 1; d >= 0; d = next[d] - 1 {
			if score := acc[d]; score != 0 {
				heap = append(heap, entry{doc: int(d), score: score})
			}
		}
		if len(heap) <= keep {
			if s.topEnd == 0 && len(heap) >= proxTop {
				// The buckets so far hold the proxTop best: those
				// below score less.
				s.topEnd = len(heap)
			}
			continue
		}
		// The keep-th best score is in this bucket, heap[from:]: those
		// above it are kept, then those equal to it in document order.
		bucket := heap[from:]
		vals := s.scores[:0]
		for _, en := range bucket {
			vals = append(vals, en.score)
		}
		cut := quickselect(vals, keep-from)
		s.scores = vals
		ties = ties[:0]
		j := from
		for _, en := range bucket { // j stays at or before en's place
			switch {
			case en.score > cut:
				heap[j] = en
				j++
			case en.score == cut:
				ties = append(ties, en.doc)
			}
		}
		heap = heap[:j]
		for _, d := range ties[:min(len(ties), keep-len(heap))] {
			heap = append(heap, entry{doc: d, score: cut})
		}
		break
	}
	s.heap, s.ties = heap, ties[:0]
	clear(acc)
}

// bucketLists puts every document in the list of its score's bucket in
// acc (see cut), in document order, and returns how many have a score.
func bucketLists(acc []float64, next []int32, head *[cutBuckets + 1]int32, scale float64) int {
	m := 0
	next = next[:len(acc)]
	for d := len(acc) - 1; d >= 0; d-- {
		score := acc[d]
		b := min(int(score*scale), cutBuckets)
		next[d] = head[b]
		head[b] = int32(d + 1)
		inc := 1
		if score == 0 {
			inc = 0
		}
		m += inc
	}
	return m
}

// cutAll is cut by listing the matches: with filters or facets, which go
// over the matches, or without a usable bound on the scores (odd
// parameters: infinite, NaN or zero weights), the keep-th best score
// being then found by kthLargest.
func (e *Engine) cutAll(s *scratch, keep int, opts Options, res *Result) {
	acc := s.acc2
	n := len(acc)
	kept := s.touched[:cap(s.touched)]
	if len(kept) < n {
		kept = make([]int, n)
	}
	// The matching documents are those with a score: one pass over the
	// accumulators (no test per posting to list them). Each document is
	// written at the end of the list and the end moves on past those with
	// a score, a select rather than a branch the processor would
	// mispredict.
	m := 0
	kept = kept[:n]
	for d, score := range acc {
		kept[m] = d
		inc := 1
		if score == 0 {
			inc = 0
		}
		m += inc
	}
	kept = kept[:m]
	// Filters and facets then go over the matches alone.
	if filtered := s.allowed != nil || s.excluded != nil; filtered || !opts.NoFacets {
		j := 0
		for _, d := range kept {
			if filtered && !e.keep(s, d) {
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
	cut := math.Inf(-1)
	if len(kept) > keep {
		scores := s.scores[:0]
		for _, d := range kept {
			scores = append(scores, acc[d])
		}
		s.scores = scores
		cut = kthLargest(scores, keep)
	}
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
	s.heap, s.ties = heap, ties[:0]
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
