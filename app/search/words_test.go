package search

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWordTable checks the hash tables against the index's binary search:
// every form and term is found under its own number, and words the index
// has not seen are not found.
func TestWordTable(t *testing.T) {
	e, _ := seedEngine(t)
	x := e.x
	for f := range x.NumForms() {
		got, ok := e.words.forms.lookup(x.Form(f))
		assert.True(t, ok, "form %q", x.Form(f))
		assert.Equal(t, f, got, "form %q", x.Form(f))
	}
	for term := range x.NumTerms() {
		got, ok := e.words.terms.lookup(x.Term(term))
		assert.True(t, ok, "term %q", x.Term(term))
		assert.Equal(t, term, got, "term %q", x.Term(term))
	}
	tests := []struct {
		name, word string
	}{
		{"empty", ""},
		{"unknown word", "zzyzx"},
		{"a form with a letter more", x.Form(0) + "q"},
		{"a prefix of a form", x.Form(x.NumForms() - 1)[:1] + "\x00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, want := x.LookupForm(tc.word)
			_, got := e.words.forms.lookup(tc.word)
			assert.Equal(t, want, got)
			_, want = x.LookupTerm(tc.word)
			_, got = e.words.terms.lookup(tc.word)
			assert.Equal(t, want, got)
		})
	}
	empty := newWordTable(0, func(int) string { return "" })
	_, ok := empty.lookup("word")
	assert.False(t, ok, "empty table")
}
