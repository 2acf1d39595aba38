package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"diptych/corpus"
)

func TestEntitySets(t *testing.T) {
	mention := func(p string, text, id string, typ corpus.EntityType) corpus.Mention {
		for i := 0; i+len(text) <= len(p); i++ {
			if p[i:i+len(text)] == text {
				return corpus.Mention{Span: corpus.Span{Para: 0, Start: i, End: i + len(text)}, Type: typ, Entity: id}
			}
		}
		t.Fatalf("no %q", text)
		return corpus.Mention{}
	}
	lp := "Blinken met Netanyahu. Hamas replied. Blinken flew to Cairo on Monday."
	rp := "Antony Blinken spoke in Doha. Hamas agreed."
	l := &corpus.Article{ID: "l", Paragraphs: []string{lp}, Mentions: []corpus.Mention{
		mention(lp, "Blinken", "antony-blinken", corpus.Person),
		mention(lp, "Netanyahu", "benjamin-netanyahu", corpus.Person),
		mention(lp, "Hamas", "hamas", corpus.Org),
		mention(lp, "Cairo", "cairo", corpus.Place),
		mention(lp, "Monday", "", corpus.Date), // no canonical entity: not a chip
	}}
	l.Mentions = append(l.Mentions, corpus.Mention{Span: corpus.Span{Para: 0, Start: 38, End: 45}, Type: corpus.Person, Entity: "antony-blinken"})
	r := &corpus.Article{ID: "r", Paragraphs: []string{rp}, Mentions: []corpus.Mention{
		mention(rp, "Antony Blinken", "antony-blinken", corpus.Person),
		mention(rp, "Doha", "doha", corpus.Place),
		mention(rp, "Hamas", "hamas", corpus.Org),
	}}
	lookup := func(id string) (corpus.Entity, bool) {
		if id == "antony-blinken" {
			return corpus.Entity{ID: id, Name: "Antony Blinken", Type: corpus.Person}, true
		}
		return corpus.Entity{}, false
	}
	got := Compare(l, r, Options{Entities: lookup}).Entities
	assert.Equal(t, []EntityRef{
		{ID: "antony-blinken", Name: "Antony Blinken", Type: corpus.Person, Left: 2, Right: 1},
		{ID: "hamas", Name: "Hamas", Type: corpus.Org, Left: 1, Right: 1},
	}, got.Shared)
	assert.Equal(t, []EntityRef{
		{ID: "cairo", Name: "Cairo", Type: corpus.Place, Left: 1},
		{ID: "benjamin-netanyahu", Name: "Netanyahu", Type: corpus.Person, Left: 1},
	}, got.OnlyLeft)
	assert.Equal(t, []EntityRef{{ID: "doha", Name: "Doha", Type: corpus.Place, Right: 1}}, got.OnlyRight)
}
