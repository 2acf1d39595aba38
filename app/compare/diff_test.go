package compare

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// renderOps renders ops over a and b as "=words -words +words" runs.
func renderOps(a, b string, ops []Op) string {
	var parts []string
	for _, op := range ops {
		switch op.Kind {
		case Equal:
			parts = append(parts, "="+a[op.Left.Start:op.Left.End])
		case Delete:
			parts = append(parts, "-"+a[op.Left.Start:op.Left.End])
		case Insert:
			parts = append(parts, "+"+b[op.Right.Start:op.Right.End])
		}
	}
	return strings.Join(parts, " | ")
}

func TestDiffWords(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string
	}{
		{"identical", "Hamas agreed to a truce.", "Hamas agreed to a truce.", "=Hamas agreed to a truce"},
		{"case and apostrophes fold", "Israel’s army", "ISRAEL'S army", "=Israel’s army"},
		{"insert", "a 40-day truce", "a proposed 40-day truce", "=a | +proposed | =40-day truce"},
		{"delete", "the long and bloody war", "the war", "=the | -long and bloody | =war"},
		{"replace", "a 40-day truce and an exchange", "a six-week pause and an exchange", "=a | +six-week pause | -40-day truce | =and an exchange"},
		{"all new", "one two", "three four", "+three four | -one two"},
		{"left empty", "", "new words", "+new words"},
		{"right empty", "old words", "", "-old words"},
		{"both empty", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ops := diffWords(segmentWords(tt.a), segmentWords(tt.b))
			assert.Equal(t, tt.want, renderOps(tt.a, tt.b, ops))
		})
	}
}

// TestDiffWordsCoversBothSides checks the invariant the UI relies on: the
// Equal and Delete runs cover every left word once, in order, and the Equal
// and Insert runs every right word; empty sides sit where they belong.
func TestDiffWordsCoversBothSides(t *testing.T) {
	pairs := [][2]string{
		{"Netanyahu’s administration has set a deadline for Hamas to respond to a proposed ceasefire plan.",
			"Last week, a Hamas source disclosed that the proposed ceasefire entails a six-week pause."},
		{"a b c d e f", "f e d c b a"},
		{"x x x y", "y x x x"},
	}
	for _, p := range pairs {
		a, b := segmentWords(p[0]), segmentWords(p[1])
		ops := diffWords(a, b)
		var left, right []string
		lastL, lastR := 0, 0
		for _, op := range ops {
			require.LessOrEqual(t, lastL, op.Left.Start, "left runs in order")
			require.LessOrEqual(t, lastR, op.Right.Start, "right runs in order")
			lastL, lastR = op.Left.End, op.Right.End
			if op.Kind != Insert {
				left = append(left, wordTexts(p[0][op.Left.Start:op.Left.End])...)
			} else {
				assert.Equal(t, op.Left.Start, op.Left.End, "an insert is empty on the left")
			}
			if op.Kind != Delete {
				right = append(right, wordTexts(p[1][op.Right.Start:op.Right.End])...)
			} else {
				assert.Equal(t, op.Right.Start, op.Right.End, "a delete is empty on the right")
			}
		}
		assert.Equal(t, wordTexts(p[0]), left)
		assert.Equal(t, wordTexts(p[1]), right)
	}
}

func TestDiffWordsLongSentenceIsBounded(t *testing.T) {
	long := strings.Repeat("word ", maxDiffWords+50)
	ops := diffWords(segmentWords(long), segmentWords("word"))
	require.NotEmpty(t, ops)
	last := ops[len(ops)-1]
	assert.Equal(t, Delete, last.Kind)
	assert.Equal(t, len(long)-1, last.Left.End, "the words past the bound are still reported")
}

func wordTexts(s string) []string {
	var out []string
	for _, w := range segmentWords(s) {
		out = append(out, s[w.start:w.end])
	}
	return out
}
