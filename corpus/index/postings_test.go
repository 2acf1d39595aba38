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

// TestAppendPostings checks the all-at-once decoder against the iterator,
// appending after what the arrays already hold.
func TestAppendPostings(t *testing.T) {
	x, _ := buildTest(t)
	for i := range x.NumTerms() {
		t.Run(x.Term(i), func(t *testing.T) {
			wantDocs, wantTFs, wantOffs := []int32{-7}, []uint32{7, 7, 7}, []uint32{7}
			for p := x.Postings(i, nil); p.Next(); {
				wantDocs = append(wantDocs, int32(p.Doc()))
				for f := range Field(NumFields) {
					wantTFs = append(wantTFs, uint32(p.TF(f)))
				}
				wantOffs = append(wantOffs, uint32(p.Offset()))
			}
			docs, tfs, offs, ok := x.AppendPostings(i, []int32{-7}, []uint32{7, 7, 7}, []uint32{7})
			assert.True(t, ok)
			assert.Equal(t, wantDocs, docs)
			assert.Equal(t, wantTFs, tfs)
			assert.Equal(t, wantOffs, offs)
		})
	}
}
