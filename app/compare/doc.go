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
// Words, folding and stems come from corpus/text, the analyser the search
// index uses, so document vectors share the index's terms. Comparing two
// ~1,000-word articles (BenchmarkCompare1000Words) takes about 3 ms
// natively with a fresh Comparer and 1.4 ms with a warm one (stems
// cached). In headless Chromium, on a 2-core machine shared with other
// jobs (load average 7-8), a fresh comparison took 7-10 ms at best and
// 16-34 ms median, a warm one 2.5 ms at best and 5-8 ms median, against a
// budget of 30 ms. The first comparison after the page loads costs more
// (130-180 ms there: WebAssembly code compiled on first use and heap
// growth); a UI should keep one Comparer and may warm it up while idle.
//
// # What the index should store
//
// Related is O(shared terms) per article and meant for build time: the app
// should not compute it for a whole corpus at start-up. The index stores,
// per article, its Doc (from Vectors; weights are multiples of
// 1/WeightScale, so 16 bits each) and its Related list; the browser then
// scores any pair with Similarity, exactly as the build did.
package compare
