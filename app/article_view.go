package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/corpus"
)

// articleView is "/article/{id}": the cleaned article in a readable column,
// with links to compare it with every other article.
type articleView struct {
	app.Compo

	Lib     *library
	Article *corpus.Article
}

func (v *articleView) Render() app.UI {
	a := v.Article
	others := v.Lib.all()
	return app.Article().Class("article").Body(
		app.H1().Text(a.Title),
		articleMeta(a),
		app.Div().Class("body").Body(
			app.Range(a.Paragraphs).Slice(func(i int) app.UI {
				return app.P().Text(a.Paragraphs[i])
			}),
		),
		app.Aside().Class("compare-with").Aria("label", "Compare with").Body(
			app.H2().Text("Compare with"),
			app.Ul().Body(
				app.Range(others).Slice(func(i int) app.UI {
					o := others[i]
					if o.ID == a.ID {
						return nil
					}
					return app.Li().Body(app.A().Href(comparePath(a.ID, o.ID)).Text(o.Title))
				}),
			),
		),
	)
}
