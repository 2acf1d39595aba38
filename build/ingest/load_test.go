package ingest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goodText = "A good title for a test article\n\nThe first paragraph of the test article, which the author wrote for this test.\n"

// writeFiles creates files (name -> content) under a new temporary folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	return dir
}

func TestLoadBadInput(t *testing.T) {
	tests := []struct {
		name  string
		file  string
		setup func(t *testing.T, path string)
		line  int
		want  string
	}{
		{"empty file", "empty.txt", writeString(""), 0, "empty file"},
		{"only white space", "blank.md", writeString(" \n\t\n"), 0, "empty file (only white space)"},
		{"binary file", "image.txt", writeString("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0, "binary file, not text (NUL byte at offset 8)"},
		{"control bytes", "ctrl.html", writeString(strings.Repeat("\x01\x02\x03 ab", 20)), 0, "binary file, not text"},
		{"UTF-16", "utf16.txt", writeString("\xff\xfeT\x00i\x00"), 0, "UTF-16 text is not supported"},
		{"invalid UTF-8 names its line", "latin1.txt", writeString("Title line here\n\nCaf\xe9 society returns to the old town.\n"), 0, "invalid UTF-8 at line 3 (byte offset 20, byte 0xE9)"},
		{"unreadable: dangling symlink", "gone.txt", func(t *testing.T, p string) {
			require.NoError(t, os.Symlink(filepath.Join(filepath.Dir(p), "nowhere"), p))
		}, 0, "unreadable: stat: no such file or directory"},
		{"unreadable: no permission", "locked.txt", func(t *testing.T, p string) {
			if os.Geteuid() == 0 {
				t.Skip("root reads any file; the dangling symlink case covers unreadable files")
			}
			require.NoError(t, os.WriteFile(p, []byte(goodText), 0o000))
		}, 0, "unreadable: open: permission denied"},
		{"50 MB file rejected before reading", "huge.txt", func(t *testing.T, p string) {
			f, err := os.Create(p)
			require.NoError(t, err)
			require.NoError(t, f.Truncate(50<<20)) // sparse: no 50 MB written
			require.NoError(t, f.Close())
		}, 0, "too large: 52428800 bytes; the limit for one article file is 16777216 bytes (16 MiB)"},
		{"JSON Lines row over the row limit", "huge.jsonl", func(t *testing.T, p string) {
			f, err := os.Create(p)
			require.NoError(t, err)
			_, err = f.WriteString(`{"text": "` + strings.Repeat("a", MaxFileBytes) + `"}` + "\n")
			require.NoError(t, err)
			require.NoError(t, f.Close())
		}, 1, "row too large"},
		{"JSON Lines row not JSON", "rows.jsonl", writeString(`{"text": "fine row with some words"}` + "\n" + `{"text": "broken` + "\n"), 2, "not a JSON object: unexpected EOF"},
		{"JSON Lines row lacks text", "rows.jsonl", writeString(`{"id": "a", "title": "No body here"}` + "\n"), 1, `no "text" field`},
		{"JSON Lines text under another name", "rows.jsonl", writeString(`{"body": "The text is here."}` + "\n"), 1, `no "text" field: every row needs the article text (the row has "body": rename it to "text")`},
		{"JSON Lines text of the wrong type", "rows.jsonl", writeString(`{"text": 42}` + "\n"), 1, `field "text" must be a string, not a JSON number`},
		{"JSON Lines array, not object", "rows.jsonl", writeString(`["text"]` + "\n"), 1, "not a JSON object"},
		{"JSON Lines invalid UTF-8 row", "rows.jsonl", writeString(`{"text": "caf` + "\xe9" + `"}` + "\n"), 1, "invalid UTF-8"},
		{"JSON Lines empty file", "rows.jsonl", writeString("\n\n"), 0, "empty file: no JSON Lines rows"},
		{"bad front matter", "bad.md", writeString("---\ntitle: [unclosed\n---\n\nBody text of the article.\n"), 0, "front matter"},
		{"front matter date not a date", "bad.md", writeString("---\ndate: next Tuesday\n---\n\nBody text of the article.\n"), 0, `front matter field "date": "next Tuesday" is not a date`},
		{"nothing left after cleaning", "furniture.txt", writeString("Share:\nLeave a Reply\n"), 0, "no article text left after removing site furniture"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"good.txt": goodText})
			path := filepath.Join(dir, tc.file)
			tc.setup(t, path)

			res, err := Load(dir, Options{})
			assert.Nil(t, res)
			var pe *ProblemsError
			require.True(t, errors.As(err, &pe), "want *ProblemsError, got %v", err)
			require.Len(t, pe.Problems, 1)
			assert.Equal(t, path, pe.Problems[0].File)
			assert.Equal(t, tc.line, pe.Problems[0].Line)
			assert.Contains(t, pe.Problems[0].Msg, tc.want)
			assert.Contains(t, err.Error(), path)

			res, err = Load(dir, Options{SkipInvalid: true})
			require.NoError(t, err)
			assert.Equal(t, pe.Problems, res.Skipped, "skip-invalid lists the same problems")
			require.NotEmpty(t, res.Articles, "the good article is still built")
			assert.Equal(t, "good.txt", res.Articles[0].File)
		})
	}
}

func writeString(s string) func(t *testing.T, path string) {
	return func(t *testing.T, path string) {
		require.NoError(t, os.WriteFile(path, []byte(s), 0o644))
	}
}

func TestLoadReportsEveryProblemAtOnce(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good.txt":      goodText,
		"a/empty.txt":   "",
		"b/binary.html": "\x00\x01\x02",
		"rows.jsonl":    "not json\n" + `{"title": "no text"}` + "\n" + `{"text": "A fine row with a body."}` + "\n",
	})
	_, err := Load(dir, Options{})
	var pe *ProblemsError
	require.ErrorAs(t, err, &pe)
	got := []string{}
	for _, p := range pe.Problems {
		rel, _ := filepath.Rel(dir, p.File)
		p.File = filepath.ToSlash(rel)
		got = append(got, p.String())
	}
	assert.Equal(t, []string{
		"a/empty.txt: empty file",
		"b/binary.html: binary file, not text (NUL byte at offset 0)",
		"rows.jsonl:1: not a JSON object: invalid character 'o' in literal null (expecting 'u')",
		`rows.jsonl:2: no "text" field: every row needs the article text`,
	}, got)
	assert.Contains(t, err.Error(), "4 bad inputs (nothing was built")

	res, err := Load(dir, Options{SkipInvalid: true})
	require.NoError(t, err)
	assert.Len(t, res.Skipped, 4)
	assert.Len(t, res.Articles, 2)
}

func TestLoadReportsProblemsFoundAfterCleaningWithTheOthers(t *testing.T) {
	dir := writeFiles(t, map[string]string{"good.txt": goodText, "empty.txt": "", "furniture.txt": "Share:\nLeave a Reply\n"})
	_, err := Load(dir, Options{})
	var pe *ProblemsError
	require.ErrorAs(t, err, &pe)
	assert.Len(t, pe.Problems, 2)
}

func TestLoadSummarisesManyIgnoredFiles(t *testing.T) {
	files := map[string]string{"good.txt": goodText}
	for i := range 12 {
		files[fmt.Sprintf("img/%02d.jpg", i)] = "x"
	}
	dir := writeFiles(t, files)
	res, err := Load(dir, Options{})
	require.NoError(t, err)
	require.Len(t, res.Warnings, 1)
	assert.Equal(t, Problem{File: dir, Msg: "ignored 12 .jpg files: not article files (.txt, .md, .html, .jsonl)"}, res.Warnings[0])
}

func TestLoadPaths(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good.txt":               goodText,
		"notes/README.txt":       "About this corpus: five articles.\n",
		"data.csv":               "a,b\n",
		".git/HEAD.txt":          "ref",
		"sub/deeper/x.md":        "# Another title for a test\n\nSome more text in a paragraph.\n",
		"sub/.hidden.txt":        "hidden",
		"sub/deeper/x.meta.json": `{"source": "Sidecar Times"}`,
	})
	tests := []struct {
		name      string
		path      string
		wantFiles []string
		wantErr   string
	}{
		{"folder walked recursively, other files ignored", dir, []string{"good.txt", "sub/deeper/x.md"}, ""},
		{"single file", filepath.Join(dir, "sub/deeper/x.md"), []string{"x.md"}, ""},
		{"missing path", filepath.Join(dir, "nope"), nil, "no such file or directory"},
		{"unsupported single file", filepath.Join(dir, "data.csv"), nil, "not an article file"},
		{"folder with no articles", filepath.Join(dir, "notes"), nil, "no articles found"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.wantErr != "" {
				_, err := Load(tc.path, Options{SkipInvalid: true})
				assert.ErrorContains(t, err, tc.wantErr, "an error with -skip-invalid too")
			}
			res, err := Load(tc.path, Options{})
			if tc.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.wantErr)
				assert.Contains(t, err.Error(), tc.path, "the error names the input")
				return
			}
			require.NoError(t, err)
			var files []string
			for _, a := range res.Articles {
				files = append(files, a.File)
			}
			assert.ElementsMatch(t, tc.wantFiles, files)
		})
	}
	res, err := Load(dir, Options{})
	require.NoError(t, err)
	var warned []string
	for _, w := range res.Warnings {
		warned = append(warned, filepath.Base(w.File))
	}
	assert.Equal(t, []string{"data.csv", "README.txt"}, warned, "ignored files are listed, not silently dropped")
	for _, a := range res.Articles {
		if a.File == "sub/deeper/x.md" {
			assert.Equal(t, "Sidecar Times", a.Source, "sidecar applied")
		}
	}
}

func TestLoadProgress(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": goodText, "b.txt": "Second test title here\n\nAnother body paragraph for the test.\n"})
	var b strings.Builder
	_, err := Load(dir, Options{Progress: &b})
	require.NoError(t, err)
	assert.Equal(t, "\rparse: 2/2 files, 2 articles\n", b.String())
}

func TestLoadDeterministic(t *testing.T) {
	a, err := Load("../../corpus/articles", Options{})
	require.NoError(t, err)
	b, err := Load("../../corpus/articles", Options{})
	require.NoError(t, err)
	assert.Equal(t, a, b)
}
