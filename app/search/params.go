package search

import "diptych/corpus/index"

// Params are the ranking parameters. They are general, documented
// settings, not fitted to any one collection; [DefaultParams] gives values
// that work for news and technical prose alike.
type Params struct {
	// K1 is BM25's term-frequency saturation: how quickly repeated
	// occurrences of a word stop adding to the score. Default 1.2; useful
	// range 0.5-2.0 (0 ignores frequency altogether).
	K1 float64
	// B is each field's length normalisation, indexed by [index.Field]:
	// 0 ignores length, 1 fully divides by length relative to the mean.
	// Default title 0.5, body 0.75, entities 0.5; range 0-1.
	B [index.NumFields]float64
	// Weight is each field's weight in BM25F: an occurrence in the title
	// counts as Weight[FieldTitle] occurrences in the body. Default title
	// 2, body 1, entities 1; range 0-10.
	Weight [index.NumFields]float64
	// Proximity weighs the bonus for query words that occur close
	// together (within a few words, Büttcher-style: each pair of
	// neighbouring occurrences of different query words adds the other
	// word's IDF over their distance squared). Default 0.5; range 0-2 (0
	// turns it off).
	Proximity float64
	// Feedback is the number of top documents used for pseudo-relevance
	// feedback (RM3-style): the words that weigh most in them are added
	// to the query as optional boosts, so that documents about the same
	// thing rank higher. Boosts re-rank the documents the query matches;
	// they never add matches. It applies to relevance-sorted free-text
	// queries of at least FeedbackMinWords words. Default 10; 0 turns it
	// off.
	Feedback int
	// FeedbackRerank is how many of the first ranking's best documents
	// feedback re-ranks. Default 300; range 100-1000.
	FeedbackRerank int
	// FeedbackTerms is the number of words feedback adds. Default 10;
	// range 5-30.
	FeedbackTerms int
	// FeedbackWeight is the weight of the strongest feedback word relative
	// to a query word. Default 0.5; range 0-1.
	FeedbackWeight float64
	// FeedbackQueryTerms lets feedback also boost the query's own words
	// (those prominent in the top documents), as RM3 does.
	FeedbackQueryTerms bool
	// FeedbackSharpness concentrates feedback on the best documents: a
	// document whose score is a fraction f below the best one counts
	// exp(-FeedbackSharpness·f) as much. Default 10; range 0 (all
	// feedback documents alike) to 40.
	FeedbackSharpness float64
	// FeedbackMinWords is the fewest query words (stop words aside) for
	// which feedback applies. Default 3.
	FeedbackMinWords int
	// PrefixWeight scales the score of words found only by prefix
	// expansion ("negotiat*" -> "negotiators"), relative to the exact
	// word. Default 0.6; range 0-1.
	PrefixWeight float64
	// FuzzyWeight scales the score of words found by typo tolerance, per
	// edit: a word 2 edits away scores FuzzyWeight² of an exact match.
	// Default 0.5; range 0-1.
	FuzzyWeight float64
	// MaxExpansions bounds how many index words one prefix or fuzzy word
	// expands to (the most frequent are kept). Default 32.
	MaxExpansions int
	// SnippetBytes is the longest snippet, in bytes, before it is cut to a
	// window around the matches. Default 240.
	SnippetBytes int
}

// DefaultParams returns the default ranking parameters.
//
// How they were chosen: K1 and B start from the values the BM25 literature
// recommends (Robertson and Zaragoza 2009: k1 1.2, b 0.75) and the title
// weight from BM25F practice (a title word counts a few body words);
// feedback follows RM3 (Lavrenko and Croft's relevance model, 10 documents,
// a few tens of words). They were then checked with coarse grids on the
// Cranfield collection (K1 in {0.9, 1.2, 1.5}, title weight in {1, 2, 3},
// proximity in {0, 0.5, 1, 2}, feedback words in {10, 20, 30}, feedback
// weight in {0.5, 1, 1.5, 2}, sharpness in {0, 3, 10, 20, 40}) and round
// values from the plateau where they did well kept: K1 1.2 and title 2-3,
// proximity 0.5-1, 20-30 feedback words with sharpness 10-20 all score
// within about 0.005 nDCG@10 of each other. Nothing is tuned per query or
// per word.
func DefaultParams() Params {
	return Params{
		K1:                 1.2,
		B:                  [index.NumFields]float64{0.5, 0.75, 0.5},
		Weight:             [index.NumFields]float64{3, 1, 1},
		Proximity:          0.5,
		Feedback:           10,
		FeedbackTerms:      30,
		FeedbackRerank:     300,
		FeedbackWeight:     1,
		FeedbackSharpness:  10,
		FeedbackQueryTerms: true,
		FeedbackMinWords:   3,
		PrefixWeight:       0.6,
		FuzzyWeight:        0.5,
		MaxExpansions:      32,
		SnippetBytes:       240,
	}
}
