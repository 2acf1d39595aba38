package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/search"
)

// resultItem is one entry of the search view's list: an article's title
// (a link, carrying the query so the article highlights its matches), its
// source and date, the matching passage when there is a query, and its main
// entities.
//
// It is a component so that a re-render of the search view costs nothing
// for the entries whose props did not change (go-app compares them):
// typing one more letter of a word often keeps the same hits.
type resultItem struct {
	app.Compo

	Lib     *library
	Index   int    // the position in the list, for the arrow keys
	ID      string // the article
	Link    string // "?q=..." to add to the article's path, or ""
	Snippet search.Snippet
}

func (r *resultItem) Render() app.UI {
	a, ok := r.Lib.article(r.ID)
	if !ok {
		return app.Li().Class("result")
	}
	return app.Li().Class("result").Body(
		app.A().Href(articlePath(r.ID)+r.Link).Class("result-title").DataSet("index", r.Index).Text(a.Title),
		articleMeta(a),
		snippet(r.Snippet),
		entityChips(r.Lib, r.Lib.keyEntities(a, 4), false),
	)
}

// articleList is the list of articles the search view shows with no query
// or facet. It is a component of its own, not the list of hits updated in
// place, so that the first key typed replaces it whole (one DOM removal)
// rather than rewriting a hundred entries into twenty hits.
type articleList struct {
	app.Compo

	Lib *library
	IDs []string
}

func (l *articleList) Render() app.UI {
	return app.Ol().ID("results").Class("results").Body(
		app.Range(l.IDs).Slice(func(i int) app.UI {
			return &resultItem{Lib: l.Lib, Index: i, ID: l.IDs[i]}
		}),
	)
}
