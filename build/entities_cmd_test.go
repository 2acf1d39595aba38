package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &cmdEnv{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}
	code := runMain(env, args)
	return code, out.String(), errb.String()
}

func TestEntitiesCommand(t *testing.T) {
	const text = `“We are on the way to a deal,” Secretary of State Antony Blinken said in Doha on Friday.` + "\n" +
		`Hamas said at least 1,200 people were freed. Blinken met Qatari officials.`
	line, err := json.Marshal(map[string]string{"id": "a1", "text": text, "published": "2024-12-13"})
	require.NoError(t, err)

	tests := []struct {
		name  string
		stdin string
		id    string
	}{
		{"json lines", string(line) + "\n", "a1"},
		{"plain text", text, "stdin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.stdin, "entities")
			require.Equal(t, 0, code, stderr)
			var doc struct {
				ID       string `json:"id"`
				Entities []struct {
					Start, End int
					Type       string
					Text       string
					Canonical  string
					Speaker    string
					Value      string
				}
			}
			require.NoError(t, json.Unmarshal([]byte(stdout), &doc))
			assert.Equal(t, tt.id, doc.ID)
			got := map[string]string{}
			for _, e := range doc.Entities {
				assert.Equal(t, text[e.Start:e.End], e.Text, "offsets of %s %q", e.Type, e.Text)
				got[e.Type+" "+e.Text] = e.Canonical + e.Speaker
			}
			assert.Equal(t, "Antony Blinken", got["PERSON Antony Blinken"])
			assert.Equal(t, "Antony Blinken", got["PERSON Blinken"], "short form linked to the full name")
			assert.Contains(t, got, "PLACE Doha")
			assert.Contains(t, got, "ORG Hamas")
			assert.Contains(t, got, "DATE Friday")
			assert.Contains(t, got, "FIGURE at least 1,200 people")
			assert.Equal(t, "Antony Blinken", got["QUOTE We are on the way to a deal"], "quote speaker")
		})
	}
}

func TestEntitiesCommandErrors(t *testing.T) {
	code, _, stderr := runCmd(t, "{\"id\": \"a\", \"text\": \"x\"}\n{not json\n", "entities")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "line 2")

	code, _, stderr = runCmd(t, "", "entities", "extra")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "extra")

	code, stdout, _ := runCmd(t, "", "entities")
	assert.Equal(t, 0, code)
	assert.Empty(t, stdout, "no input, no output")
}
