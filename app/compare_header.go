package main

import (
	"fmt"
	"math"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/compare"
	"diptych/corpus"
)

// renderHeader shows both articles (title, source, date, length, a link to
// open it and a list to change it), and between them the overall
// similarity, the time between them and the swap link.
func (v *compareView) renderHeader(c *compare.Comparison) app.UI {
	paired := 0
	for _, s := range c.Left.Sentences {
		if s.Partner >= 0 {
			paired++
		}
	}
	return app.Header().Class("compare-head").Body(
		v.renderSide(true, c.Left),
		app.Div().Class("between").Body(
			app.P().Class("similarity").Body(
				app.Span().Class("label").Text("Similarity"),
				app.Strong().Text(percent(c.Similarity)),
				app.Meter().Min(0).Max(100).Value(math.Round(c.Similarity*100)).Aria("label", "Similarity "+percent(c.Similarity)),
			),
			app.P().Class("gap").Text(dayGap(c)),
			app.P().Class("coverage").Text(fmt.Sprintf("%d of %d left sentences have a partner", paired, len(c.Left.Sentences))),
			app.A().Class("swap").Href(compareURL(v.Right.ID, v.Left.ID, v.entity, swapRef(v.focus))).Text("⇄ Swap sides"),
		),
		v.renderSide(false, c.Right),
	)
}

// renderSide is one article's column head. The column and its h2 title
// are what the browser tests find the two sides by.
func (v *compareView) renderSide(left bool, s compare.Side) app.UI {
	a, other, side, label := v.Right, v.Left, "right", "Right"
	if left {
		a, other, side, label = v.Left, v.Right, "left", "Left"
	}
	return app.Article().Class("column "+side).Aria("label", label+": "+attrText(a.Title)).Body(
		app.P().Class("side-label").Text(label),
		app.H2().Body(app.A().Href(articlePath(a.ID)).Text(a.Title)),
		articleMeta(a),
		app.P().Class("stats").Text(plural(s.Words, "word", "words")+" · "+plural(len(s.Sentences), "sentence", "sentences")),
		v.renderPicker(left, a, other),
	)
}

// renderPicker lists the articles to put on this side instead, most
// similar to the other side's article first.
func (v *compareView) renderPicker(left bool, current, other *corpus.Article) app.UI {
	ranked := v.Lib.related(other.ID)
	what := "right"
	if left {
		what = "left"
	}
	return app.Details().Class("picker").Body(
		app.Summary().Text("Change the "+what+" article"),
		app.P().Class("hint").Text("Most similar to “"+clip(other.Title, 60)+"” first"),
		app.Ol().Body(
			app.Range(ranked).Slice(func(i int) app.UI {
				n := ranked[i]
				a, ok := v.Lib.article(n.ID)
				if !ok {
					return nil
				}
				href := compareURL(n.ID, other.ID, "", sentenceRef{})
				if !left {
					href = compareURL(other.ID, n.ID, "", sentenceRef{})
				}
				link := app.A().Href(href).Body(
					app.Span().Class("title").Text(a.Title),
					app.Span().Class("score").Text(percent(n.Score)),
				)
				if n.ID == current.ID {
					link = link.Aria("current", "page")
				}
				return app.Li().Body(link)
			}),
		),
		app.P().Body(app.A().Href("/story").Text("All articles on a time line")),
	)
}

// swapRef is r seen from the other side, for the swap link.
func swapRef(r sentenceRef) sentenceRef {
	if r.set {
		r.left = !r.left
	}
	return r
}

// percent formats a score in [0, 1] as a whole percentage.
func percent(x float64) string {
	return strconv.Itoa(int(math.Round(x*100))) + "%"
}

// dayGap says how far apart the two articles were published.
func dayGap(c *compare.Comparison) string {
	if !c.DatesKnown {
		return "Publication dates unknown"
	}
	d := c.DaysApart
	switch {
	case d == 0:
		return "Published the same day"
	case d > 0:
		return "Right published " + plural(d, "day", "days") + " later"
	default:
		return "Right published " + plural(-d, "day", "days") + " earlier"
	}
}
