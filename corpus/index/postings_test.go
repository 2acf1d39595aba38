package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// posting is what an iterator says about one document.
type posting struct {
	doc int
	tf  [NumFields]int
	pos [NumFields][]uint32
}

func readPosting(p *Postings) posting {
	out := posting{doc: p.Doc()}
	for f := range Field(NumFields) {
		out.tf[f] = p.TF(f)
		out.pos[f] = append([]uint32(nil), p.Positions(f)...)
	}
	return out
}

// TestPostingsFrom checks that starting at a remembered offset reads the
// same posting as walking the list to it.
func TestPostingsFrom(t *testing.T) {
	x, _ := buildTest(t)
	for i := range x.NumTerms() {
		t.Run(x.Term(i), func(t *testing.T) {
			var walked []posting
			var offs []int
			for p := x.Postings(i, nil); p.Next(); {
				walked = append(walked, readPosting(p))
				offs = append(offs, p.Offset())
			}
			require.Len(t, walked, x.DocFreq(i))
			for k := range walked {
				prev := -1
				if k > 0 {
					prev = walked[k-1].doc
				}
				p := x.PostingsFrom(i, k, offs[k], prev, nil)
				var got []posting
				for p.Next() {
					got = append(got, readPosting(p))
				}
				assert.False(t, p.Err())
				assert.Equal(t, walked[k:], got)
			}
		})
	}
}

func TestPostingsFromBadArguments(t *testing.T) {
	x, _ := buildTest(t)
	term, ok := x.LookupTerm("ceasefir")
	require.True(t, ok)
	require.Equal(t, 2, x.DocFreq(term))
	tests := []struct {
		name          string
		k, off, prev  int
		wantNext, err bool
	}{
		{"start", 0, 0, -1, true, false},
		{"negative k", -1, 0, -1, false, true},
		{"k past the end", 3, 0, 0, false, true},
		{"k at the end", 2, 0, 0, false, false},
		{"negative offset", 0, -1, -1, false, true},
		{"offset past the end", 1, 1 << 20, 0, false, true},
		{"first posting after a document", 0, 0, 0, false, true},
		{"later posting without one", 1, 0, -1, false, true},
		{"previous document out of range", 1, 0, 99, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := x.PostingsFrom(term, tc.k, tc.off, tc.prev, nil)
			assert.Equal(t, tc.wantNext, p.Next())
			for p.Next() {
			}
			assert.Equal(t, tc.err, p.Err())
		})
	}
}
