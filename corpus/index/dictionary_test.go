package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLowerBound(t *testing.T) {
	words := []string{"b", "ba", "cease", "ceasefire", "z"}
	str, off := stringTable(words)
	tests := []struct {
		name  string
		words int
		t     string
		want  int
	}{
		{"empty table", 0, "a", 0},
		{"before the first", 5, "a", 0},
		{"the first", 5, "b", 0},
		{"between", 5, "bb", 2},
		{"a prefix of the next", 5, "ceas", 2},
		{"exact", 5, "ceasefire", 3},
		{"after the last", 5, "zz", 5},
		{"empty string", 5, "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, lowerBound(string(str), string(putU32s(nil, off)), tc.words, tc.t))
		})
	}
}
