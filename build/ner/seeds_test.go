package ner

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

// seedPublished gives the publication dates the seed files state in their
// furniture ("Fri 13 Dec 2024 4:18 pm", "10/06/2024 21h02"), as ingestion
// would extract them.
var seedPublished = map[string]string{
	"000_a319be965b7ae5a2": "2024-12-13T16:18",
	"003_20d3866c96ddc873": "2024-06-10T21:02",
}

// loadSeeds reads corpus/articles/*.txt the simple way, until build/ingest
// is available: the first line is the title, body paragraphs are the
// non-empty lines of eight words or more that end a sentence (others are
// site furniture: headlines, datelines, "Share:", "Leave a Reply").
func loadSeeds(t testing.TB) []corpus.Article {
	t.Helper()
	files, err := filepath.Glob("../../corpus/articles/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	sort.Strings(files)
	var out []corpus.Article
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		a := corpus.Article{ID: id, File: "articles/" + filepath.Base(f), Published: seedPublished[id]}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			if a.Title == "" {
				a.Title = line
				continue
			}
			if n := len(strings.Fields(line)); n < 8 || n < 15 && !strings.ContainsAny(line[len(line)-1:], ".?!\"”") {
				continue
			}
			a.Paragraphs = append(a.Paragraphs, line)
		}
		out = append(out, a)
	}
	return out
}
