package search

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestParse(t *testing.T) {
	word := func(s string, start int) Clause { return Clause{Text: s, Start: start, End: start + len(s)} }
	tests := []struct {
		name   string
		q      string
		typing bool
		want   Query
	}{
		{"empty", "", false, Query{}},
		{"words", "gaza truce", false, Query{Groups: []Group{{Alts: []Clause{word("gaza", 0)}}, {Alts: []Clause{word("truce", 5)}}}}},
		{"phrase", `"total victory"`, false, Query{Groups: []Group{{Alts: []Clause{{Text: "total victory", Start: 1, End: 14, Phrase: true}}}}}},
		{"curly phrase", "“total victory”", false, Query{Groups: []Group{{Alts: []Clause{{Text: "total victory", Start: 3, End: 16, Phrase: true}}}}}},
		{"exclusion", "gaza -rafah", false, Query{
			Groups:   []Group{{Alts: []Clause{word("gaza", 0)}}},
			Excluded: []Clause{word("rafah", 6)},
		}},
		{"or", "truce OR ceasefire talks", false, Query{Groups: []Group{
			{Alts: []Clause{word("truce", 0), word("ceasefire", 9)}},
			{Alts: []Clause{word("talks", 19)}},
		}}},
		{"lower-case or is a word", "truce or ceasefire", false, Query{Groups: []Group{
			{Alts: []Clause{word("truce", 0)}}, {Alts: []Clause{word("or", 6)}}, {Alts: []Clause{word("ceasefire", 9)}},
		}}},
		{"prefix", "negotiat*", false, Query{Groups: []Group{{Alts: []Clause{{Text: "negotiat", Start: 0, End: 8, Prefix: true}}}}}},
		{"typing", "blinken neta", true, Query{Groups: []Group{
			{Alts: []Clause{word("blinken", 0)}}, {Alts: []Clause{{Text: "neta", Start: 8, End: 12, Prefix: true}}},
		}}},
		{"typing after a space", "neta ", true, Query{Groups: []Group{{Alts: []Clause{word("neta", 0)}}}}},
		{"filters", `person:blinken org:"Hamas" place:gaza source:icaro after:2024-06 before:2024-12-31`, false, Query{Filters: Filters{
			Person: []string{"blinken"}, Org: []string{"Hamas"}, Place: []string{"gaza"}, Source: []string{"icaro"},
			After: "2024-06", Before: "2024-12-31",
		}}},
		{"filter names ignore case", "Person:blinken", false, Query{Filters: Filters{Person: []string{"blinken"}}}},
		{"unbalanced quote", `gaza "total victory`, false, Query{
			Groups: []Group{{Alts: []Clause{word("gaza", 0)}}, {Alts: []Clause{{Text: "total victory", Start: 6, End: 19, Phrase: true}}}},
			Notes:  []string{"unbalanced quote: read the rest of the query as a phrase"},
		}},
		{"lone minus", "gaza - truce", false, Query{
			Groups: []Group{{Alts: []Clause{word("gaza", 0)}}, {Alts: []Clause{word("truce", 7)}}},
			Notes:  []string{"ignored a lone '-': put it right before the word to exclude (-word)"},
		}},
		{"unknown filter", "foo:bar", false, Query{
			Groups: []Group{{Alts: []Clause{word("foo", 0)}}, {Alts: []Clause{word("bar", 4)}}},
			Notes:  []string{"unknown filter foo:: searched for the words instead (filters: person: org: place: source: after: before:)"},
		}},
		{"time is not a filter", "10:30", false, Query{Groups: []Group{{Alts: []Clause{word("10:30", 0)}}}}},
		{"bad date", "after:june", false, Query{Notes: []string{"ignored after:june: want a date like 2024, 2024-06 or 2024-06-10"}}},
		{"bad month", "before:2024-13", false, Query{Notes: []string{"ignored before:2024-13: want a date like 2024, 2024-06 or 2024-06-10"}}},
		{"empty filter", "person:", false, Query{Notes: []string{"ignored person: with no value"}}},
		{"excluded filter", "-person:blinken", false, Query{Notes: []string{"cannot exclude a filter: ignored -person:blinken"}}},
		{"dangling or", "OR gaza OR", false, Query{
			Groups: []Group{{Alts: []Clause{word("gaza", 3)}}},
			Notes:  []string{"ignored OR at the start of the query", "ignored OR at the end of the query"},
		}},
		{"empty phrase", `"" gaza`, false, Query{
			Groups: []Group{{Alts: []Clause{word("gaza", 3)}}},
			Notes:  []string{"ignored an empty phrase"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Parse(tt.q, tt.typing))
		})
	}
}

func TestParsePlain(t *testing.T) {
	q := ParsePlain(`what -dash "exact" OR person:x`)
	var texts []string
	for _, g := range q.Groups {
		assert.Len(t, g.Alts, 1)
		texts = append(texts, g.Alts[0].Text)
	}
	assert.Equal(t, []string{"what", "-dash", `"exact"`, "OR", "person:x"}, texts)
	assert.Empty(t, q.Excluded)
	assert.Empty(t, q.Notes)
}

// TestASCIISpace checks the ASCII fast path against unicode.IsSpace.
func TestASCIISpace(t *testing.T) {
	for c := range utf8.RuneSelf {
		assert.Equal(t, unicode.IsSpace(rune(c)), asciiSpace(byte(c)), "byte %#x", c)
		assert.Equal(t, unicode.IsSpace(rune(c)), isSpaceAt(string(rune(c)), 0), "byte %#x", c)
	}
	for _, s := range []string{"\u00a0", "\u0085", "\u2028", "\u3000", "é", "\xff"} {
		r, _ := utf8.DecodeRuneInString(s)
		assert.Equal(t, unicode.IsSpace(r), isSpaceAt(s, 0), "%q", s)
	}
}
