package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

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
