package ner

import (
	"testing"
	"unicode/utf8"

	"diptych/corpus"
)

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "U.S.-led talks", "“It’s time,” he said.", `"a" 'b' (c) [d]`, "Queen 's Park", "\xff\xfe", "—–…"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, tok := range Tokenize(s) {
			if tok.Start < last || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad token %+v in %q", tok, s)
			}
			if utf8.ValidString(s) && !utf8.ValidString(tok.Text) {
				t.Fatalf("token %q splits a rune of %q", tok.Text, s)
			}
			last = tok.End
		}
	})
}

func FuzzAnnotate(f *testing.F) {
	x, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("“We are close,” said Antony Blinken on Friday, as at least 1,200 people fled Rafah.", "2024-12-13")
	f.Add(`"a" "b" "c d e f" he said`, "")
	f.Add("tens of thousands of twenty-five six-week October 7, 2023 last year", "2024-02-30")
	f.Fuzz(func(t *testing.T, text, published string) {
		arts := []corpus.Article{{ID: "f", Published: published, Paragraphs: []string{text, text}}}
		if _, err := x.Annotate(arts); err != nil {
			t.Fatal(err)
		}
		a := &arts[0]
		check := func(s corpus.Span) {
			if s.Text(a) == "" {
				t.Fatalf("span %+v does not fit %q", s, text)
			}
		}
		for _, m := range a.Mentions {
			check(m.Span)
		}
		for _, q := range a.Quotes {
			check(q.Span)
		}
		for _, fg := range a.Figures {
			check(fg.Span)
		}
	})
}
