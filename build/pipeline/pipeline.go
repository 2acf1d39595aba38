// Package pipeline runs Diptych's build stages in order: parse the corpus
// (build/ingest), extract entities, and encode the index (corpus/index). The
// `build index` command and the test that checks the app's embedded index
// both call Build, so they cannot drift apart.
//
// It is not for the stages themselves, only for wiring them.
package pipeline

import (
	"fmt"
	"io"

	"diptych/app/compare"
	"diptych/build/ingest"
	"diptych/build/ner"
	"diptych/corpus/index"
)

// RelatedK is how many related articles the index stores per article
// (the comparison view's "compare with" list).
const RelatedK = 20

// Options controls Build.
type Options struct {
	// SkipInvalid builds the valid articles and reports the rest.
	SkipInvalid bool
	// Progress receives progress lines for a terminal; nil means none.
	Progress io.Writer
}

// Report says what a build did.
type Report struct {
	Articles int
	Entities int
	// Ingest is the parse stage's result without its articles: what was
	// skipped, duplicated or warned about.
	Ingest *ingest.Result
}

// Build parses the corpus at path and returns the encoded index. The bytes
// depend only on the corpus, so two builds of the same corpus are
// identical.
func Build(path string, opts Options) ([]byte, *Report, error) {
	res, err := ingest.Load(path, ingest.Options{SkipInvalid: opts.SkipInvalid, Progress: opts.Progress})
	if err != nil {
		return nil, nil, err
	}
	if len(res.Articles) == 0 {
		return nil, nil, fmt.Errorf("corpus %s: no articles found (want .txt, .md, .html or .jsonl files)", path)
	}
	x, err := ner.Load()
	if err != nil {
		return nil, nil, fmt.Errorf("load entity model: %w", err)
	}
	entities, err := x.Annotate(res.Articles)
	if err != nil {
		return nil, nil, fmt.Errorf("extract entities: %w", err)
	}
	docs := compare.Vectors(res.Articles, compare.DefaultVectorParams)
	rel := compare.Related(docs, RelatedK)
	sim := compare.StoredSimilar(docs, rel)
	sim.Sentences = compare.StoredSentences(res.Articles)
	data, err := index.EncodeWith(res.Articles, entities, sim)
	if err != nil {
		return nil, nil, err
	}
	rep := &Report{Articles: len(res.Articles), Entities: len(entities), Ingest: res}
	res.Articles = nil
	return data, rep, nil
}
