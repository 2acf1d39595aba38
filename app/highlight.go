package main

import (
	"sort"
	"strings"
	"unicode/utf8"

	"diptych/corpus"
)

// markKind is what a highlighted stretch of a paragraph is.
type markKind uint8

const (
	markText    markKind = iota // plain text
	markQuote                   // a direct quotation (article Quotes)
	markFigure                  // a reported quantity (article Figures)
	markMention                 // an entity mention (article Mentions)
	markMatch                   // a word the search query matched
)

// hlSpan is one annotation of a paragraph: Index points into the
// article's Quotes, Figures or Mentions, or the query's matches; Start and
// End are byte offsets in the paragraph.
type hlSpan struct {
	Kind       markKind
	Index      int
	Start, End int
}

// hlNode is a piece of a highlighted paragraph: plain text (Kind
// markText) or an annotation with the pieces inside it.
type hlNode struct {
	hlSpan
	Children []hlNode
}

// highlight lays a paragraph's annotations out as a tree. Layers nest in
// the order given (outermost first: quotes, figures, mentions, matches). An
// annotation that crosses the edge of an outer one is split at that edge;
// two annotations of the same layer that overlap keep the earlier one and
// what is left of the later one. Spans outside the paragraph, empty or
// not on character boundaries are ignored: a stale span never panics.
func highlight(para string, layers ...[]hlSpan) []hlNode {
	clean := make([][]hlSpan, len(layers))
	for l, spans := range layers {
		for _, s := range spans {
			if s.Start < 0 || s.End > len(para) || s.Start >= s.End || !boundary(para, s.Start) || !boundary(para, s.End) {
				continue
			}
			clean[l] = append(clean[l], s)
		}
		sort.SliceStable(clean[l], func(i, j int) bool {
			a, b := clean[l][i], clean[l][j]
			if a.Start != b.Start {
				return a.Start < b.Start
			}
			return a.End > b.End
		})
	}
	return layout(para, clean, 0, len(para), 0)
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

func layout(para string, layers [][]hlSpan, start, end, level int) []hlNode {
	if start >= end {
		return nil
	}
	if level == len(layers) {
		return []hlNode{{hlSpan: hlSpan{Kind: markText, Start: start, End: end}}}
	}
	var out []hlNode
	cur := start
	for _, s := range layers[level] {
		if s.End <= cur || s.Start >= end {
			continue
		}
		a, b := max(s.Start, cur), min(s.End, end)
		out = append(out, layout(para, layers, cur, a, level+1)...)
		out = append(out, hlNode{
			hlSpan:   hlSpan{Kind: s.Kind, Index: s.Index, Start: a, End: b},
			Children: layout(para, layers, a, b, level+1),
		})
		cur = b
	}
	return append(out, layout(para, layers, cur, end, level+1)...)
}

// paragraphLayers returns the annotations of paragraph p of a, outermost
// first: quotes, figures, mentions, then the query matches (whose
// indexes are positions in matches, for every paragraph).
func paragraphLayers(a *corpus.Article, p int, matches []corpus.Span) [][]hlSpan {
	var quotes, figures, mentions, marks []hlSpan
	for i, q := range a.Quotes {
		if q.Para == p && p >= 0 && p < len(a.Paragraphs) {
			start, end := withQuoteMarks(a.Paragraphs[p], q.Start, q.End)
			quotes = append(quotes, hlSpan{markQuote, i, start, end})
		}
	}
	for i, f := range a.Figures {
		if f.Para == p {
			figures = append(figures, hlSpan{markFigure, i, f.Start, f.End})
		}
	}
	for i, m := range a.Mentions {
		if m.Para == p {
			mentions = append(mentions, hlSpan{markMention, i, m.Start, m.End})
		}
	}
	for i, m := range matches {
		if m.Para == p {
			marks = append(marks, hlSpan{markMatch, i, m.Start, m.End})
		}
	}
	return [][]hlSpan{quotes, figures, mentions, marks}
}

// withQuoteMarks widens the quotation [start, end) of para to take in
// the quotation marks around it (and the punctuation just before the
// closing mark, as in “... security.”), so that what is shown after a
// quote (its speaker) comes after the closing mark. Offsets that do not
// fit para are returned unchanged.
func withQuoteMarks(para string, start, end int) (int, int) {
	if start < 0 || end > len(para) || start >= end {
		return start, end
	}
	if r, n := utf8.DecodeLastRuneInString(para[:start]); isOpenQuote(r) {
		start -= n
	}
	e := end
	for k := 0; k < 2 && e < len(para); k++ {
		r, n := utf8.DecodeRuneInString(para[e:])
		if isCloseQuote(r) {
			return start, e + n
		}
		if !strings.ContainsRune(".,!?;:…", r) {
			break
		}
		e += n
	}
	return start, end
}

func isOpenQuote(r rune) bool  { return strings.ContainsRune("“\"‘'«„", r) }
func isCloseQuote(r rune) bool { return strings.ContainsRune("”\"’'»", r) }
