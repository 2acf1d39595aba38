package ner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"conll pre-tokenised", "EU rejects German call .", []string{"EU", "rejects", "German", "call", "."}},
		{"final punctuation", "Blinken said, then left.", []string{"Blinken", "said", ",", "then", "left", "."}},
		{"abbreviation keeps period", "the U.S. and Mr. Smith", []string{"the", "U.S.", "and", "Mr.", "Smith"}},
		{"curly quotes and possessive", "“It’s time,” Netanyahu’s aide said.", []string{"“", "It", "’s", "time", ",", "”", "Netanyahu", "’s", "aide", "said", "."}},
		{"straight quotes", `"We are," he said`, []string{`"`, "We", "are", ",", `"`, "he", "said"}},
		{"hyphenated word stays whole", "a six-week cease-fire", []string{"a", "six-week", "cease-fire"}},
		{"numbers keep commas", "at least 27,585 deaths, and 2.4 million", []string{"at", "least", "27,585", "deaths", ",", "and", "2.4", "million"}},
		{"em dash splits", "war—and peace", []string{"war", "—", "and", "peace"}},
		{"brackets", "Agency (UNRWA) has", []string{"Agency", "(", "UNRWA", ")", "has"}},
		{"lone punctuation", `" "`, []string{`"`, `"`}},
		{"conll clitic stays whole", "Queen 's Park", []string{"Queen", "'s", "Park"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.text)
			var got []string
			for _, tok := range toks {
				got = append(got, tok.Text)
				assert.Equal(t, tok.Text, tt.text[tok.Start:tok.End], "offsets of %q", tok.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestTokenizeSentenceStarts(t *testing.T) {
	toks := Tokenize("Blinken left. “Hamas must agree,” he said.\nIsrael")
	var starts []string
	for _, tok := range toks {
		if tok.SentStart {
			starts = append(starts, tok.Text)
		}
	}
	assert.Equal(t, []string{"Blinken", "“", "Hamas", "Israel"}, starts)
}
