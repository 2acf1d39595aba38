package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/corpus"
)

// overviewTop is how many people, organisations and places the overview
// names.
const overviewTop = 6

// overview renders a short account of the collection for the search view
// with no query: how many articles and sources, the dates they span, and
// the most mentioned people, organisations and places.
func overview(lib *library) app.UI {
	s := lib.stats()
	n := len(lib.ix.Articles)
	sources := plural(s.sources, "source", "sources")
	if s.unsourced > 0 {
		sources += " (" + strconv.Itoa(s.unsourced) + " without one)"
	}
	span := "no dates given"
	switch {
	case s.dated == 0:
	case s.first == s.last:
		span = dayLabel(s.first)
	default:
		span = dayLabel(s.first) + " to " + dayLabel(s.last)
	}
	if s.dated > 0 && s.dated < n {
		span += " (" + strconv.Itoa(s.dated) + " of " + strconv.Itoa(n) + " dated)"
	}
	groups := []struct {
		title string
		t     corpus.EntityType
	}{{"Most mentioned people", corpus.Person}, {"Organisations", corpus.Org}, {"Places", corpus.Place}}
	return app.Section().ID("overview").Class("overview").Aria("labelledby", "overview-title").Body(
		app.H2().ID("overview-title").Text("The collection"),
		app.Dl().Class("facts").Body(
			app.Div().Body(app.Dt().Text("Articles"), app.Dd().Text(strconv.Itoa(n))),
			app.Div().Body(app.Dt().Text("Sources"), app.Dd().Text(sources)),
			app.Div().Body(app.Dt().Text("Dates"), app.Dd().Text(span)),
		),
		app.Range(groups).Slice(func(i int) app.UI {
			top := s.top[groups[i].t]
			if len(top) == 0 {
				return nil
			}
			return app.Div().Class("top-entities").Body(
				app.H3().Text(groups[i].title),
				entityChips(lib, top[:min(len(top), overviewTop)], true),
			)
		}),
	)
}

// dayLabel is "10 June 2024" for "2024-06-10" (or a shorter prefix), or s
// itself when it is no date.
func dayLabel(s string) string {
	if len(s) >= 10 {
		if m := monthLabel(s[:7]); m != s[:7] {
			d, err := strconv.Atoi(s[8:10])
			if err == nil {
				return strconv.Itoa(d) + " " + m
			}
		}
	}
	if len(s) >= 7 {
		return monthLabel(s[:7])
	}
	return s
}
