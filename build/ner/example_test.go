package ner_test

import (
	"fmt"

	"diptych/build/ner"
	"diptych/corpus"
)

func Example() {
	x, err := ner.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	arts := []corpus.Article{{
		ID:        "talks",
		Published: "2024-12-13",
		Paragraphs: []string{
			"Secretary of State Antony Blinken met Turkish officials in Ankara on Friday.",
			"“We want a ceasefire now,” Blinken said, as at least 1,200 people waited at the border.",
		},
	}}
	ents, err := x.Annotate(arts)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := &arts[0]
	for _, m := range a.Mentions {
		fmt.Printf("%s %q %s%s\n", m.Type, m.Text(a), m.Entity, m.Value)
	}
	for _, q := range a.Quotes {
		fmt.Printf("QUOTE %q by %s\n", q.Text(a), q.Speaker)
	}
	for _, f := range a.Figures {
		fmt.Printf("FIGURE %q = %s %s (%s)\n", f.Text(a), f.Value, f.Unit, f.Qualifier)
	}
	fmt.Println(len(ents), "entities")
	// Output:
	// PERSON "Antony Blinken" antony-blinken
	// PLACE "Ankara" ankara
	// DATE "Friday" 2024-12-13
	// PERSON "Blinken" antony-blinken
	// QUOTE "We want a ceasefire now" by antony-blinken
	// FIGURE "at least 1,200 people" = 1200 people (at least)
	// 2 entities
}
