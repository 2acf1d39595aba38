//go:build !wasm

package main

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

// prerender returns the server's pre-rendered page for path.
func prerender(t *testing.T, path string) string {
	t.Helper()
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	useLibrary(lib, nil)
	h, err := newHandler(fakeWeb(t))
	require.NoError(t, err)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	require.Equal(t, http.StatusOK, rec.Code, path)
	return rec.Body.String()
}

// TestViewsPrerender checks each view renders its parts on the server, on
// the embedded corpus (whatever it is): the same components run in the
// browser, where the e2e tests drive them.
func TestViewsPrerender(t *testing.T) {
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	require.NotEmpty(t, lib.ix.Articles)
	top := lib.stats().top[corpus.Person]
	require.NotEmpty(t, top, "the corpus must mention a person")
	person := lib.stats().byEntity[top[0].ID].Entity
	var withMentions *corpus.Article
	for i := range lib.ix.Articles {
		if len(lib.ix.Articles[i].Mentions) > 0 {
			withMentions = &lib.ix.Articles[i]
			break
		}
	}
	require.NotNil(t, withMentions)

	tests := []struct {
		name, path string
		want       []string
	}{
		{"home lists and summarises", "/", []string{`id="overview"`, `class="entity-chip t-`, `id="facets"`, "The collection"}},
		{"search by facet", "/search?person=" + url.QueryEscape(person.ID), []string{`class="facet on"`, `id="clear-facets"`, `class="result-title"`}},
		{"article highlights", articlePath(withMentions.ID), []string{`class="hl-legend"`, `class="ent t-`, `role="button"`, `class="compare-with"`}},
		{"article from a search", articlePath(withMentions.ID) + "?q=" + url.QueryEscape(person.Name), []string{`class="match-bar"`, `id="m-0"`}},
		{"entity page", entityPath(person.ID), []string{"<h1>" + person.Name + "</h1>", `class="entity-timeline"`, `class="mentions"`, `class="context"`}},
		{"unknown entity", "/entity/no-such-entity", []string{"Not found", "no such entity"}},
		{"unknown route", "/no/such/page", []string{"Not found", `role="search"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := prerender(t, tc.path)
			for _, w := range tc.want {
				assert.True(t, strings.Contains(body, w), "%s: the page lacks %s", tc.path, w)
			}
		})
	}
}

func TestPrerenderedFacetCannotBreakOutOfAttributes(t *testing.T) {
	body := prerender(t, `/search?source=%22+onfocus%3Dalert(1)+x%3D%22&person=%22%3E%3Cscript%3E`)
	assert.NotContains(t, body, `\"`, "no Go-quoted double quote may reach an attribute")
	assert.NotContains(t, body, "<script>alert")
	assert.False(t, strings.Contains(body, `"><script>`), "a facet value must not open an element")
}

func TestGuessQuery(t *testing.T) {
	assert.Equal(t, "blinken visit cairo", guessQuery("blinken-visit-cairo"))
	assert.Equal(t, "page", guessQuery("/no/such/page"))
	assert.Equal(t, "a b", guessQuery("a%20b"))
}
