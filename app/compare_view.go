package main

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/compare"
	"diptych/corpus"
)

// compareView is "/compare/{left}/{right}": what two articles share, what
// each adds and where they disagree. Its state lives in the URL so a
// shared link reproduces the view: the sides in the path, the selected
// entity in "entity" and the focused sentence in "s" ("L3" is the left
// article's sentence 3, "R0" the right one's first).
type compareView struct {
	app.Compo

	Lib         *library
	Left, Right *corpus.Article

	// key names the pair cmp was computed for.
	key string
	cmp *compare.Comparison
	// entity is the selected entity id, from the URL.
	entity string
	// focus is the focused sentence ("L3"), from the URL; hover the one
	// under the pointer, which does not touch the URL.
	focus, hover sentenceRef
	// scrolled is the focus last scrolled into view.
	scrolled sentenceRef
}

// sentenceRef names a sentence of one side; the zero value names none.
type sentenceRef struct {
	set   bool
	left  bool
	index int
}

// parseSentenceRef reads "L3" or "R12"; anything else names none.
func parseSentenceRef(s string) sentenceRef {
	if len(s) < 2 || len(s) > 7 || (s[0] != 'L' && s[0] != 'R') {
		return sentenceRef{}
	}
	n, err := strconv.Atoi(s[1:])
	if err != nil || n < 0 || strconv.Itoa(n) != s[1:] {
		return sentenceRef{}
	}
	return sentenceRef{set: true, left: s[0] == 'L', index: n}
}

// String is the ref as it appears in the URL and in element ids.
func (r sentenceRef) String() string {
	if !r.set {
		return ""
	}
	side := "R"
	if r.left {
		side = "L"
	}
	return side + strconv.Itoa(r.index)
}

// compareURL is the link to a comparison with its view state.
func compareURL(left, right, entity string, focus sentenceRef) string {
	q := url.Values{}
	if entity != "" {
		q.Set("entity", entity)
	}
	if focus.set {
		q.Set("s", focus.String())
	}
	p := comparePath(left, right)
	if len(q) > 0 {
		p += "?" + q.Encode()
	}
	return p
}

// OnInit reads the view state before the first render in the browser, so
// a deep link never shows a frame without it.
func (v *compareView) OnInit() {
	if app.IsClient {
		v.readQuery(app.Window().URL().Query())
	}
}

// OnPreRender reads the view state for the server's pre-render.
func (v *compareView) OnPreRender(ctx app.Context) { v.readQuery(ctx.Page().URL().Query()) }

// OnMount reads the view state of a comparison opened directly and
// scrolls to the focused sentence.
func (v *compareView) OnMount(ctx app.Context) { v.readURL(ctx) }

// OnNav reads the view state after a navigation (an entity chosen, a
// sentence linked, sides changed).
func (v *compareView) OnNav(ctx app.Context) { v.readURL(ctx) }

func (v *compareView) readURL(ctx app.Context) {
	v.readQuery(ctx.Page().URL().Query())
	if v.focus.set && v.focus != v.scrolled {
		v.scrolled = v.focus
		id := v.focus.String()
		ctx.Defer(func(ctx app.Context) { scrollToSentence(id) })
	}
}

// readQuery sets the selected entity and the focused sentence from a URL
// query; a sentence the comparison does not have is ignored.
func (v *compareView) readQuery(q url.Values) {
	v.entity = q.Get("entity")
	v.focus = parseSentenceRef(q.Get("s"))
	v.hover = sentenceRef{}
	if v.focus.set && !v.exists(v.comparison(), v.focus) {
		v.focus = sentenceRef{}
	}
}

// exists reports whether r names a sentence of c.
func (v *compareView) exists(c *compare.Comparison, r sentenceRef) bool {
	side := c.Right
	if r.left {
		side = c.Left
	}
	return r.set && r.index < len(side.Sentences)
}

// scrollToSentence brings the sentence element with the given id into
// view.
func scrollToSentence(id string) {
	if !app.IsClient {
		return
	}
	el := app.Window().GetElementByID(id)
	if el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "center"})
	}
}

// comparison returns the comparison of the two sides, computing it once
// per pair. In the browser each computation is recorded as a performance
// measure "diptych:compare", each of its stages as
// "diptych:compare:STAGE" (see compare.Options.Phase and the bench), and
// the time until the next frame, the view rendered, as
// "diptych:compare-shown".
func (v *compareView) comparison() *compare.Comparison {
	key := v.Left.ID + "\x00" + v.Right.ID
	if v.cmp != nil && v.key == key {
		return v.cmp
	}
	start := perfNow()
	var phase func(string)
	if app.IsClient {
		last := start
		phase = func(name string) { last = perfMeasure("diptych:compare:"+name, last) }
	}
	v.cmp, v.key = v.Lib.compareTraced(v.Left, v.Right, phase), key
	perfMeasure("diptych:compare", start)
	// The time until the next frame: computing the comparison, rendering
	// the view and updating the page, what a reader waits for.
	afterPaint(func() { perfMeasure("diptych:compare-shown", start) })
	return v.cmp
}

// partnerOf returns the sentence on the other side that r's says the same
// as, if any.
func partnerOf(c *compare.Comparison, r sentenceRef) sentenceRef {
	if !r.set {
		return r
	}
	side := c.Right
	if r.left {
		side = c.Left
	}
	if r.index >= len(side.Sentences) || side.Sentences[r.index].Partner < 0 {
		return sentenceRef{}
	}
	return sentenceRef{set: true, left: !r.left, index: side.Sentences[r.index].Partner}
}

// setFocus records the focused sentence in the URL without adding a
// history entry.
func (v *compareView) setFocus(ctx app.Context, r sentenceRef) {
	if v.focus == r {
		return
	}
	v.focus, v.scrolled = r, r
	u, err := url.Parse(compareURL(v.Left.ID, v.Right.ID, v.entity, r))
	if err == nil {
		ctx.Page().ReplaceURL(ctx.Page().URL().ResolveReference(u))
	}
}

func (v *compareView) Render() app.UI {
	c := v.comparison()
	return app.Section().Class("compare").Body(
		app.H1().Class("visually-hidden").Text("Compare two articles"),
		v.renderHeader(c),
		v.renderChips(c),
		v.renderRows(c),
		v.renderFigures(c),
		v.renderQuotes(c),
	)
}
