package ingest

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSlugify(t *testing.T) {
	tests := []struct {
		name, in string
		limit    bool
		want     string
	}{
		{"title: stopwords out, seven words", "Blinken urges urgent ceasefire talks between Israel, Hamas", true, "blinken-urges-urgent-ceasefire-talks-between-israel"},
		{"apostrophe joins", "Blinken's Diplomatic Mission", true, "blinkens-diplomatic-mission"},
		{"accents folded", "Türkiye and Égypte talk", true, "turkiye-egypte-talk"},
		{"id: stopwords kept", "The-Article 12", false, "the-article-12"},
		{"nothing usable", "!!! ???", true, ""},
		{"non-Latin script is dropped", "Гармонія", true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, slugify(tc.in, tc.limit))
		})
	}
}

func TestIDsStableAndUnique(t *testing.T) {
	same := "Same title for two stories\n\n"
	base := map[string]string{
		"a.txt":     "First title of the corpus\n\nBody of the first article, long enough to read.\n",
		"b/one.txt": same + "One body about the harbour and its ferries.\n",
		"b/two.txt": same + "Another body about the library and its hours.\n",
		"rows.jsonl": `{"id": "Row 1", "text": "Row one text."}` + "\n" +
			`{"title": "Untitled row gets a title slug", "text": "Row two text."}` + "\n",
		"Weird Name.txt": "Breaking:\n\nA body whose header has no title line of three words or more, so the file name is used for the ID.\n",
	}
	ids := func(files map[string]string) map[string]string {
		res, err := Load(writeFiles(t, files), Options{})
		require.NoError(t, err)
		m := map[string]string{}
		for _, a := range res.Articles {
			assert.Regexp(t, regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`), a.ID)
			assert.LessOrEqual(t, len(a.ID), 67)
			_, dup := m[a.ID]
			assert.False(t, dup, "ID %s not unique", a.ID)
			m[a.File] = a.ID
		}
		return m
	}
	before := ids(base)
	assert.Equal(t, "first-title-corpus", before["a.txt"])
	assert.Equal(t, "row-1", before["rows.jsonl:1"])
	assert.Equal(t, "untitled-row-gets-title-slug", before["rows.jsonl:2"])
	assert.Equal(t, "weird-name", before["Weird Name.txt"])
	assert.Regexp(t, `^same-title-two-stories-[0-9a-f]{6}$`, before["b/one.txt"])
	assert.NotEqual(t, before["b/one.txt"], before["b/two.txt"])

	more := map[string]string{
		"0.txt":      "An article added in front of all others\n\nIts body.\n",
		"rows.jsonl": `{"title": "A row inserted above", "text": "New row."}` + "\n" + base["rows.jsonl"],
	}
	for k, v := range base {
		if _, ok := more[k]; !ok {
			more[k] = v
		}
	}
	after := ids(more)
	for file, id := range before {
		if file == "rows.jsonl:1" || file == "rows.jsonl:2" {
			continue // the rows moved down one line
		}
		assert.Equal(t, id, after[file], "ID of %s changed when articles were added", file)
	}
	assert.Equal(t, before["rows.jsonl:1"], after["rows.jsonl:2"])
	assert.Equal(t, before["rows.jsonl:2"], after["rows.jsonl:3"])

	delete(more, "b/two.txt")
	removed := ids(more)
	assert.Equal(t, "same-title-two-stories", removed["b/one.txt"], "the suffix goes once the slug is unique again")
	assert.Equal(t, before["a.txt"], removed["a.txt"])
}

func TestDuplicateJSONLIDs(t *testing.T) {
	res, err := Load(writeFiles(t, map[string]string{
		"rows.jsonl": `{"id": "x", "text": "One text."}` + "\n" + `{"id": "x", "text": "Another text."}` + "\n",
	}), Options{})
	require.NoError(t, err)
	require.Len(t, res.Articles, 2)
	assert.NotEqual(t, res.Articles[0].ID, res.Articles[1].ID)
	var idWarnings int
	for _, w := range res.Warnings {
		if strings.Contains(w.Msg, `id "x" is not unique`) {
			idWarnings++
		}
	}
	assert.Equal(t, 2, idWarnings)
}
