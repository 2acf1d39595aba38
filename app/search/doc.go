// Package search is Diptych's query engine: it answers a query string over
// the search section of an index (corpus/index) with ranked hits, snippets
// with match offsets, facets, notes on malformed queries and "did you
// mean" suggestions. The browser runs it (compiled to WebAssembly) and so
// does `go run ./build query`; it imports no UI code, so `go test` runs it
// natively.
//
// It is not for building the index (corpus/index.BuildSearch), analysing
// text (corpus/text: the engine analyses queries with exactly the code that
// analysed the documents), or rendering results (the app's components).
//
// # Query language
//
//	gaza ceasefire          free text: every word optional; BM25F ranks the
//	                        articles, those matching more words first
//	"total victory"         a phrase: words adjacent and in order (stop
//	                        words inside count); a quoted phrase is required
//	-hamas  -"west bank"    exclusion
//	truce OR ceasefire      either one (OR in capitals)
//	negotiat*               prefix; with Options.Typing the last word typed
//	                        is a prefix too (from two letters on)
//	netanyhu                an unknown word is corrected: one typo allowed
//	                        in 4-7 letters, two from 8; DidYouMean says so
//	person:blinken          articles mentioning a person (by name words or
//	org:hamas place:rafah   id); org: and place: likewise; source:icaro;
//	after:2024-06           dates: after is inclusive of its period,
//	before:2025             before exclusive
//
// Malformed parts (an unbalanced quote, a lone '-', an unknown filter, a
// bad date) are read as sensibly as possible and explained in
// Result.Notes; Search never fails. Stop words are left out of free text
// (they say nothing about relevance) unless the query has nothing else.
//
// # Pipeline
//
// Parse (query.go) turns the string into groups of alternative clauses,
// exclusions and filters. compile (compile.go) analyses each clause and
// maps it onto index terms ("slots"): the exact term, prefix expansions and
// typo corrections, or a phrase's sequence of terms. run (match.go) then
// ranks.
//
// When the engine is made, it decodes every term's postings once into flat
// arrays (impacts.go): each (term, document) pair's document, its BM25F
// saturated term frequency (everything in the score but the query's own
// weights is known before any query) and where its posting, with the
// positions, starts. Free text sorted by relevance, the common case, goes
// term at a time (taat.go): each word adds weight·idf·impact into one
// accumulator per document, positions unread; the candidates are cut to
// the best few hundred through lists of documents per score bucket (cut.go:
// one pass over the accumulators, then only the best buckets are read),
// and the 50 best have their words' body positions, decoded with the
// impacts, marked in a bitmap and read back in order for the proximity
// bonus (proximity.go). Query words are found through hash tables of the
// index's forms and terms (words.go). Quoted phrases and date order go
// document at a time (daat in match.go), which sees all of a document's
// words at once. Both apply filters and exclusions, count facets and keep
// the best. For natural-language queries, pseudo-relevance feedback
// (feedback.go) re-ranks the best 300 candidates. Finally the hits' best
// paragraphs are located from their positions and cut into snippets
// (snippet.go).
//
// A search takes its working memory (scratch.go: accumulators, the
// compiled plan, buffers) from the engine's free list and gives it back,
// so it allocates almost nothing; [Engine.SearchInto] reuses the caller's
// Result too. In WebAssembly, where the garbage collector runs on the
// page's one thread, that matters as much as the arithmetic.
//
// # Ranking parameters
//
// All are in [Params]; [DefaultParams] gives the defaults.
//
//	parameter         default              range    what it does
//	K1                1.2                  0.5-2    term frequency saturation
//	B                 title .5, body .75,  0-1      length normalisation per
//	                  entities .5                   field
//	Weight            title 3, body 1,     0-10     field weight in BM25F
//	                  entities 1
//	Proximity         0.5                  0-2      bonus for query words
//	                                                close together
//	Feedback          10                   0-20     documents for pseudo-
//	                                                relevance feedback (0: off)
//	FeedbackTerms     30                   5-50     words feedback adds
//	FeedbackWeight    1                    0-2      weight of the strongest
//	                                                feedback word
//	FeedbackSharpness 10                   0-40     how much feedback favours
//	                                                the very best documents
//	FeedbackRerank    300                  100-1000 candidates feedback
//	                                                re-ranks
//	FeedbackMinWords  3                    1-       shortest query for feedback
//	PrefixWeight      0.6                  0-1      prefix expansions' weight
//	FuzzyWeight       0.5                  0-1      per-edit weight of typo
//	                                                corrections
//	MaxExpansions     32                   1-       words per prefix or typo
//	SnippetBytes      240                  60-      longest snippet
//
// The values are the literature's (Robertson and Zaragoza's k1 and b; a
// BM25F title weight of a few body words; Büttcher et al.'s proximity;
// Lavrenko and Croft's relevance model for feedback, interpolated as in
// RM3), checked with a coarse grid on Cranfield (see TestCranfieldGrid):
// nothing is fitted per query or per word.
//
// # Design goals and non-goals
//
// Goals: rank well on collections it has never seen; answer in well under
// a frame (a millisecond) on a few thousand articles, in the browser; never
// fail on a query; keep the index compact and load it without copying.
// Non-goals: indexing at query time (the index is built once, at build
// time), languages other than English for stemming and stop words,
// learned ranking models, and query syntax beyond the list above (no
// nested parentheses, no field boosts in the query).
//
// An Engine is safe for concurrent use: each search takes its working
// memory from a free list, so a search allocates little.
package search
