package search

import "diptych/corpus/index"

// wordTable finds an index's word forms (or terms) by hashing: a query
// looks up each of its words, and the index's sorted tables answer by
// binary search, a dozen string comparisons scattered over a large table
// for each word (slow in WebAssembly, and worse when the cache is cold).
// The table is made once with the engine: 4 bytes a slot, two slots a
// word at most.
type wordTable struct {
	// slots holds 1 + a word's number at the slot of its hash (then the
	// next free ones, linear probing); 0 is free.
	slots []int32
	mask  uint32
	word  func(i int) string
}

// newWordTable returns the table of the n words word(0..n-1).
func newWordTable(n int, word func(i int) string) *wordTable {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	t := &wordTable{slots: make([]int32, size), mask: uint32(size - 1), word: word}
	for i := range n {
		j := hashWord(word(i)) & t.mask
		for t.slots[j] != 0 {
			j = (j + 1) & t.mask
		}
		t.slots[j] = int32(i + 1)
	}
	return t
}

// lookup returns the number of word w and whether the table has it.
func (t *wordTable) lookup(w string) (int, bool) {
	for j := hashWord(w) & t.mask; ; j = (j + 1) & t.mask {
		v := t.slots[j]
		if v == 0 {
			return 0, false
		}
		if t.word(int(v-1)) == w {
			return int(v - 1), true
		}
	}
}

// hashWord is FNV-1a over the bytes of w.
func hashWord(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h
}

// words holds the hash tables of an index's forms and terms.
type words struct {
	forms, terms *wordTable
}

func newWords(x *index.Search) words {
	return words{forms: newWordTable(x.NumForms(), x.Form), terms: newWordTable(x.NumTerms(), x.Term)}
}
