//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"diptych/build/pipeline"
)

// TestHostilePrerender serves every view of the committed hostile corpus
// (testdata/hostile) from the server's pre-render and checks that corpus
// text never becomes markup: no event handler or injected attribute, no
// script or other active element, no link but http(s) and this origin's
// paths. go-app writes pre-rendered attribute values with Go quoting, so
// any corpus text written to an attribute without attrText fails here.
// app/e2e/hostile_test.go checks the same in a browser, at full size.
func TestHostilePrerender(t *testing.T) {
	data, _, err := pipeline.Build("../testdata/hostile", pipeline.Options{})
	require.NoError(t, err)
	lib, err := newLibrary(string(data))
	require.NoError(t, err)
	registerRoutes(lib, nil)
	t.Cleanup(func() {
		seeds, err := newLibrary(indexData)
		require.NoError(t, err)
		registerRoutes(seeds, nil)
	})
	h, err := newHandler(fakeWeb(t))
	require.NoError(t, err)

	paths := []string{"/", "/story", "/compare", "/entity/x", "/nope",
		"/search?q=" + url.QueryEscape(`" autofocus onfocus=alert(1) x="`),
		"/search?q=" + url.QueryEscape(`<script>alert(1)</script>`)}
	ids := lib.ix.Articles
	for i, a := range ids {
		paths = append(paths, articlePath(a.ID), comparePath(a.ID, ids[(i+1)%len(ids)].ID))
	}
	for _, p := range paths {
		t.Run(p, func(t *testing.T) {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, p, nil))
			require.Equal(t, http.StatusOK, rec.Code)
			doc, err := html.Parse(strings.NewReader(rec.Body.String()))
			require.NoError(t, err)
			assert.Empty(t, markupProblems(doc))
		})
	}
}

var safeHref = regexp.MustCompile(`^(?i:https?://[^\s/]|/[^/\\]|/$|#|\?)`)

// markupProblems lists elements and attributes of doc that the app never
// writes itself.
func markupProblems(doc *html.Node) []string {
	var out []string
	var walk func(n *html.Node, inHead bool)
	walk = func(n *html.Node, inHead bool) {
		if n.Type == html.ElementNode {
			inHead = inHead || n.Data == "head"
			switch n.Data {
			case "iframe", "object", "embed", "style", "base", "template", "frame", "math", "foreignObject":
				out = append(out, "<"+n.Data+">")
			case "script":
				if !inHead {
					out = append(out, "<script> in the body")
				}
			}
			for _, a := range n.Attr {
				k := strings.ToLower(a.Key)
				if strings.HasPrefix(k, "on") || k == "autofocus" || k == "pwned-attr" || k == "style" || k == "srcdoc" || k == "x" {
					out = append(out, "<"+n.Data+" "+k+"="+a.Val+">")
				}
				if (k == "href" || k == "src" || k == "action") && !safeHref.MatchString(a.Val) {
					out = append(out, "<"+n.Data+" "+k+"="+a.Val+">: not http(s) or this origin")
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHead)
		}
	}
	walk(doc, false)
	return out
}
