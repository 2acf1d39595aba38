package main

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/compare"
)

// renderChips shows the entities both articles mention and those only one
// does, as chips; choosing one highlights it in both texts (and puts it in
// the URL), choosing it again clears it.
func (v *compareView) renderChips(c *compare.Comparison) app.UI {
	groups := []struct {
		class, title string
		refs         []compare.EntityRef
	}{
		{"shared", "In both", c.Entities.Shared},
		{"only-left", "Only left", c.Entities.OnlyLeft},
		{"only-right", "Only right", c.Entities.OnlyRight},
	}
	var selected string
	for _, g := range groups {
		for _, e := range g.refs {
			if e.ID == v.entity {
				selected = e.Name
			}
		}
	}
	return app.Section().Class("entities").Aria("labelledby", "entities-h").Body(
		app.H2().ID("entities-h").Text("Who and where"),
		app.Div().Class("chip-groups").Body(
			app.Range(groups).Slice(func(i int) app.UI {
				g := groups[i]
				return app.Div().Class("chip-group "+g.class).Body(
					app.H3().Text(g.title+" ("+strconv.Itoa(len(g.refs))+")"),
					app.If(len(g.refs) == 0, func() app.UI { return app.P().Class("none").Text("None") }).
						Else(func() app.UI {
							return app.Ul().Class("chips").Body(
								app.Range(g.refs).Slice(func(k int) app.UI { return v.renderChip(g.refs[k]) }),
							)
						}),
				)
			}),
		),
		app.If(selected != "", func() app.UI {
			return app.P().Class("selected-entity").Aria("live", "polite").Body(
				app.Text("Highlighting "),
				app.Strong().Text(selected),
				app.Text(" in both texts. "),
				app.A().Href(compareURL(v.Left.ID, v.Right.ID, "", v.focus)).Text("Clear"),
			)
		}),
	)
}

// renderChip is one entity chip: a link that selects (or clears) it.
func (v *compareView) renderChip(e compare.EntityRef) app.UI {
	on := e.ID == v.entity
	target := e.ID
	if on {
		target = ""
	}
	class := "chip type-" + strings.ToLower(e.Type.String())
	counts := strconv.Itoa(e.Left) + " · " + strconv.Itoa(e.Right)
	title := strings.ToLower(e.Type.String()) + ", mentioned " + plural(e.Left, "time", "times") + " on the left, " + plural(e.Right, "time", "times") + " on the right"
	a := app.A().Class(class).Href(compareURL(v.Left.ID, v.Right.ID, target, v.focus)).Title(attrText(title)).Body(
		app.Span().Class("name").Text(e.Name),
		app.Span().Class("counts").Aria("hidden", "true").Text(counts),
	)
	if on {
		a = a.Aria("current", "true")
	}
	return app.Li().Body(a)
}
