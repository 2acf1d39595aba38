package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

// TestFormats loads one small article per input format and checks every
// field, so each parser's contract is pinned on its own.
func TestFormats(t *testing.T) {
	body := "The council approved the plan on Monday after a long debate."
	tests := []struct {
		name  string
		file  string
		in    string
		extra map[string]string
		want  corpus.Article
	}{
		{
			name: "txt raw scrape", file: "plan.txt",
			in:   "NEWS\n13 Dec 2024\nCouncil approves the plan\n" + body + "\nShare your opinion\n",
			want: corpus.Article{ID: "council-approves-plan", Title: "Council approves the plan", Published: "2024-12-13", Paragraphs: []string{body}, File: "plan.txt"},
		},
		{
			name: "md YAML front matter", file: "plan.md",
			in:   "---\ntitle: Council approves the plan\nsource: Valley Times\nauthor: Jane Doe\ndate: 2024-12-13\nurl: https://example.org/p\n---\n\n" + body + "\n",
			want: corpus.Article{ID: "council-approves-plan", Title: "Council approves the plan", Source: "Valley Times", Author: "Jane Doe", Published: "2024-12-13", URL: "https://example.org/p", Paragraphs: []string{body}, File: "plan.md"},
		},
		{
			name: "md TOML front matter with offset date-time", file: "plan.md",
			in:   "+++\ntitle = \"Council approves the plan\"\npublished = 2024-12-13T16:18:00+02:00\n+++\n" + body + "\n",
			want: corpus.Article{ID: "council-approves-plan", Title: "Council approves the plan", Published: "2024-12-13T16:18:00+02:00", Paragraphs: []string{body}, File: "plan.md"},
		},
		{
			name: "md without front matter: heading is the title", file: "plan.md",
			in:   "# Council approves the plan\n\n> " + body + "\n\n* [Read more](https://x)\n",
			want: corpus.Article{ID: "council-approves-plan", Title: "Council approves the plan", Paragraphs: []string{body}, File: "plan.md"},
		},
		{
			name: "md with neither front matter title nor heading: header lines", file: "plan.md",
			in:   "---\nsource: Valley Times\n---\nCouncil approves the plan\n\n13 December 2024\n\n" + body + "\n",
			want: corpus.Article{ID: "council-approves-plan", Title: "Council approves the plan", Source: "Valley Times", Published: "2024-12-13", Paragraphs: []string{body}, File: "plan.md"},
		},
		{
			name: "html with meta tags and clutter", file: "plan.html",
			in: `<html><head><title>Council approves the plan - Valley Times</title><meta property="og:site_name" content="Valley Times">
				<meta name="date" content="2024-12-13"></head><body><nav>Home News</nav><div class="cookie-banner">We use cookies</div>
				<article><h1>Council approves the plan</h1><p>` + body + `</p><div class="social-share">Tweet</div></article>
				<div id="comments"><p>First!</p></div><footer>Contact</footer><script>alert(1)</script></body></html>`,
			want: corpus.Article{ID: "council-approves-plan", Title: "Council approves the plan", Source: "Valley Times", Published: "2024-12-13", Paragraphs: []string{body}, File: "plan.html"},
		},
		{
			name: "html with JSON-LD", file: "plan.htm",
			in: `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
				{"@type":"NewsArticle","headline":"Council approves the plan","datePublished":"2024-12-13T09:00:00+01:00",
				"author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"Valley Times"}}]}</script></head>
				<body><div><p>` + body + `</p></div></body></html>`,
			want: corpus.Article{ID: "council-approves-plan", Title: "Council approves the plan", Source: "Valley Times", Author: "Jane Doe", Published: "2024-12-13T09:00:00+01:00", Paragraphs: []string{body}, File: "plan.htm"},
		},
		{
			name: "jsonl with every field", file: "rows.jsonl",
			in:   `{"id": 17, "title": "Council approves the plan", "text": "` + body + `\n\nSecond\nparagraph.", "source": "Valley Times", "url": "https://example.org/p", "published": "13/12/2024", "author": "Jane Doe", "extra": true}` + "\n",
			want: corpus.Article{ID: "17", Title: "Council approves the plan", Source: "Valley Times", Author: "Jane Doe", Published: "2024-12-13", URL: "https://example.org/p", Paragraphs: []string{body, "Second paragraph."}, File: "rows.jsonl:1"},
		},
		{
			name: "sidecar overrides and blanks fields", file: "plan.md",
			in:    "---\ntitle: Council approves the plan\nsource: Wrong Outlet\nauthor: Somebody\n---\n\n" + body + "\n",
			extra: map[string]string{"plan.meta.json": `{"source": "Valley Times", "author": "", "published": "Dec 13, 2024"}`},
			want:  corpus.Article{ID: "council-approves-plan", Title: "Council approves the plan", Source: "Valley Times", Published: "2024-12-13", Paragraphs: []string{body}, File: "plan.md"},
		},
		{
			name: "yaml sidecar on raw text", file: "plan.txt",
			in:    "Council approves the plan\n\n" + body + "\n",
			extra: map[string]string{"plan.meta.yaml": "source: Valley Times\nid: council-plan-2024\n"},
			want:  corpus.Article{ID: "council-plan-2024", Title: "Council approves the plan", Source: "Valley Times", Paragraphs: []string{body}, File: "plan.txt"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{tc.file: tc.in}
			for k, v := range tc.extra {
				files[k] = v
			}
			res, err := Load(writeFiles(t, files), Options{})
			require.NoError(t, err)
			require.Len(t, res.Articles, 1)
			assert.Equal(t, tc.want, res.Articles[0])
		})
	}
}

func TestBadSidecar(t *testing.T) {
	tests := []struct {
		name, sidecar, content, want string
	}{
		{"not JSON", "a.meta.json", "{source", "sidecar a.meta.json: invalid character"},
		{"bad date", "a.meta.yaml", "published: soon\n", `sidecar a.meta.yaml field "published": "soon" is not a date`},
		{"wrong type", "a.meta.json", `{"title": {"x": 1}}`, `sidecar a.meta.json field "title": want text`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(writeFiles(t, map[string]string{"a.txt": goodText, tc.sidecar: tc.content}), Options{})
			var pe *ProblemsError
			require.ErrorAs(t, err, &pe)
			require.Len(t, pe.Problems, 1)
			assert.Contains(t, pe.Problems[0].Msg, tc.want)
		})
	}
}

func TestHTMLWithoutArticleElement(t *testing.T) {
	para := "The council approved the plan on Monday after a long debate about the costs of the works. "
	page := `<html><head><title>Plan approved</title></head><body>
		<div class="top"><ul><li>Home</li><li>Sport</li></ul></div>
		<div class="col"><div class="story"><h2>Plan approved</h2><p>` + para + `</p><p>` + para + `Again.</p><p>` + para + `Once more.</p></div>
		<div class="most"><p>Most read: Fire at the mill</p></div></div></body></html>`
	d, err := parseHTML(page)
	require.NoError(t, err)
	assert.Equal(t, "Plan approved", d.art.Title)
	assert.Equal(t, []string{para[:len(para)-1], para + "Again.", para + "Once more."}, finalParagraphs(d.art.Paragraphs))
}

func TestHTMLClutterClassOnTheArticle(t *testing.T) {
	para := "The council approved the plan on Monday after a long debate about the costs of the works."
	page := `<html><body><div class="post has-comments social-ready"><h1>Plan approved by the council</h1><p>` + para + `</p><p>` + para + `</p></div>
		<div class="comments"><p>Nice.</p></div></body></html>`
	d, err := parseHTML(page)
	require.NoError(t, err)
	assert.Equal(t, []string{para, para}, finalParagraphs(d.art.Paragraphs))
}

func TestFolderSidecar(t *testing.T) {
	body := "\n\nThe council approved the plan on Monday after a long debate.\n"
	tests := []struct {
		name       string
		files      map[string]string
		wantSource map[string]string // file -> source
		problem    string
		warning    string
	}{
		{
			name: "fills unknown fields below it, nearest folder first, never overrides",
			files: map[string]string{
				"_folder.meta.yaml":        "source: Valley Times\nauthor: Newsdesk\n",
				"a.txt":                    "First test title here" + body,
				"sport/_folder.meta.json":  `{"source": "Valley Sport"}`,
				"sport/b.txt":              "Second test title here" + body,
				"sport/c.md":               "---\nsource: Own Outlet\n---\n# Third test title here\n" + body,
				"sport/deeper/d.txt":       "Fourth test title here" + body,
				"sport/deeper/d.meta.json": `{"author": "Sam Lee"}`,
			},
			wantSource: map[string]string{"a.txt": "Valley Times", "sport/b.txt": "Valley Sport", "sport/c.md": "Own Outlet", "sport/deeper/d.txt": "Valley Sport"},
		},
		{
			name:    "a folder cannot share a title",
			files:   map[string]string{"_folder.meta.yaml": "title: Same for all\n", "a.txt": "First test title here" + body},
			problem: `folder sidecar field "title": a whole folder cannot share one title`,
		},
		{
			name:    "a bad folder sidecar is one problem",
			files:   map[string]string{"_folder.meta.json": "{", "a.txt": "First test title here" + body, "b.txt": "Second test title here" + body},
			problem: "sidecar _folder.meta.json: unexpected end of JSON input",
		},
		{
			name:       "a sidecar without its article is listed",
			files:      map[string]string{"a.txt": "First test title here" + body, "b.meta.yaml": "source: X\n"},
			wantSource: map[string]string{"a.txt": ""},
			warning:    "ignored: sidecar without an article file b.txt, .md or .html beside it",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := Load(writeFiles(t, tc.files), Options{})
			if tc.problem != "" {
				var pe *ProblemsError
				require.ErrorAs(t, err, &pe)
				require.Len(t, pe.Problems, 1, "reported once, not once per article")
				assert.Contains(t, pe.Problems[0].Msg, tc.problem)
				return
			}
			require.NoError(t, err)
			got := map[string]string{}
			for _, a := range res.Articles {
				got[a.File] = a.Source
				if a.File == "sport/deeper/d.txt" {
					assert.Equal(t, "Sam Lee", a.Author, "the file's own sidecar wins")
				}
				if a.File == "a.txt" && tc.wantSource["a.txt"] != "" {
					assert.Equal(t, "Newsdesk", a.Author)
				}
			}
			assert.Equal(t, tc.wantSource, got)
			if tc.warning != "" {
				require.Len(t, res.Warnings, 1)
				assert.Equal(t, tc.warning, res.Warnings[0].Msg)
			}
		})
	}
}
