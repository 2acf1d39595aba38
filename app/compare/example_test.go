package compare_test

import (
	"fmt"

	"diptych/app/compare"
	"diptych/corpus"
)

func ExampleCompare() {
	left := &corpus.Article{ID: "left", Published: "2024-02-07", Paragraphs: []string{
		"Hamas weighs a proposed 40-day truce and an exchange of hostages for prisoners. Talks resume in Cairo.",
	}}
	right := &corpus.Article{ID: "right", Published: "2024-02-09", Paragraphs: []string{
		"Israeli forces advance towards Rafah. Hamas weighs a proposed six-week truce and an exchange of hostages for prisoners.",
	}}
	c := compare.Compare(left, right, compare.Options{})
	for _, r := range c.Rows {
		switch r.Kind {
		case compare.Aligned:
			p := c.Pairs[r.Pair]
			fmt.Printf("%s %.2f: %q | %q\n", r.Kind, p.Score,
				c.Left.Sentences[r.Left].Span.Text(left), c.Right.Sentences[r.Right].Span.Text(right))
			for _, op := range p.Diff {
				switch op.Kind {
				case compare.Delete:
					fmt.Printf("  - %s\n", left.Paragraphs[0][op.Left.Start:op.Left.End])
				case compare.Insert:
					fmt.Printf("  + %s\n", right.Paragraphs[0][op.Right.Start:op.Right.End])
				}
			}
		case compare.OnlyLeft:
			fmt.Printf("%s: %q\n", r.Kind, c.Left.Sentences[r.Left].Span.Text(left))
		case compare.OnlyRight:
			fmt.Printf("%s: %q\n", r.Kind, c.Right.Sentences[r.Right].Span.Text(right))
		}
	}
	fmt.Println("days apart:", c.DaysApart)
	// Output:
	// only-right: "Israeli forces advance towards Rafah."
	// aligned 0.52: "Hamas weighs a proposed 40-day truce and an exchange of hostages for prisoners." | "Hamas weighs a proposed six-week truce and an exchange of hostages for prisoners."
	//   + six-week
	//   - 40-day
	// only-left: "Talks resume in Cairo."
	// days apart: 2
}

func ExampleRelated() {
	articles := []corpus.Article{
		{ID: "truce", Paragraphs: []string{"Hamas weighs a truce offered in Cairo."}},
		{ID: "truce-again", Paragraphs: []string{"Mediators in Cairo await the Hamas reply on a truce."}},
		{ID: "banks", Paragraphs: []string{"European bank shares climbed on Tuesday."}},
	}
	docs := compare.Vectors(articles, compare.DefaultVectorParams)
	for i, ns := range compare.Related(docs, 2) {
		fmt.Print(docs[i].ID, ":")
		for _, n := range ns {
			fmt.Printf(" %s %.2f", n.ID, n.Score)
		}
		fmt.Println()
	}
	// Output:
	// truce: truce-again 0.35
	// truce-again: truce 0.35
	// banks:
}
