package compare

import "slices"

// maxInsertion is the longest list sortStable sorts by insertion.
const maxInsertion = 64

// sortStable sorts xs stably by cmp. The lists a comparison sorts (pairs,
// candidate pairs, figures, entities, quotes) are short and often nearly
// sorted: insertion sort suits them, and its code is small, which matters
// in a browser, where the first comparison runs code that was never run
// before and is compiled on the spot. Longer lists go to the standard
// library.
func sortStable[T any](xs []T, cmp func(a, b T) int) {
	if len(xs) > maxInsertion {
		slices.SortStableFunc(xs, cmp)
		return
	}
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && cmp(xs[j], xs[j-1]) < 0; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}
