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
)

func TestQueryCommand(t *testing.T) {
	dir := t.TempDir()
	idx := filepath.Join(dir, "seeds.idx")
	var errb bytes.Buffer
	require.Equal(t, 0, runMain(&cmdEnv{stdout: &bytes.Buffer{}, stderr: &errb}, []string{"index", "-corpus", "../corpus/articles", "-out", idx}), errb.String())
	garbage := filepath.Join(dir, "garbage.idx")
	require.NoError(t, os.WriteFile(garbage, []byte("not an index"), 0o644))

	tests := []struct {
		name      string
		args      []string
		stdin     string
		code      int
		lines     int      // JSON lines expected on stdout
		firstHits []string // hit ids of the first line, in order (nil: not checked)
		stdoutHas string
		stderrHas string
	}{
		{name: "query argument", args: []string{"-index", idx, `"total victory"`}, lines: 1,
			stdoutHas: `"query":"\"total victory\""`},
		{name: "queries from stdin, in order", args: []string{"-index", idx, "-k", "2"}, stdin: "ceasefire\nnetanyhu\n\nherzog\n", lines: 4,
			stdoutHas: `"did_you_mean":"netanyahu"`},
		{name: "corpus instead of index", args: []string{"-corpus", "../corpus/articles", "-k", "1", "herzog"}, lines: 1,
			firstHits: []string{"blinken-urges-urgent-ceasefire-talks-between-israel"}},
		{name: "trec run", args: []string{"-index", idx, "-trec", "-k", "3"}, stdin: "q1\tceasefire talks\nq2\therzog\n",
			stdoutHas: "q2 Q0 blinken-urges-urgent-ceasefire-talks-between-israel 1 "},
		{name: "trec needs ids", args: []string{"-index", idx, "-trec"}, stdin: "no tab\n", code: 1, stderrHas: "line 1: want QID<TAB>QUERY"},
		{name: "no index", args: []string{"ceasefire"}, code: 2, stderrHas: "give exactly one of -index FILE or -corpus PATH"},
		{name: "bad k", args: []string{"-index", idx, "-k", "0", "x"}, code: 2, stderrHas: "-k 0"},
		{name: "bad sort", args: []string{"-index", idx, "-sort", "size", "x"}, code: 2, stderrHas: `-sort "size"`},
		{name: "missing index", args: []string{"-index", filepath.Join(dir, "nope.idx"), "x"}, code: 1, stderrHas: "no such file"},
		{name: "not an index", args: []string{"-index", garbage, "x"}, code: 1, stderrHas: "not a Diptych index"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			env := &cmdEnv{stdin: strings.NewReader(tc.stdin), stdout: &out, stderr: &errb}
			code := runMain(env, append([]string{"query"}, tc.args...))
			require.Equal(t, tc.code, code, errb.String())
			assert.Contains(t, errb.String(), tc.stderrHas)
			assert.Contains(t, out.String(), tc.stdoutHas)
			if tc.lines == 0 {
				return
			}
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			require.Len(t, lines, tc.lines)
			var queries []string
			for i, l := range lines {
				var ql queryLine
				require.NoError(t, json.Unmarshal([]byte(l), &ql), l)
				require.NotNil(t, ql.Hits, "hits is a list, even when empty")
				queries = append(queries, ql.Query)
				if i == 0 && tc.firstHits != nil {
					var ids []string
					for _, h := range ql.Hits {
						ids = append(ids, h.ID)
						assert.NotEmpty(t, h.Title)
					}
					assert.Equal(t, tc.firstHits, ids)
				}
			}
			if tc.stdin != "" {
				assert.Equal(t, strings.Split(strings.TrimSpace(tc.stdin), "\n"), queries, "one line per query, in input order")
			}
		})
	}
}
