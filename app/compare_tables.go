package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/compare"
)

// renderFigures sets figures that measure the same thing side by side
// with their dates and attribution. Differing values reported at
// different dates read as a progression, earlier first, not as an error.
func (v *compareView) renderFigures(c *compare.Comparison) app.UI {
	f := c.Figures
	if len(f.Pairs)+len(f.OnlyLeft)+len(f.OnlyRight) == 0 {
		return app.Section().Class("figures").Aria("labelledby", "figures-h").Body(
			app.H2().ID("figures-h").Text("Figures"),
			app.P().Class("none").Text("Neither article reports a figure."),
		)
	}
	return app.Section().Class("figures").Aria("labelledby", "figures-h").Body(
		app.H2().ID("figures-h").Text("Figures"),
		app.Div().Class("table-wrap").Body(
			app.Table().Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("Measures"),
					app.Th().Scope("col").Text("Left"),
					app.Th().Scope("col").Text("Right"),
					app.Th().Scope("col").Text("Reading"),
				)),
				app.TBody().Body(
					app.Range(f.Pairs).Slice(func(i int) app.UI {
						p := f.Pairs[i]
						cls := "same"
						if p.Differs {
							cls = "differs"
						}
						return app.Tr().Class(cls).Body(
							app.Th().Scope("row").Text(p.Measure),
							app.Td().Body(v.renderFigure(true, p.Left)),
							app.Td().Body(v.renderFigure(false, p.Right)),
							app.Td().Class("reading").Text(figureReading(p)),
						)
					}),
					app.Range(f.OnlyLeft).Slice(func(i int) app.UI {
						return app.Tr().Class("only").Body(
							app.Th().Scope("row").Text(f.OnlyLeft[i].Unit),
							app.Td().Body(v.renderFigure(true, f.OnlyLeft[i])),
							app.Td().Class("empty").Text("—"),
							app.Td().Class("reading").Text("Only the left reports it"),
						)
					}),
					app.Range(f.OnlyRight).Slice(func(i int) app.UI {
						return app.Tr().Class("only").Body(
							app.Th().Scope("row").Text(f.OnlyRight[i].Unit),
							app.Td().Class("empty").Text("—"),
							app.Td().Body(v.renderFigure(false, f.OnlyRight[i])),
							app.Td().Class("reading").Text("Only the right reports it"),
						)
					}),
				),
			),
		),
	)
}

// renderFigure is one reported figure: its text (a link to its
// sentence), the article's date and who the figure is credited to.
func (v *compareView) renderFigure(left bool, f compare.FigureRef) app.UI {
	var text app.UI = app.Span().Class("figure").Text(f.Text)
	if f.Sentence >= 0 {
		text = app.A().Class("figure").Href(compareURL(v.Left.ID, v.Right.ID, v.entity, sentenceRef{set: true, left: left, index: f.Sentence})).Text(f.Text)
	}
	return app.Div().Body(
		text,
		app.If(f.Date != "", func() app.UI { return app.Span().Class("date").Text(shortDate(f.Date)) }),
		app.If(f.Attribution != "", func() app.UI { return app.Span().Class("attribution").Text("per " + f.Attribution) }),
	)
}

// figureReading says how two paired figures relate.
func figureReading(p compare.FigurePair) string {
	switch {
	case !p.Differs:
		return "Same figure"
	case p.Earlier == "left":
		return "Progression: left (earlier) " + p.Left.Text + " → right (later) " + p.Right.Text
	case p.Earlier == "right":
		return "Progression: right (earlier) " + p.Right.Text + " → left (later) " + p.Left.Text
	}
	if p.Left.Date == "" || p.Right.Date == "" {
		return "The two differ; with a date unknown, which came first cannot be told"
	}
	return "The two differ on the same day"
}

// shortDate is the calendar day of an ISO 8601 date.
func shortDate(d string) string {
	if len(d) > 10 {
		return d[:10]
	}
	return d
}

// renderQuotes sets side by side who each article quotes, by speaker.
func (v *compareView) renderQuotes(c *compare.Comparison) app.UI {
	if len(c.Quotes) == 0 {
		return app.Section().Class("quotes").Aria("labelledby", "quotes-h").Body(
			app.H2().ID("quotes-h").Text("Quotes"),
			app.P().Class("none").Text("Neither article quotes anyone directly."),
		)
	}
	return app.Section().Class("quotes").Aria("labelledby", "quotes-h").Body(
		app.H2().ID("quotes-h").Text("Quotes"),
		app.Div().Class("table-wrap").Body(
			app.Table().Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text("Speaker"),
					app.Th().Scope("col").Text("Left"),
					app.Th().Scope("col").Text("Right"),
				)),
				app.TBody().Body(
					app.Range(c.Quotes).Slice(func(i int) app.UI {
						g := c.Quotes[i]
						name := g.Name
						if name == "" {
							name = "Unattributed"
						}
						return app.Tr().Body(
							app.Th().Scope("row").Text(name),
							app.Td().Body(v.renderQuoteList(true, g.Left)),
							app.Td().Body(v.renderQuoteList(false, g.Right)),
						)
					}),
				),
			),
		),
	)
}

func (v *compareView) renderQuoteList(left bool, qs []compare.QuoteRef) app.UI {
	if len(qs) == 0 {
		return app.Span().Class("empty").Text("—")
	}
	return app.Ul().Class("quote-list").Body(
		app.Range(qs).Slice(func(i int) app.UI {
			q := qs[i]
			text := quoted(q.Text)
			var body app.UI = app.Span().Class("q").Text(text)
			if q.Sentence >= 0 {
				body = app.A().Class("q").Href(compareURL(v.Left.ID, v.Right.ID, v.entity, sentenceRef{set: true, left: left, index: q.Sentence})).Text(text)
			}
			return app.Li().Body(body)
		}),
	)
}

// quoted puts quotation marks around a quotation that has none of its own
// (the index keeps whatever the article's text had).
func quoted(s string) string {
	for _, open := range []string{"\"", "'", "“", "‘", "«", "„"} {
		if strings.HasPrefix(s, open) {
			return s
		}
	}
	if s == "" {
		return s
	}
	return "“" + s + "”"
}
