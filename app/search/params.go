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
	// word's IDF over their distance squared). Default 1; range 0-3 (0
	// turns it off).
	Proximity float64
	// Coordination favours documents that match more of the query's
	// words: a document matching m of n optional words has its score
	// multiplied by (m/n)^Coordination. Default 0 (plain BM25F, which
	// already favours them); range 0-2.
	Coordination float64
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
// weight from BM25F practice (a title word counts a few body words). They
// were then checked with a coarse grid on the Cranfield collection (K1 in
// {0.9, 1.2, 1.5}, title weight in {1, 2, 3}, proximity in {0, 0.5, 1, 2})
// and the round values that did well there kept; nothing is tuned per
// query or per word.
func DefaultParams() Params {
	return Params{
		K1:            1.2,
		B:             [index.NumFields]float64{0.5, 0.75, 0.5},
		Weight:        [index.NumFields]float64{2, 1, 1},
		Proximity:     1,
		PrefixWeight:  0.6,
		FuzzyWeight:   0.5,
		MaxExpansions: 32,
		SnippetBytes:  240,
	}
}
