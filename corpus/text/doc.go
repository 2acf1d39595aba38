// Package text is Diptych's text analysis: it turns a string into the
// searchable tokens that both the index builder and the query engine use, so
// that a query is analysed byte for byte like the documents were.
//
// The pipeline, per word:
//
//  1. Segmentation with github.com/blevesearch/segment (Unicode UAX #29 word
//     boundaries); punctuation and spaces are dropped.
//  2. Normalisation ([Fold]): Unicode lower case, diacritics removed
//     ("Türkiye" -> "turkiye"), curly quotes and apostrophes made plain and
//     possessives dropped ("Hamas’s" -> "hamas"), dots removed from
//     abbreviations ("U.S." -> "us") and thousands separators from numbers
//     ("27,585" -> "27585"). The result is the token's Form.
//  3. Stemming ([Stem]): the Snowball English (Porter2) stemmer, giving the
//     token's Term ("negotiations" -> "negoti"). Stop words ([IsStop]) keep
//     their form as their term.
//  4. Hyphenated compounds ("cease-fire") yield their parts and, at the
//     position of the first part, the joined word ("ceasefire"), so that
//     either spelling finds the other.
//
// Stop words are tokens like any other here (they keep their positions, so
// phrases containing them still match); it is the query engine that leaves
// them out of free-text ranking.
//
// It is not for entity extraction, sentence splitting or anything
// language-specific beyond English stemming and stop words.
package text
