package ner

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"diptych/corpus"
)

func TestFindQuotePairs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"curly", "“We will win,” he said.", []string{"We will win,"}},
		{"straight", `"We will win," he said, "and soon."`, []string{"We will win,", "and soon."}},
		{"closing mark carried over", `it ends here." Then "a new one" begins`, []string{"a new one"}},
		{"unclosed opening restarts", `"first part. Then "second part" ends`, []string{"second part"}},
		{"inch mark is not a quote", `a 12" record and "a quote"`, []string{"a quote"}},
		{"unbalanced", `"never closed`, nil},
		{"tokenised text", `he said " we will win " today`, []string{" we will win "}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range findQuotePairs(0, tt.text) {
				got = append(got, tt.text[q.open+q.openLen:q.close])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestQuoteSpeakers(t *testing.T) {
	x := loadExtractor(t)
	tests := []struct {
		name    string
		paras   []string
		speaker []string // SpeakerText per quote, "" for none
	}{
		{"name after", []string{`"The talks are going well and will go on," Maria Lopez added.`}, []string{"Maria Lopez"}},
		{"verb before name", []string{`"We need more time to study it," said Foreign Minister Hakan Fidan.`}, []string{"Hakan Fidan"}},
		{"introduced", []string{`Prime Minister Jacinda Ardern met reporters, telling them: "We will not give up on this."`}, []string{"Jacinda Ardern"}},
		{"pronoun after a named speaker", []string{
			`"The first round is over now," said Maria Lopez.`,
			`"The second round starts on Monday," she said.`,
		}, []string{"Maria Lopez", "she"}},
		{"quotation goes on after its attribution", []string{
			`"The first round is over now," said Maria Lopez. "The second starts on Monday."`,
		}, []string{"Maria Lopez", "Maria Lopez"}},
		{"quotation goes on in the next paragraph", []string{
			`"The first round is over now," said Maria Lopez.`,
			`"The second starts on Monday and will be harder."`,
		}, []string{"Maria Lopez", "Maria Lopez"}},
		{"another person in between breaks the chain", []string{
			`"The first round is over now," said Maria Lopez. Then John Smith spoke: "not a word of it is true"`,
		}, []string{"Maria Lopez", "John Smith"}},
		{"organisation speaks", []string{`"The figures are still being checked," Reuters said.`}, []string{"Reuters"}},
		{"scare quotes too short", []string{`a so-called "bridging proposal" was made`}, nil},
		{"no speaker", []string{`The banner read "peace for all of us now" in red.`}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, ents := annotate(t, x, corpus.Article{ID: "q", Paragraphs: tt.paras})
			byID := map[string]string{}
			for _, e := range ents {
				byID[e.ID] = e.Name
			}
			var got []string
			for _, q := range arts[0].Quotes {
				got = append(got, q.SpeakerText)
				if q.Speaker != "" {
					assert.Contains(t, byID, q.Speaker)
				}
			}
			assert.Equal(t, tt.speaker, got)
		})
	}
}
