package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/search"
)

// facetGroup is one list of facet values to show.
type facetGroup struct {
	Kind   facet
	Title  string
	Values []search.FacetCount
}

// facetPanel renders the facets of a result: for people, organisations,
// places, sources and months, the values with how many matching articles
// have them. Each value is a link to the same search with that value added
// (or removed, when chosen), so every narrowed search is a URL.
//
// It is a component so that the search view can re-render without
// rebuilding it while the counts are unchanged: while the reader types,
// the counts follow the hits once the browser is idle (Busy says they are
// being brought up to date, and Q is the query they count).
type facetPanel struct {
	app.Compo

	Lib    *library
	Q      string        // the query the counts are for
	Chosen facets        // the facets of the search
	Counts search.Facets // the counts
	Busy   bool          // newer counts are on their way
}

func (p *facetPanel) Render() app.UI {
	lib, q, chosen, f := p.Lib, p.Q, p.Chosen, p.Counts
	groups := []facetGroup{
		{facetPerson, "People", f.Persons},
		{facetOrg, "Organisations", f.Orgs},
		{facetPlace, "Places", f.Places},
		{facetSource, "Sources", f.Sources},
		{facetMonth, "Months", f.Months},
	}
	return app.Aside().ID("facets").Class("facets").Aria("label", "Narrow the results").Aria("busy", p.Busy).Body(
		app.H2().Class("facets-title").Text("Narrow the results"),
		app.If(!chosen.empty(), func() app.UI { return chosenFacets(lib, q, chosen) }),
		app.Range(groups).Slice(func(i int) app.UI {
			g := groups[i]
			if len(g.Values) == 0 {
				return nil
			}
			return app.Div().Class("facet-group facet-"+string(g.Kind)).Body(
				app.H3().Text(g.Title),
				app.Ul().Body(
					app.Range(g.Values).Slice(func(j int) app.UI {
						val := g.Values[j]
						on := chosen.has(g.Kind, val.Value)
						label := val.Label
						if g.Kind == facetMonth {
							label = monthLabel(val.Value)
						}
						cls := "facet"
						if on {
							cls = "facet on"
						}
						a := app.A().Class(cls).Href(searchURL(q, chosen.toggle(g.Kind, val.Value))).
							DataSet("facet", string(g.Kind)).DataSet("value", attrText(val.Value))
						if on {
							a = a.Aria("current", "true")
						}
						return app.Li().Body(a.Body(
							app.Span().Class("facet-label").Text(label),
							app.Span().Class("count").Text(strconv.Itoa(val.Count)),
						))
					}),
				),
			)
		}),
	)
}

// chosenFacets lists the chosen values, each with a link that removes it,
// and a link that removes them all.
func chosenFacets(lib *library, q string, chosen facets) app.UI {
	var items []app.UI
	for _, k := range facetKinds {
		for _, v := range *chosen.list(k) {
			label := v
			switch k {
			case facetPerson, facetOrg, facetPlace:
				label = lib.stats().name(v)
			case facetMonth:
				label = monthLabel(v)
			}
			items = append(items, app.Li().Body(
				app.A().Class("chosen").Href(searchURL(q, chosen.toggle(k, v))).
					Aria("label", "Remove "+attrText(label)).
					Body(app.Span().Text(label), app.Span().Aria("hidden", "true").Text(" ×")),
			))
		}
	}
	return app.Div().Class("chosen-facets").Body(
		app.Ul().Body(items...),
		app.A().ID("clear-facets").Href(searchURL(q, facets{})).Text("Clear filters"),
	)
}
