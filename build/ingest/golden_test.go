package ingest

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ingest")

// TestGolden pins what each fixture corpus becomes: the articles as JSON
// Lines (what `go run ./build parse` prints) and the report (skipped,
// warnings, duplicates). Run `go test ./build/ingest -update` after an
// intended change and review the diff.
func TestGolden(t *testing.T) {
	tests := []struct {
		name, corpus, golden string
	}{
		{"seeds", "../../corpus/articles", "seeds"},
		{"formats", "../../testdata/ingest/formats", "formats"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Load(tc.corpus, Options{})
			require.NoError(t, err)
			var arts bytes.Buffer
			enc := json.NewEncoder(&arts)
			enc.SetEscapeHTML(false)
			for _, a := range res.Articles {
				require.NoError(t, enc.Encode(a))
			}
			var rep bytes.Buffer
			for _, p := range res.Skipped {
				fmt.Fprintf(&rep, "skipped %s\n", p)
			}
			for _, p := range res.Warnings {
				fmt.Fprintf(&rep, "warning %s\n", p)
			}
			for _, d := range res.Duplicates {
				fmt.Fprintf(&rep, "duplicate %s %s exact=%v similarity=%.3f\n", d.A, d.B, d.Exact, d.Similarity)
			}
			report := strings.ReplaceAll(rep.String(), tc.corpus+string(filepath.Separator), "")
			checkGolden(t, "../../testdata/ingest/"+tc.golden+".golden.jsonl", arts.Bytes())
			checkGolden(t, "../../testdata/ingest/"+tc.golden+".report.golden", []byte(report))
		})
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file: run go test ./build/ingest -update")
	assert.Equal(t, string(want), string(got), "%s differs: run go test ./build/ingest -update and review the diff", path)
}
