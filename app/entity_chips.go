package main

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/corpus"
)

// entityOf returns entity id as the index lists it, or as the statistics
// name an entity mentioned but not listed.
func (l *library) entityOf(id string) (*corpus.Entity, bool) {
	if e, ok := l.ix.Entity(id); ok {
		return e, true
	}
	if info, ok := l.stats().entity(id); ok {
		return info.Entity, true
	}
	return nil, false
}

// entityChips renders entities as small links to their pages, each
// styled by type (colour and border pattern) with its type written for
// screen readers. count adds the number after each name when set.
func entityChips(lib *library, list []entityCount, count bool) app.UI {
	if len(list) == 0 {
		return nil
	}
	return app.Ul().Class("entity-chips").Body(
		app.Range(list).Slice(func(i int) app.UI {
			c := list[i]
			ent, ok := lib.entityOf(c.ID)
			if !ok {
				return nil
			}
			t := typeOf(ent.Type)
			return app.Li().Body(
				app.A().Class("entity-chip t-"+t.Key).Href(entityPath(c.ID)).Body(
					app.Text(ent.Name),
					app.Span().Class("visually-hidden").Text(" ("+strings.ToLower(t.Label)+")"),
					app.If(count, func() app.UI {
						return app.Span().Class("count").Text(" " + strconv.Itoa(c.Count))
					}),
				),
			)
		}),
	)
}
