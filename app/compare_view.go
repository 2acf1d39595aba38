package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/corpus"
)

// compareView is "/compare/{left}/{right}": two articles in two columns.
type compareView struct {
	app.Compo

	Lib         *library
	Left, Right *corpus.Article
}

func (v *compareView) Render() app.UI {
	return app.Section().Class("compare").Body(
		app.H1().Class("visually-hidden").Text("Compare two articles"),
		app.Div().Class("columns").Body(
			compareColumn("left", v.Left),
			compareColumn("right", v.Right),
		),
		app.P().Class("swap").Body(
			app.A().Href(comparePath(v.Right.ID, v.Left.ID)).Text("Swap sides"),
		),
	)
}

func compareColumn(side string, a *corpus.Article) app.UI {
	return app.Article().Class("column "+side).Aria("label", side+": "+a.Title).Body(
		app.H2().Body(app.A().Href(articlePath(a.ID)).Text(a.Title)),
		articleMeta(a),
		app.Range(a.Paragraphs).Slice(func(i int) app.UI {
			return app.P().Text(a.Paragraphs[i])
		}),
	)
}
