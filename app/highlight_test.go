package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"diptych/corpus"
)

// flatten writes a highlight tree as text with brackets, e.g.
// "a [q:b [m:c]] d", to compare layouts in one line.
func flatten(para string, nodes []hlNode) string {
	names := map[markKind]string{markQuote: "q", markFigure: "f", markMention: "m", markMatch: "x"}
	out := ""
	for _, n := range nodes {
		if n.Kind == markText {
			out += para[n.Start:n.End]
			continue
		}
		out += "[" + names[n.Kind] + ":" + flatten(para, n.Children) + "]"
	}
	return out
}

func TestHighlight(t *testing.T) {
	const para = "Blinken said “we hope” in Cairo on Monday"
	q := func(s, e int) hlSpan { return hlSpan{Kind: markQuote, Start: s, End: e} }
	m := func(s, e int) hlSpan { return hlSpan{Kind: markMention, Start: s, End: e} }
	x := func(s, e int) hlSpan { return hlSpan{Kind: markMatch, Start: s, End: e} }
	tests := []struct {
		name   string
		layers [][]hlSpan
		want   string
	}{
		{"none", nil, para},
		{"one mention", [][]hlSpan{{m(0, 7)}}, "[m:Blinken] said “we hope” in Cairo on Monday"},
		{"nested match in mention", [][]hlSpan{{m(0, 7)}, {x(0, 3)}}, "[m:[x:Bli]nken] said “we hope” in Cairo on Monday"},
		{"mention inside quote", [][]hlSpan{{q(16, 23)}, {m(16, 18)}}, "Blinken said “[q:[m:we] hope]” in Cairo on Monday"},
		{"mention crossing a quote edge is split", [][]hlSpan{{q(16, 23)}, {m(8, 18)}}, "Blinken [m:said “][q:[m:we] hope]” in Cairo on Monday"},
		{"overlap in one layer keeps the earlier", [][]hlSpan{{m(0, 12), m(8, 30)}}, "[m:Blinken said][m: “we hope” in ]Cairo on Monday"},
		{"same start: longer first", [][]hlSpan{{m(0, 3), m(0, 7)}}, "[m:Blinken] said “we hope” in Cairo on Monday"},
		{"out of range ignored", [][]hlSpan{{m(-1, 3), m(40, 400), m(5, 5), m(9, 2)}}, para},
		{"inside a multibyte rune ignored", [][]hlSpan{{m(14, 16)}}, para},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, flatten(para, highlight(para, tc.layers...)))
		})
	}
}

func TestWithQuoteMarks(t *testing.T) {
	tests := []struct {
		name, para string
		start, end int
		want       string
	}{
		{"curly", "He said “we hope.” Then", 11, 19, "“we hope.”"},
		{"straight", `He said "we hope," then`, 9, 16, `"we hope,"`},
		{"no marks", "He said we hope then", 8, 15, "we hope"},
		{"bad span", "short", 3, 99, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, e := withQuoteMarks(tc.para, tc.start, tc.end)
			if tc.want == "" {
				assert.Equal(t, [2]int{tc.start, tc.end}, [2]int{s, e})
				return
			}
			assert.Equal(t, tc.want, tc.para[s:e])
		})
	}
}

func TestParagraphLayers(t *testing.T) {
	a := &corpus.Article{
		Paragraphs: []string{"Blinken met Herzog.", "Over 200 people."},
		Mentions: []corpus.Mention{
			{Span: corpus.Span{Para: 0, Start: 0, End: 7}, Type: corpus.Person, Entity: "antony-blinken"},
			{Span: corpus.Span{Para: 0, Start: 12, End: 18}, Type: corpus.Person, Entity: "isaac-herzog"},
		},
		Figures: []corpus.Figure{{Span: corpus.Span{Para: 1, Start: 0, End: 15}, Value: "200", Unit: "people", Qualifier: "over"}},
	}
	matches := []corpus.Span{{Para: 1, Start: 9, End: 15}}
	assert.Equal(t, "[m:Blinken] met [m:Herzog].", flatten(a.Paragraphs[0], highlight(a.Paragraphs[0], paragraphLayers(a, 0, matches)...)))
	assert.Equal(t, "[f:Over 200 [x:people]].", flatten(a.Paragraphs[1], highlight(a.Paragraphs[1], paragraphLayers(a, 1, matches)...)))
}
