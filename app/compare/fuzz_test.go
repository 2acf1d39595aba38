package compare

import (
	"testing"

	"diptych/corpus"
)

// FuzzCompare feeds arbitrary text and spans to Compare: it must never
// panic, and every sentence must sit on a row.
func FuzzCompare(f *testing.F) {
	f.Add("U.S. Secretary Blinken said. \"We agree,\" he said.", "Mr. J. Burns left… 27,585 deaths.", 0, 3, 9, "6", "week")
	f.Add("", "", -1, 0, 0, "", "")
	f.Add("a.b.c. D", "“Quoted?” he asked. x", 1, 2, 1, "x", "days")
	f.Fuzz(func(t *testing.T, left, right string, para, start, end int, value, unit string) {
		span := corpus.Span{Para: para, Start: start, End: end}
		l := &corpus.Article{ID: "l", Title: left, Paragraphs: []string{left, right},
			Mentions: []corpus.Mention{{Span: span, Type: corpus.Person, Entity: "e"}},
			Quotes:   []corpus.Quote{{Span: span, SpeakerText: value}},
			Figures:  []corpus.Figure{{Span: span, Value: value, Unit: unit}},
		}
		r := &corpus.Article{ID: "r", Paragraphs: []string{right}, Published: value,
			Figures: []corpus.Figure{{Span: corpus.Span{Para: 0, Start: 0, End: len(right)}, Value: value, Unit: unit}},
		}
		c := Compare(l, r, Options{})
		for _, side := range []Side{c.Left, c.Right} {
			for _, s := range side.Sentences {
				if s.Row < 0 || s.Row >= len(c.Rows) {
					t.Fatalf("sentence %+v has no row", s)
				}
				if s.Span.Text(side.Article) == "" {
					t.Fatalf("sentence %+v is empty or does not fit", s)
				}
			}
		}
		for _, p := range c.Pairs {
			for _, op := range p.Diff {
				if op.Left.Start > op.Left.End || op.Right.Start > op.Right.End {
					t.Fatalf("bad op %+v", op)
				}
			}
		}
	})
}
