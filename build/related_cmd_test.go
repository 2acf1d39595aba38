package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/app/compare"
	"diptych/build/ingest"
	"diptych/corpus/index"
)

// seedIndex writes the index of the seed corpus to a temporary file.
func seedIndex(t *testing.T) (string, *index.Index) {
	t.Helper()
	res, err := ingest.Load("../corpus/articles", ingest.Options{})
	require.NoError(t, err)
	docs := compare.Vectors(res.Articles, compare.DefaultVectorParams)
	data, err := index.EncodeWith(res.Articles, nil, compare.StoredSimilar(docs, compare.Related(docs, 3)))
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "index.bin")
	require.NoError(t, os.WriteFile(path, data, 0o644))
	ix, err := index.Decode(string(data))
	require.NoError(t, err)
	return path, ix
}

func TestRelatedCommand(t *testing.T) {
	path, ix := seedIndex(t)
	var out, errOut bytes.Buffer
	env := &cmdEnv{stdout: &out, stderr: &errOut}
	require.Equal(t, 0, runMain(env, []string{"related", "-index", path, "-k", "2"}), errOut.String())

	docs := compare.StoredDocs(ix)
	byID := map[string]*compare.Doc{}
	for i := range docs {
		byID[docs[i].ID] = &docs[i]
	}
	var lines []relatedLine
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		var l relatedLine
		require.NoError(t, json.Unmarshal(sc.Bytes(), &l), sc.Text())
		lines = append(lines, l)
	}
	require.Len(t, lines, len(ix.Articles))
	for i, l := range lines {
		assert.Equal(t, ix.Articles[i].ID, l.ID, "one line per article, in index order")
		assert.Len(t, l.Related, 2)
		for k, p := range ix.Related[i][:2] {
			assert.Equal(t, ix.Articles[p].ID, l.Related[k].ID, "the command agrees with the stored list")
		}
		for k, n := range l.Related {
			assert.NotEqual(t, l.ID, n.ID, "an article is not related to itself")
			assert.Equal(t, compare.Similarity(byID[l.ID], byID[n.ID]), n.Score, "the score is compare.Similarity")
			if k > 0 {
				assert.GreaterOrEqual(t, l.Related[k-1].Score, n.Score, "best first")
			}
		}
	}
}

func TestRelatedCommandErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.bin")
	require.NoError(t, os.WriteFile(bad, []byte("not an index"), 0o644))
	tests := []struct {
		name    string
		args    []string
		status  int
		message string
	}{
		{"no index flag", []string{"related"}, 2, "missing -index FILE"},
		{"negative k", []string{"related", "-index", bad, "-k", "-1"}, 2, "-k -1: want 0 or more"},
		{"stray argument", []string{"related", "-index", bad, "extra"}, 2, `unexpected argument "extra"`},
		{"missing file", []string{"related", "-index", filepath.Join(t.TempDir(), "none.bin")}, 1, "read index:"},
		{"not an index", []string{"related", "-index", bad}, 1, "read index " + bad + ": decode index: not a Diptych index"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			env := &cmdEnv{stdout: &out, stderr: &errOut}
			assert.Equal(t, tt.status, runMain(env, tt.args))
			assert.Contains(t, errOut.String(), tt.message)
			assert.Empty(t, out.String())
		})
	}
}
