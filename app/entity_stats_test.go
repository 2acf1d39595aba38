package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
	"diptych/corpus/index"
)

// statsFixture is three small articles: a and b share Blinken and Gaza,
// c mentions only Cairo and an entity the index does not list.
func statsFixture() *index.Index {
	men := func(p, s, e int, t corpus.EntityType, id string) corpus.Mention {
		return corpus.Mention{Span: corpus.Span{Para: p, Start: s, End: e}, Type: t, Entity: id}
	}
	return &index.Index{
		Articles: []corpus.Article{
			{ID: "a", Title: "A", Source: "S1", Published: "2024-06-10", Paragraphs: []string{"Blinken in Gaza. Blinken again."},
				Mentions: []corpus.Mention{men(0, 0, 7, corpus.Person, "antony-blinken"), men(0, 11, 15, corpus.Place, "gaza"), men(0, 17, 24, corpus.Person, "antony-blinken"), men(0, 25, 30, corpus.Date, "")},
				Quotes:   []corpus.Quote{{Span: corpus.Span{Para: 0, Start: 17, End: 30}, Speaker: "antony-blinken"}}},
			{ID: "b", Title: "B", Published: "2024-12-13", Paragraphs: []string{"Gaza and Blinken."},
				Mentions: []corpus.Mention{men(0, 0, 4, corpus.Place, "gaza"), men(0, 9, 16, corpus.Person, "antony-blinken")}},
			{ID: "c", Title: "C", Source: "S2", Paragraphs: []string{"Cairo, Zed."},
				Mentions: []corpus.Mention{men(0, 0, 5, corpus.Place, "cairo"), men(0, 7, 10, corpus.Person, "zed")}},
		},
		Entities: []corpus.Entity{
			{ID: "antony-blinken", Name: "Antony Blinken", Type: corpus.Person, Aliases: []string{"Blinken"}},
			{ID: "cairo", Name: "Cairo", Type: corpus.Place},
			{ID: "gaza", Name: "Gaza", Type: corpus.Place},
			{ID: "hamas", Name: "Hamas", Type: corpus.Org},
		},
	}
}

func TestEntityStats(t *testing.T) {
	s := newEntityStats(statsFixture())

	b, ok := s.entity("antony-blinken")
	require.True(t, ok)
	assert.Equal(t, 3, b.Mentions)
	assert.Equal(t, []articleTally{{0, 2}, {1, 1}}, b.Articles, "most mentions first")
	assert.Equal(t, []quoteRef{{0, 0}}, b.Quotes)

	z, ok := s.entity("zed")
	require.True(t, ok, "a mention of an unlisted entity is still counted")
	assert.Equal(t, "Zed", z.Entity.Name)

	h, ok := s.entity("hamas")
	require.True(t, ok, "a listed entity nothing mentions still has a page")
	assert.Zero(t, h.Mentions)
	_, ok = s.entity("nobody")
	assert.False(t, ok)

	assert.Equal(t, "Antony Blinken", s.name("antony-blinken"))
	assert.Equal(t, "nobody", s.name("nobody"))
	lib := &library{ix: s.ix, statsOnce: lazy[*entityStats]{make: func() *entityStats { return s }}}
	assert.Equal(t, []entityCount{{"antony-blinken", 2}}, lib.keyEntities(&s.ix.Articles[0], 1), "counted, before the statistics are made")
	lib.stats()
	assert.Equal(t, []entityCount{{"antony-blinken", 2}}, lib.keyEntities(&s.ix.Articles[0], 1), "read from the statistics")
	assert.Equal(t, [][]entityCount{{{"antony-blinken", 2}, {"gaza", 1}}, {{"gaza", 1}, {"antony-blinken", 1}}, {{"cairo", 1}, {"zed", 1}}}, s.byArticle)
	assert.Equal(t, 2, s.mentionsIn("antony-blinken", "a"))
	assert.Equal(t, 0, s.mentionsIn("antony-blinken", "c"))
	assert.Equal(t, []entityCount{{"gaza", 2}}, s.cooccurring("antony-blinken"))

	rel := s.related("a")
	require.Len(t, rel, 2)
	assert.Equal(t, articleTally{1, 2}, rel[0], "b shares two entities with a")
	assert.Equal(t, articleTally{2, 0}, rel[1])

	assert.Equal(t, "antony-blinken", s.top[corpus.Person][0].ID)
	assert.Equal(t, "gaza", s.top[corpus.Place][0].ID)
	assert.Equal(t, 2, s.sources)
	assert.Equal(t, 1, s.unsourced)
	assert.Equal(t, 2, s.dated)
	assert.Equal(t, "2024-06-10", s.first)
	assert.Equal(t, "2024-12-13", s.last)
}

func TestMentionContext(t *testing.T) {
	a := &corpus.Article{Paragraphs: []string{"one two three Blinken four five six"}}
	tests := []struct {
		name               string
		span               corpus.Span
		n                  int
		before, hit, after string
		ok                 bool
	}{
		{"whole paragraph", corpus.Span{Start: 14, End: 21}, 100, "one two three ", "Blinken", " four five six", true},
		{"cut at words", corpus.Span{Start: 14, End: 21}, 8, "…three ", "Blinken", " four…", true},
		{"bad span", corpus.Span{Para: 3, Start: 0, End: 2}, 8, "", "", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, h, af, ok := mentionContext(a, tc.span, tc.n)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.before, b)
			assert.Equal(t, tc.hit, h)
			assert.Equal(t, tc.after, af)
		})
	}
}

func TestNamedMentions(t *testing.T) {
	men := func(t corpus.EntityType, id string) corpus.Mention { return corpus.Mention{Type: t, Entity: id} }
	// many has 20 entities mentioned once, then e19 twice more and e3 once
	// more: past 16 entities the counts go through a map.
	var many []corpus.Mention
	for i := range 20 {
		many = append(many, men(corpus.Person, "e"+string(rune('a'+i))))
	}
	many = append(many, men(corpus.Person, "et"), men(corpus.Org, "et"), men(corpus.Place, "ed"))
	tests := []struct {
		name     string
		mentions []corpus.Mention
		want     []entityCount
	}{
		{"none", nil, nil},
		{"dates, figures and unlinked mentions are left out",
			[]corpus.Mention{men(corpus.Date, "d"), men(corpus.FigureType, "f"), men(corpus.Person, "")}, nil},
		{"most mentioned first, ties in order of first mention",
			[]corpus.Mention{men(corpus.Place, "p"), men(corpus.Person, "a"), men(corpus.Org, "o"), men(corpus.Person, "a"), men(corpus.Org, "o")},
			[]entityCount{{"a", 2}, {"o", 2}, {"p", 1}}},
		{"more than sixteen entities", many, append([]entityCount{{"et", 3}, {"ed", 2}},
			func() (l []entityCount) {
				for i := range 20 {
					if id := "e" + string(rune('a'+i)); id != "et" && id != "ed" {
						l = append(l, entityCount{id, 1})
					}
				}
				return l
			}()...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := namedMentions(&corpus.Article{Mentions: tt.mentions})
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.want[:min(2, len(tt.want))], (&library{}).keyEntities(&corpus.Article{Mentions: tt.mentions}, 2))
		})
	}
}
