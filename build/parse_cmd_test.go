package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

func TestParseCommand(t *testing.T) {
	bad := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(bad, "good.txt"), []byte("A good title here\n\nA body paragraph for the test.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(bad, "empty.txt"), nil, 0o644))
	tests := []struct {
		name       string
		args       []string
		code       int
		articles   int
		stderrHas  string
		stdoutNone bool
	}{
		{"seeds", []string{"parse", "-corpus", "../corpus/articles"}, 0, 5, "parse: 5 articles, 0 skipped", false},
		{"bad input fails and prints nothing", []string{"parse", "-corpus", bad}, 1, 0, "empty.txt: empty file", true},
		{"skip-invalid builds the rest", []string{"parse", "-corpus", bad, "-skip-invalid"}, 0, 1, "skipped " + filepath.Join(bad, "empty.txt") + ": empty file", false},
		{"stray argument", []string{"parse", "corpus"}, 2, 0, `unexpected argument "corpus"`, true},
		{"missing corpus", []string{"parse", "-corpus", filepath.Join(bad, "nope")}, 1, 0, "no such file or directory", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := runMain(&cmdEnv{stdout: &out, stderr: &errb}, tc.args)
			assert.Equal(t, tc.code, code, errb.String())
			assert.Contains(t, errb.String(), tc.stderrHas)
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			if tc.stdoutNone {
				assert.Empty(t, out.String())
				return
			}
			require.Len(t, lines, tc.articles)
			for _, l := range lines {
				var a corpus.Article
				require.NoError(t, json.Unmarshal([]byte(l), &a))
				assert.NotEmpty(t, a.ID)
				assert.NotEmpty(t, a.Paragraphs)
			}
		})
	}
}
