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
	return app.Article().Class("column " + side).Aria("label", side+": "+a.Title).Body(
		app.H2().Body(app.A().Href(articlePath(a.ID)).Text(a.Title)),
		articleMeta(a),
		app.Range(a.Paragraphs).Slice(func(i int) app.UI {
			return app.P().Text(a.Paragraphs[i])
		}),
	)
}

// storyView is "/story" (and "/compare" with no ids): every article on a
// time line, each pair a link to its comparison.
type storyView struct {
	app.Compo

	Lib *library
}

func (v *storyView) Render() app.UI {
	all := v.Lib.all()
	return app.Section().Class("story").Body(
		app.H1().Text("The story so far"),
		app.Ol().Class("timeline").Body(
			app.Range(all).Slice(func(i int) app.UI {
				a := all[i]
				return app.Li().Body(
					app.A().Href(articlePath(a.ID)).Text(a.Title),
					articleMeta(a),
					app.If(i+1 < len(all), func() app.UI {
						return app.A().Class("pair").Href(comparePath(a.ID, all[i+1].ID)).Text("Compare with the next article")
					}),
				)
			}),
		),
	)
}
