package search_test

import (
	"fmt"

	"diptych/app/search"
	"diptych/corpus"
	"diptych/corpus/index"
)

func Example() {
	articles := []corpus.Article{
		{ID: "truce", Title: "Talks on a Gaza truce", Paragraphs: []string{"Negotiators met in Cairo to discuss a cease-fire."}},
		{ID: "victory", Title: "Netanyahu vows total victory", Paragraphs: []string{"\"We are on the way to total victory,\" he said."}},
	}
	data, err := index.Encode(articles, nil)
	if err != nil {
		panic(err)
	}
	ix, err := index.Decode(string(data))
	if err != nil {
		panic(err)
	}
	engine, err := search.FromIndex(ix)
	if err != nil {
		panic(err)
	}
	res := engine.Search(`ceasefire negotiations`, search.Options{})
	for _, h := range res.Hits {
		fmt.Println(h.ID, h.Snippet.Text)
		for _, m := range h.Snippet.Matches {
			fmt.Printf("  %q\n", h.Snippet.Text[m[0]:m[1]])
		}
	}
	res = engine.Search(`"victory total" OR netanyhu`, search.Options{})
	fmt.Println(res.Total, res.Hits[0].ID, res.DidYouMean)
	// Output:
	// truce Negotiators met in Cairo to discuss a cease-fire.
	//   "Negotiators"
	//   "cease-fire"
	// 1 victory "victory total" OR netanyahu
}
