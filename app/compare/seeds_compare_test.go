package compare

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/compare/golden")

// TestCompareSeedsGolden pins whole comparisons of seed pairs as readable
// reports. Run with -update after an intended change and review the diff.
func TestCompareSeedsGolden(t *testing.T) {
	s := loadSeeds(t)
	for _, pair := range [][2]string{{"002", "004"}, {"001", "004"}, {"000", "001"}, {"002", "003"}, {"003", "000"}} {
		name := pair[0] + "_" + pair[1]
		t.Run(name, func(t *testing.T) {
			checkGolden(t, name, report(Compare(s.articles[pair[0]], s.articles[pair[1]], Options{Entities: s.lookup})))
		})
	}
}

// checkGolden compares a report with testdata/compare/golden/NAME.txt, or
// rewrites that file with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("../../testdata/compare/golden", name+".txt")
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./app/compare -update to create it")
	if d := firstDiff(string(want), got); d != "" {
		t.Errorf("%s differs (go test ./app/compare -update, then review git diff):\n%s", path, d)
	}
}

// TestCompare002With004 checks what the issue names for seeds 002 and 004:
// both report a 40-day / six-week truce proposal and Rafah, only 004 quotes
// "total victory", and their figures are set side by side.
func TestCompare002With004(t *testing.T) {
	s := loadSeeds(t)
	c := Compare(s.articles["002"], s.articles["004"], Options{Entities: s.lookup})

	t.Run("the truce proposals are aligned", func(t *testing.T) {
		p := pairWith(t, c, "40-day truce")
		assert.Contains(t, sentenceText(c.Right, p.Right), "six-week pause")
	})
	t.Run("the leads are aligned", func(t *testing.T) {
		p := pairWith(t, c, "has been vocal about the need for Hamas")
		assert.Contains(t, sentenceText(c.Right, p.Right), "arrived in Israel on Wednesday")
	})
	t.Run("entities", func(t *testing.T) {
		shared := ids(c.Entities.Shared)
		for _, id := range []string{"rafah", "antony-blinken", "hamas", "benjamin-netanyahu", "qatar", "egypt"} {
			assert.Contains(t, shared, id)
		}
		assert.Contains(t, ids(c.Entities.OnlyLeft), "cairo")
		assert.Contains(t, ids(c.Entities.OnlyRight), "mossad")
		assert.NotContains(t, ids(c.Entities.OnlyRight), "rafah")
	})
	t.Run("truce lengths are paired and differ", func(t *testing.T) {
		require.NotEmpty(t, c.Figures.Pairs)
		f := c.Figures.Pairs[0]
		assert.Equal(t, "duration", f.Measure)
		assert.Equal(t, "40-day", f.Left.Text)
		assert.Equal(t, "six-week", f.Right.Text)
		assert.True(t, f.Differs)
	})
	t.Run("only 004 quotes total victory", func(t *testing.T) {
		g := quoteGroup(t, c, "benjamin-netanyahu")
		assert.Empty(t, g.Left)
		require.Len(t, g.Right, 1)
		assert.Contains(t, g.Right[0].Text, "total victory")
		for _, g := range c.Quotes {
			assert.Empty(t, g.Left, "002 has no direct quotations")
		}
	})
}

// TestCompareDeathTolls checks that the death tolls of the seeds are paired
// as the same measure and ordered by date, not reported as errors.
func TestCompareDeathTolls(t *testing.T) {
	s := loadSeeds(t)
	tests := []struct {
		name          string
		left, right   string
		leftDate      string
		rightDate     string
		wantL, wantR  string
		wantEarlier   string
		wantAttribute [2]string
	}{
		{"001 vs 004 undated", "001", "004", "", "", "over 40,000 deaths", "at least 27,585 deaths", "",
			[2]string{"Palestinian health authorities", "Gaza's health ministry"}},
		{"004 dated earlier than 001", "004", "001", "2024-02-07", "2024-08-19", "at least 27,585 deaths", "over 40,000 deaths", "left",
			[2]string{"Gaza's health ministry", "Palestinian health authorities"}},
		{"000 is later than 001", "000", "001", "", "2024-08-19", "45,000 Palestinians", "over 40,000 deaths", "right",
			[2]string{"health officials in Gaza", "Palestinian health authorities"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, r := *s.articles[tt.left], *s.articles[tt.right]
			if tt.leftDate != "" {
				l.Published = tt.leftDate
			}
			if tt.rightDate != "" {
				r.Published = tt.rightDate
			}
			c := Compare(&l, &r, Options{})
			var found *FigurePair
			for i, p := range c.Figures.Pairs {
				if p.Left.Text == tt.wantL {
					found = &c.Figures.Pairs[i]
				}
			}
			require.NotNil(t, found, "no pair for %q", tt.wantL)
			assert.Equal(t, "deaths", found.Measure)
			assert.Equal(t, tt.wantR, found.Right.Text)
			assert.True(t, found.Differs)
			assert.Equal(t, tt.wantEarlier, found.Earlier)
			assert.Equal(t, tt.wantAttribute, [2]string{found.Left.Attribution, found.Right.Attribution})
		})
	}
}

func TestCompareSeedHeader(t *testing.T) {
	s := loadSeeds(t)
	c := Compare(s.articles["003"], s.articles["000"], Options{})
	require.True(t, c.DatesKnown)
	assert.Equal(t, 186, c.DaysApart, "10 June to 13 December 2024")
	assert.Greater(t, c.Left.Words, 600)
	assert.Greater(t, c.Similarity, 0.1)
	assert.Less(t, c.Similarity, 1.0)
}

func pairWith(t *testing.T, c *Comparison, leftText string) Pair {
	t.Helper()
	for _, p := range c.Pairs {
		if strings.Contains(sentenceText(c.Left, p.Left), leftText) {
			return p
		}
	}
	require.Failf(t, "no pair", "no aligned pair for the left sentence with %q", leftText)
	return Pair{}
}

func quoteGroup(t *testing.T, c *Comparison, speaker string) QuoteGroup {
	t.Helper()
	for _, g := range c.Quotes {
		if g.Speaker == speaker {
			return g
		}
	}
	require.Failf(t, "no quote group", "no quotes by %s", speaker)
	return QuoteGroup{}
}

func ids(refs []EntityRef) []string {
	var out []string
	for _, r := range refs {
		out = append(out, r.ID)
	}
	return out
}

// firstDiff returns the first differing line of want and got with a line
// of context, or "" when they are equal.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, wl, gl)
		}
	}
	return ""
}
