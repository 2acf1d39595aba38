package ner

import (
	"testing"

	"github.com/stretchr/testify/require"

	"diptych/build/ingest"
	"diptych/corpus"
)

// loadSeeds reads the seed corpus (corpus/articles) through the ingestion
// stage, exactly as the build pipeline does.
func loadSeeds(t testing.TB) []corpus.Article {
	t.Helper()
	res, err := ingest.Load("../../corpus/articles", ingest.Options{})
	require.NoError(t, err)
	require.NotEmpty(t, res.Articles)
	return res.Articles
}
