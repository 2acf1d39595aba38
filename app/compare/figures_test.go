package compare

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

func TestAttribution(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"according to", "It killed 27,585 people, according to Gaza's health ministry.", "Gaza's health ministry"},
		{"according to an agency tally", "approximately 1,160 casualties, mostly civilians, according to an AFP tally based on official Israeli figures.", "an AFP tally based on official Israeli figures"},
		{"subject of report", "Palestinian health authorities report over 40,000 deaths.", "Palestinian health authorities"},
		{"participle after a comma", "Fighting went on, with Gaza's health ministry reporting at least 107 fatalities.", "Gaza's health ministry"},
		{"said", "The army said 12 soldiers died.", "army"},
		{"nobody credited", "The war has displaced half of its 2.4 million inhabitants.", ""},
		{"subject too long to be a source", "Many of the people living in the crowded southern city report hunger.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, attribution(tt.sentence, 0, len(tt.sentence), segmentWords(tt.sentence)))
		})
	}
}

func TestMeasure(t *testing.T) {
	tests := []struct {
		name, unit, context string
		amount              float64
		want                string
		wantAmount          float64
	}{
		{"deaths", "deaths", "over 40,000 deaths", 40000, "deaths", 40000},
		{"fatalities are deaths", "fatalities", "107 fatalities", 107, "deaths", 107},
		{"people killed are deaths", "Palestinians", "has also killed 45,000 Palestinians", 45000, "deaths", 45000},
		{"people otherwise are people", "inhabitants", "half of its 2.4 million inhabitants", 2400000, "people", 2400000},
		{"weeks in days", "week", "a six-week pause", 6, "duration", 42},
		{"days", "day", "a 40-day truce", 40, "duration", 40},
		{"unknown unit measures itself", "Policemen", "six policemen", 6, "policemen", 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, a := measure(tt.unit, segmentWords(tt.context), tt.amount)
			assert.Equal(t, tt.want, m)
			assert.Equal(t, tt.wantAmount, a)
		})
	}
}

// figureArticle builds an article with one paragraph per sentence and a
// figure for each given figure text.
func figureArticle(t *testing.T, id, published string, paras []string, figs ...corpus.Figure) *corpus.Article {
	t.Helper()
	a := &corpus.Article{ID: id, Published: published, Paragraphs: paras}
	for _, f := range figs {
		found := false
		for pi, p := range paras {
			if i := strings.Index(p, f.Value); i >= 0 && !found {
				f.Span = corpus.Span{Para: pi, Start: i, End: i + len(f.Value)}
				found = true
			}
		}
		require.True(t, found, "no %q", f.Value)
		f.Value = strings.ReplaceAll(f.Value, ",", "")
		a.Figures = append(a.Figures, f)
	}
	return a
}

func TestPairFigures(t *testing.T) {
	l := figureArticle(t, "l", "2024-02-07", []string{
		"The war has killed 27,585 people in Gaza, according to the health ministry.",
		"Hamas freed 110 hostages during the November truce.",
	}, corpus.Figure{Value: "27,585", Unit: "people"}, corpus.Figure{Value: "110", Unit: "hostages"})
	r := figureArticle(t, "r", "2024-08-19", []string{
		"Officials say 250 hostages were taken on October 7.",
		"The health ministry in Gaza says the war has killed over 40,000 people.",
		"Prices of flour rose by 300 percent.",
	}, corpus.Figure{Value: "250", Unit: "hostages"}, corpus.Figure{Value: "40,000", Unit: "people", Qualifier: "over"}, corpus.Figure{Value: "300", Unit: "percent"})

	c := Compare(l, r, Options{})
	require.Len(t, c.Figures.Pairs, 2)
	deaths := c.Figures.Pairs[0]
	assert.Equal(t, "deaths", deaths.Measure)
	assert.Equal(t, "27585", deaths.Left.Value)
	assert.Equal(t, "40000", deaths.Right.Value)
	assert.True(t, deaths.Differs)
	assert.Equal(t, "left", deaths.Earlier, "shown as a progression from the earlier article")
	assert.Equal(t, "the health ministry", deaths.Left.Attribution)
	assert.Equal(t, "2024-02-07", deaths.Left.Date)
	assert.Equal(t, "hostages", c.Figures.Pairs[1].Measure)
	require.Len(t, c.Figures.OnlyRight, 1)
	assert.Equal(t, "300", c.Figures.OnlyRight[0].Value)
	assert.Empty(t, c.Figures.OnlyLeft)

	same := Compare(l, l, Options{})
	for _, p := range same.Figures.Pairs {
		assert.False(t, p.Differs)
		assert.Empty(t, p.Earlier, "same date")
	}
}

func TestAmountOf(t *testing.T) {
	tests := []struct {
		name, value, text string
		want              float64
	}{
		{"value", "27585", "at least 27,585 deaths", 27585},
		{"value zero, digits in text", "0", "40-day truce", 40},
		{"no value, word in text", "", "six-week pause", 6},
		{"millions", "", "2.4 million inhabitants", 2400000},
		{"a real zero", "0", "zero casualties", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, amountOf(tt.value, segmentWords(tt.text)))
		})
	}
	assert.True(t, math.IsNaN(amountOf("", segmentWords("no number here"))))
}

// TestParseAmount holds parseAmount to strconv.ParseFloat after dropping
// commas, NaN for an error.
func TestParseAmount(t *testing.T) {
	for _, s := range []string{
		"27,585", "2.4", "0", "40", "1,160", "2400000", "0.1", "0.3", "123456789012345",
		"1234567890123456", "12345678901234567890", "1.", ".5", "1..2", "1.2.3", "",
		"kill", "six", "inf", "Infinity", "NaN", "nan", "i,nf", "-5", "+5", "1e5",
		"0x1p-2", "1_000", "½", "٣", "4th", "99.999999999999999", "3.14159265358979",
	} {
		t.Run(s, func(t *testing.T) {
			want, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
			if err != nil {
				want = math.NaN()
			}
			got := parseAmount(s)
			if math.IsNaN(want) {
				assert.True(t, math.IsNaN(got), "got %v", got)
				return
			}
			assert.Equal(t, math.Float64bits(want), math.Float64bits(got), "got %v want %v", got, want)
		})
	}
}
