package main

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/compare"
)

// renderRows lays both texts out sentence by sentence: sentences that say
// the same thing share a row (their differing words marked), the others
// have a row of their own, marked as found on one side only. Rows are one
// grid, so the two columns scroll together; on a phone each row stacks
// its two sentences.
func (v *compareView) renderRows(c *compare.Comparison) app.UI {
	active := v.hover
	if !active.set {
		active = v.focus
	}
	partner := partnerOf(c, active)
	return app.Section().Class("alignment").Aria("labelledby", "alignment-h").Body(
		app.H2().ID("alignment-h").Text("Sentence by sentence"),
		app.Ul().Class("align-key").Body(
			app.Li().Body(app.Span().Class("key aligned"), app.Text("same row: both say it")),
			app.Li().Body(app.Span().Class("key m-diff").Text("word"), app.Text(" differs from its partner")),
			app.Li().Body(app.Span().Class("key only"), app.Text("only one side says it")),
			app.If(v.entity != "", func() app.UI {
				return app.Li().Body(app.Span().Class("key m-sel").Text("name"), app.Text(" the entity you chose"))
			}),
			app.Li().Body(app.Span().Class("key moved").Text("↕"), app.Text(" partner on another row")),
		),
		app.Div().Class("rows").Body(
			app.Range(c.Rows).Slice(func(i int) app.UI {
				r := c.Rows[i]
				return app.Div().Class("row "+r.Kind.String()).Body(
					v.renderCell(c, true, r.Left, r.Kind, active, partner),
					v.renderCell(c, false, r.Right, r.Kind, active, partner),
				)
			}),
		),
	)
}

// renderCell is one side of a row: a sentence, or an empty cell.
func (v *compareView) renderCell(c *compare.Comparison, left bool, i int, kind compare.RowKind, active, partner sentenceRef) app.UI {
	side, sideClass := c.Right, "right"
	if left {
		side, sideClass = c.Left, "left"
	}
	if i < 0 || i >= len(side.Sentences) {
		return app.Div().Class("cell empty " + sideClass)
	}
	s := side.Sentences[i]
	ref := sentenceRef{set: true, left: left, index: i}
	class := "sentence"
	switch {
	case ref == active:
		class += " active"
	case ref == partner:
		class += " partner"
	}
	if s.Start == 0 {
		class += " para-start"
	}
	var status string
	switch {
	case s.Partner < 0:
		status = "only " + sideClass
	case kind == compare.MovedLeft || kind == compare.MovedRight:
		status = "partner on another row"
	}
	para := side.Article.Paragraphs[s.Para]
	segs := c.Segments(left, i, v.entity)
	return app.Div().Class("cell "+sideClass).Body(
		app.P().ID(ref.String()).Class(class).TabIndex(0).
			OnFocus(v.onSentenceFocus).
			OnMouseEnter(v.onSentenceEnter).
			OnMouseLeave(v.onSentenceLeave).
			Body(
				app.If(status != "", func() app.UI { return app.Span().Class("visually-hidden").Text(status + ": ") }),
				app.Range(segs).Slice(func(k int) app.UI { return renderSegment(segs[k], para) }),
			),
		app.If(s.Partner >= 0 && (kind == compare.MovedLeft || kind == compare.MovedRight), func() app.UI {
			to := sentenceRef{set: true, left: !left, index: s.Partner}
			return app.A().Class("moved-link").Href(compareURL(v.Left.ID, v.Right.ID, v.entity, to)).
				Text("↕ its partner, " + sideName(!left) + " sentence " + strconv.Itoa(s.Partner+1))
		}),
	)
}

// renderSegment renders one run of a sentence: plain text, or a span whose
// classes say what the run is.
func renderSegment(s compare.Segment, para string) app.UI {
	text := s.Text(para)
	if s.Marks == 0 {
		return app.Text(text)
	}
	var cls []string
	if s.Marks&compare.Changed != 0 {
		cls = append(cls, "m-diff")
	}
	if s.Marks&compare.Mentioned != 0 {
		cls = append(cls, "m-ent")
	}
	if s.Marks&compare.Selected != 0 {
		cls = append(cls, "m-sel")
	}
	if s.Marks&compare.Quoted != 0 {
		cls = append(cls, "m-quote")
	}
	if s.Marks&compare.Figured != 0 {
		cls = append(cls, "m-fig")
	}
	if s.Marks&compare.Selected != 0 {
		return app.Mark().Class(strings.Join(cls, " ")).Text(text)
	}
	return app.Span().Class(strings.Join(cls, " ")).Text(text)
}

func sideName(left bool) string {
	if left {
		return "left"
	}
	return "right"
}

// The sentence handlers read which sentence they belong to from the
// element's id, never from a captured variable: go-app keeps an element's
// old handler when the new one comes from the same function literal (it
// compares code pointers), so a closure over ref would go on naming the
// sentence that sat on that row in a previous comparison.

// eventRef is the sentence whose element the event's handler is attached to.
func eventRef(ctx app.Context) sentenceRef {
	return parseSentenceRef(ctx.JSSrc().Get("id").String())
}

func (v *compareView) onSentenceFocus(ctx app.Context, e app.Event) {
	if r := eventRef(ctx); r.set {
		v.setFocus(ctx, r)
	}
}

func (v *compareView) onSentenceEnter(ctx app.Context, e app.Event) { v.hover = eventRef(ctx) }

func (v *compareView) onSentenceLeave(ctx app.Context, e app.Event) {
	if v.hover == eventRef(ctx) {
		v.hover = sentenceRef{}
	}
}
