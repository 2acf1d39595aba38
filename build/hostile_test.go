package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/build/hostile"
	"diptych/build/pipeline"
	"diptych/corpus"
	"diptych/corpus/index"
)

// writeHostileCorpus writes the hostile corpus (build/hostile) into dir.
func writeHostileCorpus(t testing.TB, dir string) {
	t.Helper()
	require.NoError(t, hostile.Write(filepath.Join("..", "testdata", "hostile"), dir))
}

// TestHostileCorpus builds the hostile corpus and checks what the build
// does with each case, as testdata/hostile/README.md documents. Markup in
// text is kept as text (the app renders text as text, never as HTML), except
// in HTML pages, whose scripts and markup the HTML reader drops.
func TestHostileCorpus(t *testing.T) {
	dir := t.TempDir()
	writeHostileCorpus(t, dir)
	data, rep, err := pipeline.Build(dir, pipeline.Options{})
	require.NoError(t, err, "the hostile corpus builds without -skip-invalid: every case is readable")
	ix, err := index.Decode(string(data))
	require.NoError(t, err)
	t.Logf("hostile index: %d articles, %d entities, %d bytes", rep.Articles, rep.Entities, len(data))

	committed := 20 // articles in the committed files
	assert.Len(t, ix.Articles, committed+1+hostile.ManyArticles)

	byTitle := map[string]*corpus.Article{}
	for i := range ix.Articles {
		byTitle[ix.Articles[i].Title] = &ix.Articles[i]
	}
	article := func(t *testing.T, id string) *corpus.Article {
		a, ok := ix.Article(id)
		require.True(t, ok, "article %s", id)
		return a
	}

	t.Run("every id is a safe path segment", func(t *testing.T) {
		slug := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
		seen := map[string]bool{}
		for _, a := range ix.Articles {
			assert.Regexp(t, slug, a.ID)
			assert.LessOrEqual(t, len(a.ID), 200, "ids fit the app's route limit")
			assert.False(t, seen[a.ID], "duplicate id %s", a.ID)
			seen[a.ID] = true
		}
	})
	t.Run("every date is ISO 8601 or unknown", func(t *testing.T) {
		iso := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$`)
		for _, a := range ix.Articles {
			if a.Published != "" {
				assert.Regexp(t, iso, a.Published, a.ID)
			}
		}
	})
	t.Run("all text is valid UTF-8 without empty paragraphs", func(t *testing.T) {
		for _, a := range ix.Articles {
			for _, s := range []string{a.Title, a.Source, a.Author, a.URL} {
				assert.True(t, utf8.ValidString(s), a.ID)
			}
			for _, p := range a.Paragraphs {
				assert.NotEmpty(t, p, a.ID)
				assert.True(t, utf8.ValidString(p), a.ID)
			}
		}
	})

	tests := []struct {
		name  string
		check func(t *testing.T)
	}{
		{"markup in a raw text title, source and body is kept as text", func(t *testing.T) {
			a := article(t, "script-window-pwned-txt-title-script-harbour")
			assert.Contains(t, a.Title, `<script>window.__pwned = "txt-title"</script>`)
			assert.Contains(t, a.Source, `onerror=`)
			body := strings.Join(a.Paragraphs, "\n")
			for _, s := range []string{"<script>", "<img src=\"x\" onerror=", "<svg onload=", "<iframe srcdoc=", "javascript:", "data:text/html", "&lt;script&gt;", "<style>", "<base href="} {
				assert.Contains(t, body, s)
			}
			assert.Equal(t, "2024-06-10T09:15", a.Published)
		}},
		{"markdown front matter fields are kept as text; links keep only their words", func(t *testing.T) {
			a := article(t, "x") // id "../../x" slugged
			assert.Contains(t, a.Title, `<img src=x onerror=`)
			assert.Contains(t, a.Source, `<script>`)
			assert.Contains(t, a.Author, `<svg onload=`)
			assert.Equal(t, `javascript:window.__pwned="md-url"`, a.URL, "url is data; the app renders only http(s) URLs as links")
			assert.Equal(t, "2024-06-11T08:00:00", a.Published, "the injected zone is dropped with a warning")
			body := strings.Join(a.Paragraphs, "\n")
			assert.Contains(t, body, "The ferry company announced a new timetable")
			assert.NotContains(t, body, "](javascript:", "Markdown link targets are not kept")
			assert.NotContains(t, body, "(data:", "Markdown image targets are not kept")
		}},
		{"HTML pages lose their scripts, handlers and links; metadata stays text", func(t *testing.T) {
			a := article(t, "market-hall-reopens")
			body := strings.Join(a.Paragraphs, "\n")
			assert.NotContains(t, body, "__pwned", "scripts, handlers and link targets are dropped with the markup")
			assert.Contains(t, body, "<b onclick=alert(1)>bold</b>", "escaped markup in the page is text")
			assert.Contains(t, a.Source, "onerror=")
			assert.Equal(t, "javascript:window.__pwned='og-url'", a.URL)
		}},
		{"a title made to break out of an attribute is kept as text", func(t *testing.T) {
			a := article(t, "quote-breakout")
			assert.Contains(t, a.Title, `" autofocus onfocus="`)
		}},
		{"url fields are kept as written", func(t *testing.T) {
			for id, url := range map[string]string{
				"js-url":            "javascript:window.__pwned='js-url'",
				"js-url-obfuscated": "JaVaScRiPt :window.__pwned='js-url-2'",
				"data-url":          "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+",
				"vbscript-url":      "vbscript:msgbox(1)",
				"relative-url":      "//evil.example/parking",
				"good-url":          `https://example.org/cycle?a=1&b="2"`,
			} {
				assert.Equal(t, url, article(t, id).URL, id)
			}
		}},
		{"a date made to break out of an attribute is unknown", func(t *testing.T) {
			assert.Empty(t, article(t, "date-attr").Published)
			assert.Contains(t, strings.Join(warnings(rep), "\n"), "is not a date this loader reads")
		}},
		{"bidi controls and zero-width characters", func(t *testing.T) {
			a := article(t, "bidi")
			assert.Contains(t, a.Title, "\u202e", "bidi controls are text: each field renders in its own element")
			assert.Equal(t, "Zero Width News", a.Source, "a zero-width space in a metadata field is a space")
			assert.Contains(t, a.Paragraphs[1], "Har bour", "a zero-width space in the body is a space")
			assert.Contains(t, a.Paragraphs[1], "Coun\u200dcil", "joiners are kept (emoji need them)")
		}},
		{"emoji and CJK are kept", func(t *testing.T) {
			a := article(t, "emoji-cjk")
			assert.Equal(t, "港口议会投票 🚢⚓ 関西 한국어 عربى", a.Title)
			assert.Contains(t, a.Paragraphs[0], "👩\u200d👩\u200d👧\u200d👦")
		}},
		{"duplicate ids get distinct ids and a warning", func(t *testing.T) {
			first, second := byTitle["Duplicate id, first row"], byTitle["Duplicate id, second row"]
			require.NotNil(t, first)
			require.NotNil(t, second)
			assert.NotEqual(t, first.ID, second.ID)
			assert.True(t, strings.HasPrefix(first.ID, "dup-") && strings.HasPrefix(second.ID, "dup-"))
			assert.Contains(t, strings.Join(warnings(rep), "\n"), `id "dup" is not unique`)
		}},
		{"ids with markup, escapes and dots are slugged", func(t *testing.T) {
			article(t, "script-alert-1-script")
			article(t, "a-2fb-00c-d")
		}},
		{"a 5,000-character title is kept whole", func(t *testing.T) {
			assert.Len(t, article(t, "long-title").Title, 5000)
		}},
		{"Markdown in a JSON Lines title is text", func(t *testing.T) {
			assert.Equal(t, "**Bold** _title_ [link](javascript:alert(1)) `code` # heading <b>b</b>", article(t, "md-title").Title)
		}},
		{"a 1 MiB paragraph is one paragraph", func(t *testing.T) {
			a := byTitle["A single paragraph of a megabyte"]
			require.NotNil(t, a)
			require.Len(t, a.Paragraphs, 1)
			assert.GreaterOrEqual(t, len(a.Paragraphs[0]), hostile.BigParagraph)
		}},
		{"10,000 one-line articles are all there", func(t *testing.T) {
			for _, i := range []int{0, 1, 4999, hostile.ManyArticles - 1} {
				id := fmt.Sprintf("row-%05d", i)
				a := article(t, id)
				assert.Equal(t, fmt.Sprintf("One-line article %05d", i), a.Title)
				assert.Len(t, a.Paragraphs, 1)
			}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, tc.check)
	}
}

// warnings lists the build's warnings as text.
func warnings(rep *pipeline.Report) []string {
	var out []string
	for _, w := range rep.Ingest.Warnings {
		out = append(out, fmt.Sprint(w))
	}
	return out
}
