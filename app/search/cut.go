package search

import "math"

// The candidates' cut: the term-at-a-time path keeps the documents above
// the k-th best score (then ties in document order), found here without
// sorting.

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
