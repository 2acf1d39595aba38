package compare

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// alignmentGold is testdata/compare/alignment_gold.json.
type alignmentGold struct {
	Pairs []struct {
		Left  string   `json:"left"`
		Right string   `json:"right"`
		Gold  [][2]int `json:"gold"`
	} `json:"pairs"`
}

// TestAlignmentAgainstGold scores the alignment of seed pairs against
// hand-judged sentence pairs and holds precision and recall (over all
// pairs together) to floors, so a change that makes alignment worse fails.
// Run with -v to see the figures.
func TestAlignmentAgainstGold(t *testing.T) {
	b, err := os.ReadFile("../../testdata/compare/alignment_gold.json")
	require.NoError(t, err)
	var g alignmentGold
	require.NoError(t, json.Unmarshal(b, &g))
	s := loadSeeds(t)
	var found, correct, gold int
	for _, p := range g.Pairs {
		c := Compare(s.articles[p.Left], s.articles[p.Right], Options{Entities: s.lookup})
		want := map[[2]int]bool{}
		for _, x := range p.Gold {
			want[x] = true
		}
		ok := 0
		for _, q := range c.Pairs {
			if want[[2]int{q.Left, q.Right}] {
				ok++
			}
		}
		t.Logf("%s vs %s: %d pairs found, %d correct, %d in the gold", p.Left, p.Right, len(c.Pairs), ok, len(p.Gold))
		found += len(c.Pairs)
		correct += ok
		gold += len(p.Gold)
	}
	precision := float64(correct) / float64(found)
	recall := float64(correct) / float64(gold)
	t.Logf("all: precision %.2f (%d/%d), recall %.2f (%d/%d)", precision, correct, found, recall, correct, gold)
	assert.GreaterOrEqual(t, precision, 0.75)
	assert.GreaterOrEqual(t, recall, 0.65)
}
