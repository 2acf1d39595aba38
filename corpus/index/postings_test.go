package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestAppendPositions checks that reading one field of a posting from its
// offset gives what walking the list gives.
func TestAppendPositions(t *testing.T) {
	x, _ := buildTest(t)
	for i := range x.NumTerms() {
		t.Run(x.Term(i), func(t *testing.T) {
			n := 0
			for p := x.Postings(i, nil); p.Next(); n++ {
				for f := range Field(NumFields) {
					want := p.Positions(f)
					got := x.AppendPositions(i, p.Offset(), f, []uint32{7})
					assert.Equal(t, append([]uint32{7}, want...), got, "document %d, field %s", p.Doc(), f)
				}
			}
			assert.Equal(t, x.DocFreq(i), n)
		})
	}
}

func TestAppendPositionsBadArguments(t *testing.T) {
	x, _ := buildTest(t)
	term, ok := x.LookupTerm("ceasefir")
	require := assert.New(t)
	require.True(ok)
	tests := []struct {
		name  string
		off   int
		field Field
	}{
		{"negative offset", -1, FieldBody},
		{"offset past the end", 1 << 20, FieldBody},
		{"no such field", 0, NumFields},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, x.AppendPositions(term, tc.off, tc.field, nil))
		})
	}
}
