package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"diptych/corpus"
)

func TestGroupQuotes(t *testing.T) {
	para := `"We will win," Netanyahu said. "Talks go on," he added. "No comment," a spokesman said. "Wait," said Laerke.`
	span := func(text string) corpus.Span {
		for i := 0; i+len(text) <= len(para); i++ {
			if para[i:i+len(text)] == text {
				return corpus.Span{Para: 0, Start: i, End: i + len(text)}
			}
		}
		t.Fatalf("no %q", text)
		return corpus.Span{}
	}
	l := &corpus.Article{ID: "l", Paragraphs: []string{para}, Quotes: []corpus.Quote{
		{Span: span("We will win,"), Speaker: "benjamin-netanyahu", SpeakerText: "Netanyahu"},
		{Span: span("Talks go on,"), SpeakerText: "he"},
		{Span: span("No comment,"), SpeakerText: "a spokesman"},
	}}
	r := &corpus.Article{ID: "r", Paragraphs: []string{para}, Quotes: []corpus.Quote{
		{Span: span("We will win,"), Speaker: "benjamin-netanyahu", SpeakerText: "the prime minister"},
		{Span: span("Wait,"), SpeakerText: "Laerke"},
	}}
	lookup := func(id string) (corpus.Entity, bool) {
		if id == "benjamin-netanyahu" {
			return corpus.Entity{ID: id, Name: "Benjamin Netanyahu", Type: corpus.Person}, true
		}
		return corpus.Entity{}, false
	}
	got := Compare(l, r, Options{Entities: lookup}).Quotes
	type row struct {
		speaker, name string
		left, right   int
	}
	var rows []row
	for _, g := range got {
		rows = append(rows, row{g.Speaker, g.Name, len(g.Left), len(g.Right)})
	}
	assert.Equal(t, []row{
		{"benjamin-netanyahu", "Benjamin Netanyahu", 1, 1}, // both sides first
		{"", "a spokesman", 1, 0},                          // then left only
		{"", "Laerke", 0, 1},                               // then right only
		{"", "", 1, 0},                                     // "he": unattributed, last
	}, rows)
	assert.Equal(t, "We will win,", got[0].Left[0].Text)
	assert.Equal(t, 0, got[0].Left[0].Sentence)
	assert.Equal(t, 1, got[3].Left[0].Sentence)
}
