package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/corpus"
)

// markType describes one kind of highlight in an article: its CSS key
// (class "t-"+Key), its name and what its toggle shows.
type markType struct {
	Key    string
	Label  string
	Plural string
	Type   corpus.EntityType
}

// markTypes are the highlight kinds in legend order.
var markTypes = [...]markType{
	{"person", "Person", "People", corpus.Person},
	{"org", "Organisation", "Organisations", corpus.Org},
	{"place", "Place", "Places", corpus.Place},
	{"date", "Date", "Dates", corpus.Date},
	{"figure", "Figure", "Figures", corpus.FigureType},
	{"quote", "Quote", "Quotes", corpus.QuoteType},
}

// typeOf returns the markType of t (Person when t is unknown).
func typeOf(t corpus.EntityType) markType {
	for _, m := range markTypes {
		if m.Type == t {
			return m
		}
	}
	return markTypes[0]
}

// entityLegend renders the legend of an article's highlights: one switch
// per type, with the swatch the text uses (colour and underline pattern),
// how many there are, and a switch for the written type labels. hidden
// holds the keys switched off; onToggle reads the key from the input's
// data-key.
func entityLegend(counts map[string]int, hidden map[string]bool, labels bool, onToggle, onLabels app.EventHandler) app.UI {
	return app.Div().Class("legend").Role("group").Aria("labelledby", "legend-title").Body(
		app.Span().ID("legend-title").Class("legend-title").Text("Highlight"),
		app.Range(markTypes[:]).Slice(func(i int) app.UI {
			m := markTypes[i]
			id := "show-" + m.Key
			return app.Label().Class("toggle").For(id).Body(
				app.Input().Type("checkbox").ID(id).DataSet("key", m.Key).Checked(!hidden[m.Key]).OnChange(onToggle),
				app.Span().Class("swatch t-"+m.Key).Text(m.Plural),
				app.Span().Class("count").Text(strconv.Itoa(counts[m.Key])),
			)
		}),
		app.Label().Class("toggle labels-toggle").For("show-labels").Body(
			app.Input().Type("checkbox").ID("show-labels").Checked(labels).OnChange(onLabels),
			app.Span().Text("Type labels"),
		),
	)
}
