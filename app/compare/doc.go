// Package compare is Diptych's comparison engine: given two articles it
// splits them into sentences, aligns the sentences that say the same thing,
// diffs the words inside each aligned pair, and sets side by side their
// entities, figures and quotes. It also scores how similar whole articles
// are (Vectors, Similarity, Related), the one measure both the build
// command `go run ./build related` and the app's "compare with" list rank
// by, and lays a handful of articles on a time line (NewStory).
//
// It is plain Go with no go-app import: the same code runs in the browser
// (WebAssembly) and under `go test`. Its output is data for a UI to render
// (sentence indices and byte offsets into the articles' paragraphs, the
// coordinates of corpus.Span), never HTML.
//
// It is not for finding entities, quotes or figures in text (build/ner fills
// corpus.Article.Mentions, Quotes and Figures before articles reach this
// package), nor for search ranking (app/search), nor for rendering.
//
// # How a comparison is made
//
//  1. Sentences: SplitSentences splits each paragraph, knowing titles
//     ("Mr."), initials ("William J. Burns"), acronyms ("U.S.") and quotes.
//  2. Sentence similarity: every sentence becomes a TF-IDF vector of its
//     stems and canonical entities, IDF computed over the sentences of both
//     articles; the n×m cosine matrix is the basis of everything below.
//  3. Figures: figures that measure the same thing (same measure, see
//     FigurePair; counts of different people never pair) are paired by the
//     similarity of their sentences plus the closeness of their values.
//  4. Alignment: a monotone dynamic programme picks the in-order sentence
//     pairs with the greatest total similarity (pairs below
//     AlignParams.MinScore are not allowed; sentences reporting a paired
//     figure get AlignParams.AnchorBonus); leftovers that match well in
//     another order become Moved pairs, linked across rows.
//  5. Word diff: a longest-common-subsequence diff of the words of each
//     pair (Op runs of equal, deleted and inserted words).
//  6. Entities and quotes: set arithmetic on entity ids, quotes grouped by
//     speaker.
//
// # Parameters
//
// AlignParams (defaults in DefaultAlignParams): MinScore 0.12, MovedScore
// 0.25, EntityWeight 1, AnchorBonus 0.2. Figures pair at a sentence
// similarity of at least 0.05 and a score (similarity + 0.3 × magnitude
// closeness) of at least 0.25. VectorParams.MaxTerms 64; EntityShare 0.25.
//
// # Speed
//
// The app compares from the index: the build stores each article's
// breakdown there (StoredSentences: sentences, their words with folded
// forms, the stems they carry), and with Options.Index a comparison reads
// it instead of segmenting and stemming the text, so what runs in the
// browser is integer work over term numbers: sentence vectors, the
// similarity matrix from one side's postings, the alignment's dynamic
// programme, and word diffs of the aligned pairs only. Compare without an
// index analyses the text with corpus/text, the analyser the search index
// uses (so document vectors share the index's terms), and gives the same
// result (TestStoredSentencesCompareAlike).
//
// In a browser, the first comparison after the page loads runs code that
// WebAssembly compiles on its first call and runs slowly until it is hot;
// so the code a comparison runs is kept small: insertion sorts for its
// short lists, its own readers for dates and plain decimals, no text
// analysis; and when the page opened is a comparison, the app compares its
// two shortest articles before the first render (a warm-up of about 10
// ms) so that the compiling is done.
//
// Figures from `make bench` (compare part: BBC, 10 pairs of similar
// 800-1,300-word articles, each opened by its /compare link in a new
// browser profile, then 19 more comparisons in the same page; headless
// Chromium on a 2-core machine shared with other jobs, load average 5-10,
// this engine and the one that analysed text at comparison time taking
// turns): the first comparison after a cold load took a median 7 ms (max
// 17; the start-up warm-up before it a median 10 ms), later ones a median
// 2.7 ms (p95 11, max 31), against 37 ms (max 53) and 6.8 ms (p95 18, max
// 26) before. At load 11-17: 9 ms (max 40) and 2.5 ms (p95 15, max 33),
// against 40 ms (max 152) and 7.3 ms (p95 23, max 109). The rare 10-40 ms
// outliers fall in any stage, and the same comparisons run under Node
// collect no garbage: most likely they are the loaded machine. Natively a
// comparison of two ~1,000-word articles from the index
// (BenchmarkCompareStored/warm) takes about 0.6 ms.
//
// # What the index stores
//
// Related is O(shared terms) per article and meant for build time: the app
// should not compute it for a whole corpus at start-up. The index stores,
// per article, its Doc (from Vectors; weights are multiples of
// 1/WeightScale, so 16 bits each), its Related list and its breakdown
// (StoredSentences); the browser then scores any pair with Similarity,
// exactly as the build did, and compares any two.
package compare
