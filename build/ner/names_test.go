package ner

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNameCleanup(t *testing.T) {
	tests := []struct {
		name string
		text string
		in   []span
		want []string
	}{
		{"split at ordinary word", "Phoenix was Amazon today", []span{{0, 3, labelORG}}, []string{"Phoenix", "Amazon"}},
		{"keep connector", "the Bank of England said", []span{{1, 4, labelORG}}, []string{"Bank of England"}},
		{"keep leading particle", "driver de Ferran won", []span{{1, 3, labelPER}}, []string{"de Ferran"}},
		{"keep hyphenated word", "the Palestinian self-rule Authority", []span{{1, 4, labelORG}}, []string{"Palestinian self-rule Authority"}},
		{"join over particle", "minister Mohammed bin Abdulrahman Al-Thani spoke", []span{{1, 2, labelPER}, {3, 5, labelPER}}, []string{"Mohammed bin Abdulrahman Al-Thani"}},
		{"no join across types", "Ali bin Qatar", []span{{0, 1, labelPER}, {2, 3, labelLOC}}, []string{"Ali", "Qatar"}},
	}
	gz := newGazetteer()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := prepare(Tokenize(tt.text), gz)
			var got []string
			for _, s := range mergeParticles(d, splitAtLowercase(d, tt.in)) {
				var w []string
				for k := s.From; k < s.To; k++ {
					w = append(w, d.toks[k].Text)
				}
				got = append(got, strings.Join(w, " "))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestPropagateSurnames(t *testing.T) {
	gz := newGazetteer()
	text := "Joe Biden spoke . The Biden administration agreed . Biden Foundation grew ."
	d := prepare(Tokenize(text), gz)
	got := propagateSurnames(d, []span{{0, 2, labelPER}}, make([]bool, len(d.toks)))
	var words []string
	for _, s := range got {
		words = append(words, d.toks[s.From].Text+"/"+s.Label.String())
	}
	assert.Equal(t, []string{"Joe/PER", "Biden/PER"}, words, "the surname alone is a person; inside a longer name it is not")
	assert.Equal(t, 5, got[1].From)
}
