package index

import "sort"

// The term dictionary holds the indexed terms (stems), sorted; the form
// dictionary holds the folded words the terms came from, sorted, each
// pointing at its term. Exact look-ups go through terms; prefix and fuzzy
// look-ups go through forms, so that "negotiat*" finds "negotiations"
// (whose term "negoti" does not start with "negotiat") and a typo is
// measured against real words.

// NumTerms returns the number of distinct terms.
func (x *Search) NumTerms() int { return x.numTerms }

// Term returns term i.
func (x *Search) Term(i int) string {
	return x.termStr[u32at(x.termOff, i):u32at(x.termOff, i+1)]
}

// DocFreq returns the number of documents that contain term i in any field.
func (x *Search) DocFreq(i int) int { return int(u32at(x.df, i)) }

// LookupTerm returns the number of term t and whether it is in the index.
func (x *Search) LookupTerm(t string) (int, bool) {
	i := lowerBound(x.termStr, x.termOff, x.numTerms, t)
	return i, i < x.numTerms && x.Term(i) == t
}

// lowerBound returns the first of the n sorted strings of table (bytes
// str, offsets off) that is not below t: a binary search written out, as
// the query engine calls it for every word (no closure per probe).
func lowerBound(str, off string, n int, t string) int {
	lo, hi := 0, n
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if str[u32at(off, m):u32at(off, m+1)] < t {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// NumForms returns the number of distinct word forms.
func (x *Search) NumForms() int { return x.numForms }

// Form returns form i.
func (x *Search) Form(i int) string {
	return x.formStr[u32at(x.formOff, i):u32at(x.formOff, i+1)]
}

// FormTerm returns the term that form i is indexed under.
func (x *Search) FormTerm(i int) int { return int(u32at(x.formTerm, i)) }

// LookupForm returns the number of form f and whether it is in the index.
func (x *Search) LookupForm(f string) (int, bool) {
	i := lowerBound(x.formStr, x.formOff, x.numForms, f)
	return i, i < x.numForms && x.Form(i) == f
}

// FormPrefix returns the range [lo, hi) of forms that start with prefix.
func (x *Search) FormPrefix(prefix string) (lo, hi int) {
	lo = lowerBound(x.formStr, x.formOff, x.numForms, prefix)
	hi = lo + sort.Search(x.numForms-lo, func(i int) bool {
		f := x.Form(lo + i)
		return len(f) < len(prefix) || f[:len(prefix)] != prefix
	})
	return lo, hi
}

// FuzzyForms calls fn for every form within maxDist edits (Levenshtein
// distance over bytes: insertions, deletions, substitutions) of word, in
// form order. It walks the sorted forms as a trie, sharing the edit
// distance rows of common prefixes and skipping every form under a prefix
// that is already too far, so it reads a small part of a large dictionary.
func (x *Search) FuzzyForms(word string, maxDist int, fn func(form, dist int)) {
	if maxDist < 0 || x.numForms == 0 {
		return
	}
	w := len(word)
	// rows[d] is the edit distance row after the first d bytes of the
	// current form, capped at inf. Only the band of cells within maxDist
	// of the diagonal is computed: the others are above maxDist anyway
	// (reading d bytes against j needs |d-j| edits). The cells just
	// outside the band are set to inf for the next row to read.
	inf := maxDist + 1
	rows := [][]int{make([]int, w+1)}
	for j := range rows[0] {
		rows[0][j] = min(j, inf)
	}
	l := 0 // rows[:l+1] hold the current form's first l bytes
	for i := 0; i < x.numForms; {
		f := x.Form(i)
		skipAt := -1
		for d := l + 1; d <= len(f); d++ {
			if d >= len(rows) {
				rows = append(rows, make([]int, w+1))
			}
			up, cur := rows[d-1], rows[d]
			cur[0] = min(d, inf)
			best := cur[0]
			lo, hi := max(1, d-maxDist), min(w, d+maxDist)
			if lo > hi {
				// No cell in the band: the word is empty, or the form
				// already too much longer than it.
				if best > maxDist {
					skipAt = d
					break
				}
				continue
			}
			if lo > 1 {
				cur[lo-1] = inf
			}
			c := f[d-1]
			for j := lo; j <= hi; j++ {
				cost := 1
				if word[j-1] == c {
					cost = 0
				}
				v := up[j-1] + cost
				if up[j]+1 < v {
					v = up[j] + 1
				}
				if cur[j-1]+1 < v {
					v = cur[j-1] + 1
				}
				v = min(v, inf)
				cur[j] = v
				if v < best {
					best = v
				}
			}
			if hi < w {
				cur[hi+1] = inf
			}
			if best > maxDist {
				skipAt = d
				break
			}
		}
		if skipAt >= 0 {
			// No extension of f[:skipAt] can come within maxDist: jump
			// past all forms that start with it.
			i = x.skipPrefix(i, skipAt)
		} else {
			if n := len(f); n-maxDist <= w && w <= n+maxDist && rows[n][w] <= maxDist {
				fn(i, rows[n][w])
			}
			i++
		}
		if i < x.numForms {
			l = x.formLCP(i) // the rows of the bytes it shares stay valid
		}
	}
}

// maxLCP is the longest common prefix formLCPs records exactly.
const maxLCP = 255

// formLCPs returns, for each form, the length of the prefix it shares
// with the form before it, capped at maxLCP (0 for the first form): the
// sorted forms as a trie, for FuzzyForms.
func formLCPs(x *Search) []uint8 {
	out := make([]uint8, x.numForms)
	for i := 1; i < x.numForms; i++ {
		out[i] = uint8(min(commonPrefix(x.Form(i-1), x.Form(i)), maxLCP))
	}
	return out
}

// formLCP returns the length of the prefix form i (> 0) shares with form
// i-1.
func (x *Search) formLCP(i int) int {
	if n := int(x.lcp[i]); n < maxLCP {
		return n
	}
	return commonPrefix(x.Form(i-1), x.Form(i))
}

// skipPrefix returns the first form after form i that does not share form
// i's first n bytes: the first whose common prefix with the form before it
// is shorter than n.
func (x *Search) skipPrefix(i, n int) int {
	j := i + 1
	for j < x.numForms && (x.lcp[j] >= maxLCP && x.formLCP(j) >= n || int(x.lcp[j]) >= n) {
		j++
	}
	return j
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
