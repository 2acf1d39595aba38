package main

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseRoute(t *testing.T) {
	tests := []struct {
		name  string
		url   string
		view  view
		ids   []string
		query string
	}{
		{"home", "/", viewHome, nil, ""},
		{"empty path", "", viewHome, nil, ""},
		{"search", "/search?q=Rafah", viewHome, nil, "Rafah"},
		{"search with html", "/search?q=%3Cscript%3E", viewHome, nil, "<script>"},
		{"article", "/article/blinken-visit", viewArticle, []string{"blinken-visit"}, ""},
		{"article trailing slash", "/article/blinken-visit/", viewArticle, []string{"blinken-visit"}, ""},
		{"article escaped", "/article/a%20b", viewArticle, []string{"a b"}, ""},
		{"article with query", "/article/x?q=rafah", viewArticle, []string{"x"}, "rafah"},
		{"compare", "/compare/a/b", viewCompare, []string{"a", "b"}, ""},
		{"compare same", "/compare/a/a", viewCompare, []string{"a", "a"}, ""},
		{"compare one side", "/compare/a", viewNotFound, nil, ""},
		{"story", "/story", viewStory, nil, ""},
		{"compare no ids", "/compare", viewStory, nil, ""},
		{"entity", "/entity/antony-blinken", viewEntity, []string{"antony-blinken"}, ""},
		{"dot dot", "/article/../../x", viewNotFound, nil, ""},
		{"escaped dot dot", "/article/%2e%2e", viewNotFound, nil, ""},
		{"escaped slash", "/article/a%2Fb", viewNotFound, nil, ""},
		// A malformed escape stays literal: the id "%zz" names no article,
		// so the shell shows the not-found view for it.
		{"bad escape", "/article/%zz", viewArticle, []string{"%zz"}, ""},
		{"unknown", "/nope", viewNotFound, nil, ""},
		{"too deep", "/article/a/b", viewNotFound, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			u := &url.URL{}
			if tc.url != "" {
				var err error
				u, err = url.ParseRequestURI(tc.url)
				if err != nil {
					// Malformed escapes: build the URL the way a browser would send it.
					u = &url.URL{RawPath: tc.url, Path: tc.url}
				}
			}
			r := parseRoute(u)
			assert.Equal(t, tc.view, r.view)
			if tc.ids != nil {
				assert.Equal(t, tc.ids, r.ids)
			}
			assert.Equal(t, tc.query, r.query)
		})
	}
}

func TestPathsRoundTrip(t *testing.T) {
	for _, id := range []string{"plain-id", "with space", "ünïcode", "a?b#c"} {
		u, err := url.Parse(articlePath(id))
		require.NoError(t, err)
		r := parseRoute(u)
		assert.Equal(t, viewArticle, r.view, id)
		assert.Equal(t, []string{id}, r.ids, id)

		u, err = url.Parse(comparePath(id, "other"))
		require.NoError(t, err)
		assert.Equal(t, []string{id, "other"}, parseRoute(u).ids, id)
	}
	u, err := url.Parse(searchPath("a & b"))
	require.NoError(t, err)
	assert.Equal(t, "a & b", parseRoute(u).query)
}
