package main

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// entityChips renders entities as small links to their pages, each
// styled by type (colour and border pattern) with its type written for
// screen readers. count adds the number after each name when set.
func entityChips(lib *library, list []entityCount, count bool) app.UI {
	if len(list) == 0 {
		return nil
	}
	return app.Ul().Class("chips").Body(
		app.Range(list).Slice(func(i int) app.UI {
			c := list[i]
			info, ok := lib.stats.entity(c.ID)
			if !ok {
				return nil
			}
			t := typeOf(info.Entity.Type)
			return app.Li().Body(
				app.A().Class("chip t-"+t.Key).Href(entityPath(c.ID)).Body(
					app.Text(info.Entity.Name),
					app.Span().Class("visually-hidden").Text(" ("+strings.ToLower(t.Label)+")"),
					app.If(count, func() app.UI {
						return app.Span().Class("count").Text(" " + strconv.Itoa(c.Count))
					}),
				),
			)
		}),
	)
}
