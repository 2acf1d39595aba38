package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

// kinds returns the row kinds of c as strings.
func kinds(c *Comparison) []string {
	var out []string
	for _, r := range c.Rows {
		out = append(out, r.Kind.String())
	}
	return out
}

func TestAlign(t *testing.T) {
	const (
		truce   = "Hamas weighs a forty day truce offered by mediators in Cairo."
		rafah   = "Israeli troops prepare an assault on Rafah near the Egyptian border."
		aid     = "Aid convoys from Jordan reach hungry families in northern Gaza."
		weather = "Heavy rain flooded tents across the southern coast overnight."
		stocks  = "Shares in European banks climbed after the central bank decision."
	)
	tests := []struct {
		name        string
		left, right []string
		want        []string
		pairs       [][2]int
	}{
		{"identical", []string{truce, rafah, aid}, []string{truce, rafah, aid},
			[]string{"aligned", "aligned", "aligned"}, [][2]int{{0, 0}, {1, 1}, {2, 2}}},
		{"insertion on the right", []string{truce, aid}, []string{truce, weather, aid},
			[]string{"aligned", "only-right", "aligned"}, [][2]int{{0, 0}, {1, 2}}},
		{"deletion on the left", []string{truce, stocks, aid}, []string{truce, aid},
			[]string{"aligned", "only-left", "aligned"}, [][2]int{{0, 0}, {2, 1}}},
		{"nothing in common", []string{weather}, []string{stocks},
			[]string{"only-left", "only-right"}, nil},
		{"swapped order links a moved pair", []string{truce, rafah, aid}, []string{aid, rafah, truce},
			[]string{"moved-right", "moved-right", "aligned", "moved-left", "moved-left"}, [][2]int{{0, 2}, {1, 1}, {2, 0}}},
		{"empty left", nil, []string{truce}, []string{"only-right"}, nil},
		{"both empty", nil, nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &corpus.Article{ID: "l", Paragraphs: tt.left}
			r := &corpus.Article{ID: "r", Paragraphs: tt.right}
			c := Compare(l, r, Options{})
			assert.Equal(t, tt.want, kinds(c))
			var pairs [][2]int
			for _, p := range c.Pairs {
				pairs = append(pairs, [2]int{p.Left, p.Right})
			}
			assert.Equal(t, tt.pairs, pairs)
			// Every sentence sits on exactly one row, and partners agree.
			for i, s := range c.Left.Sentences {
				require.GreaterOrEqual(t, s.Row, 0)
				assert.Equal(t, i, c.Rows[s.Row].Left)
				if s.Partner >= 0 {
					assert.Equal(t, i, c.Right.Sentences[s.Partner].Partner)
				}
			}
			for j, s := range c.Right.Sentences {
				require.GreaterOrEqual(t, s.Row, 0)
				assert.Equal(t, j, c.Rows[s.Row].Right)
			}
		})
	}
}

func TestCompareIdenticalIsFullySimilar(t *testing.T) {
	a := &corpus.Article{ID: "a", Paragraphs: []string{"Hamas weighs a truce. Israel prepares an assault on Rafah."}}
	c := Compare(a, a, Options{})
	assert.InDelta(t, 1, c.Similarity, 1e-9)
	assert.InDelta(t, 1, c.Coverage, 1e-9)
	for _, p := range c.Pairs {
		assert.Equal(t, 1.0, p.Score)
		require.Len(t, p.Diff, 1)
		assert.Equal(t, Equal, p.Diff[0].Kind)
	}
}

func TestCompareBadSpansWarnInsteadOfPanicking(t *testing.T) {
	a := &corpus.Article{ID: "a", Paragraphs: []string{"Hamas weighs a truce."},
		Mentions: []corpus.Mention{{Span: corpus.Span{Para: 3, Start: 0, End: 5}, Type: corpus.Org, Entity: "hamas"}},
		Quotes:   []corpus.Quote{{Span: corpus.Span{Para: 0, Start: 10, End: 500}}},
		Figures:  []corpus.Figure{{Span: corpus.Span{Para: 0, Start: -1, End: 2}, Value: "4"}},
	}
	c := Compare(a, &corpus.Article{ID: "b"}, Options{})
	assert.Len(t, c.Warnings, 3)
	assert.Empty(t, c.Entities.OnlyLeft)
	assert.Empty(t, c.Quotes)
	assert.Empty(t, c.Figures.OnlyLeft)
	assert.NotPanics(t, func() { Compare(nil, nil, Options{}) })
}
