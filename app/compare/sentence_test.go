package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"diptych/corpus"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		para string
		want []string
	}{
		{"plain", "One thing. Two things! Three?", []string{"One thing.", "Two things!", "Three?"}},
		{"no final period", "A heading without a stop", []string{"A heading without a stop"}},
		{"title Mr.", "Mr. Blinken spoke. He left.", []string{"Mr. Blinken spoke.", "He left."}},
		{"initial", "CIA Director William J. Burns has been working. Later he flew.", []string{"CIA Director William J. Burns has been working.", "Later he flew."}},
		{"U.S. mid-sentence", "U.S. Secretary of State Antony Blinken spoke.", []string{"U.S. Secretary of State Antony Blinken spoke."}},
		{"U.S. before a name", "talks facilitated by the U.S. Egypt and Qatar agreed.", []string{"talks facilitated by the U.S. Egypt and Qatar agreed."}},
		{"U.S. ends a sentence", "Support came from the U.S. The talks went on.", []string{"Support came from the U.S.", "The talks went on."}},
		{"U.S.-led", "U.S.-led ceasefire efforts have faltered. Both sides blame each other.", []string{"U.S.-led ceasefire efforts have faltered.", "Both sides blame each other."}},
		{"decimal", "It has 2.4 million people. Half fled.", []string{"It has 2.4 million people.", "Half fled."}},
		{"closing quote ends", `He said, "We will not stop." Then he left.`, []string{`He said, "We will not stop."`, "Then he left."}},
		{"curly closing quote", "telling reporters, \u201cThis is a decisive moment.\u201d Following his meeting, he left.", []string{"telling reporters, \u201cThis is a decisive moment.\u201d", "Following his meeting, he left."}},
		{"question inside quote continues", `"Is it over?" he asked. Nobody knew.`, []string{`"Is it over?" he asked.`, "Nobody knew."}},
		{"opening quote starts", `He spoke. "We agree," she said.`, []string{"He spoke.", `"We agree," she said.`}},
		{"lower case after period", "See e.g. the report. It is long.", []string{"See e.g. the report.", "It is long."}},
		{"month abbreviation", "On Jan. 5 they met. They agreed.", []string{"On Jan. 5 they met.", "They agreed."}},
		{"ellipsis", "Establishing \u2026 More follows.", []string{"Establishing \u2026 More follows."}},
		{"surrounding space", "  One.   Two.  ", []string{"One.", "Two."}},
		{"empty", "", nil},
		{"only space", "   ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &corpus.Article{Paragraphs: []string{tt.para}}
			var got []string
			for _, s := range SplitSentences(a) {
				assert.Equal(t, 0, s.Para)
				assert.Equal(t, -1, s.Partner)
				got = append(got, s.Span.Text(a))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestSplitSentencesKeepsParagraphs(t *testing.T) {
	a := &corpus.Article{Paragraphs: []string{"First one. Second one.", "", "Third one."}}
	got := SplitSentences(a)
	assert.Equal(t, []corpus.Span{{Para: 0, Start: 0, End: 10}, {Para: 0, Start: 11, End: 22}, {Para: 2, Start: 0, End: 10}},
		[]corpus.Span{got[0].Span, got[1].Span, got[2].Span})
	assert.Len(t, got, 3)
}
