// Package compare is Diptych's comparison engine: given two articles it
// splits them into sentences, aligns the sentences that say the same thing,
// diffs the words inside each aligned pair, and sets side by side their
// entities, figures and quotes. It also scores how similar whole articles
// are (Related, Similarity), the one measure both the build command
// `go run ./build related` and the app's "compare with" list rank by.
//
// It is plain Go with no go-app import: the same code runs in the browser
// (WebAssembly) and under `go test`. Its output is data for a UI to render
// (indices and byte offsets into the articles), never HTML.
//
// It is not for finding entities, quotes or figures in text (build/ner fills
// corpus.Article.Mentions, Quotes and Figures before articles reach this
// package), nor for search ranking (app/search), nor for rendering.
package compare
