package main

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/search"
)

// Search as you type: how the search view keeps each key's work in tasks
// short enough not to hold up the next key on a corpus of thousands of
// articles. A key searches for the first page of hits at once (search);
// the hits render in a task of their own, a page's new entries a few per
// frame (visible); the facet counts follow once the browser is idle, off
// the UI goroutine (loadFacetsWhenIdle). Hits or counts for a query the box
// has left are dropped, never shown over newer ones. Views reached by a URL
// (navigation, back and forward, "Show more") render whole at once.

// mountStep is how many new list entries one frame mounts at most while
// the reader types: creating an entry's DOM costs far more than updating
// one, and the first key replaces the hundred-article list with new hits.
const mountStep = 10

// onInput takes the query in the box and keeps the URL and the title in
// step without adding a history entry per key; the search follows at once
// (see search). It marks the keystroke for the keystroke-to-render
// measure ("diptych:type").
func (v *searchView) onInput(ctx app.Context, e app.Event) {
	start := perfNow()
	markKey(&v.keys)
	v.q = ctx.JSSrc().Get("value").String()
	v.typing = true
	u, err := url.Parse(searchURL(v.q, v.Facets))
	if err == nil {
		ctx.Page().ReplaceURL(u)
	}
	ctx.Page().SetTitle("%s", attrText(searchTitle(v.Lib, v.q, v.Facets)))
	v.search(ctx, start)
}

// handOverAfter is how long, in ms, a key's work may take before the
// render of its hits is handed over to a task of its own: go-app renders in
// a frame 8 ms after the key's dispatch, in a task of its own, unless the
// dispatch outlasts it; then the frame follows in the same task. A
// hand-over costs that frame's wait again (seed and Cranfield searches
// mostly take 1-6 ms, BBC's first letters 10-20).
const handOverAfter = 6

// search runs the search for the box's value at once. If the key's work,
// which began at start (performance.now()), was quick, the hits render in
// go-app's next frame, as for any event; if not, they
// are handed over to a task of their own, so that the search and the DOM
// update it brings are not one long task holding up the next key. A
// hand-over drops hits the box has moved past (the newer key's search
// brings newer ones: stale hits never replace newer ones).
func (v *searchView) search(ctx app.Context, start float64) {
	q, eq, k := v.q, engineQuery(v.q, v.Facets), v.pageSize()
	if v.ran && eq == v.resFor {
		ctx.PreventUpdate()
		return // the box is back at the query shown (a key typed and erased)
	}
	t := perfNow()
	res := v.Lib.searchTop(eq, k, false)
	perfMeasure("diptych:engine", t)
	if !app.IsClient || perfNow()-start < handOverAfter {
		v.show(ctx, res, q, eq, k)
		return
	}
	ctx.PreventUpdate()
	nextTask(func() {
		ctx.Dispatch(func(ctx app.Context) {
			if engineQuery(v.q, v.Facets) != eq {
				ctx.PreventUpdate()
				return
			}
			v.show(ctx, res, q, eq, k)
		})
	})
}

// show makes res (the k best hits for the reader's q, engine query eq) the
// hits shown; once they are on screen it measures keystroke-to-render and
// has the facet counts follow when the browser is idle.
func (v *searchView) show(ctx app.Context, res search.Result, q, eq string, k int) {
	v.res, v.resQ, v.resFor, v.resK, v.ran, v.hits = res, q, eq, k, true, 0
	ctx.Defer(func(ctx app.Context) {
		perfMeasure("diptych:frame", v.renderAt)
		afterPaint(func() { perfMeasureSince("diptych:type", "diptych:key") })
		v.loadFacetsWhenIdle(ctx)
	})
}

// nextTask runs f in a task of its own, after those already queued.
func nextTask(f func()) {
	if !app.IsClient {
		return
	}
	app.Window().Call("setTimeout", once(f), 0)
}

// facetsStale reports whether the facet counts shown are not those of
// the hits shown.
func (v *searchView) facetsStale() bool { return !v.ranFc || v.fcFor != v.resFor }

// loadFacets counts the facets of the hits shown, if they are those of the
// query in the box; otherwise a newer search is on its way and will
// schedule its own counts. It reports whether it counted.
func (v *searchView) loadFacets() bool {
	if !v.ran || !v.facetsStale() || engineQuery(v.q, v.Facets) != v.resFor {
		return false
	}
	return v.setFacets(v.Lib.facetCounts(v.resFor), v.resFor, v.resQ)
}

// setFacets shows counts fc, for engine query eq (the reader's q), if the
// hits shown and the box are still for eq; it reports whether it did.
func (v *searchView) setFacets(fc search.Facets, eq, q string) bool {
	if !v.facetsStale() || v.resFor != eq || engineQuery(v.q, v.Facets) != eq {
		return false
	}
	v.fc, v.fcFor, v.fcQ, v.ranFc = fc, eq, q, true
	return true
}

// loadFacetsWhenIdle counts the facets of the hits shown once the browser
// is idle, off the UI goroutine (so that counting and rendering the counts
// are two tasks), and renders them if they are still those of the hits
// shown; if not, it counts again for the newer hits. At most one count is
// under way at a time.
func (v *searchView) loadFacetsWhenIdle(ctx app.Context) {
	if v.idleFacets || !v.facetsStale() {
		return
	}
	v.idleFacets = true
	lib, eq, q := v.Lib, v.resFor, v.resQ
	whenIdle(func() {
		t := perfNow()
		fc := lib.facetCounts(eq)
		perfMeasure("diptych:facets", t)
		ctx.Dispatch(func(ctx app.Context) {
			v.idleFacets = false
			if !v.setFacets(fc, eq, q) {
				ctx.PreventUpdate()
				v.loadFacetsWhenIdle(ctx)
			}
		})
	})
}

// visible returns how many of the n entries of the article list (browse)
// or of the hits to render now: all of them, except while the reader
// types or the first list fills (see showList), when at most mountStep
// more than the DOM holds already; then a later frame renders more (see
// growLater). Entries beyond a frame's share
// are below the first screen.
func (v *searchView) visible(n int, browse bool) int {
	if browse != v.browse {
		v.browse, v.mounted = browse, 0 // another list replaces this one
	}
	show := n
	if (v.typing || v.filling) && v.step {
		show = min(n, v.mounted+mountStep)
	}
	v.mounted = show
	if show < n {
		v.growLater()
	} else {
		v.filling = false
	}
	return show
}

// growLater renders the view again after the next paint, to mount more of
// the list.
func (v *searchView) growLater() {
	if v.growing || !v.Mounted() {
		return
	}
	v.growing = true
	ctx := v.ctx
	afterPaint(func() {
		ctx.Dispatch(func(app.Context) { v.growing = false })
	})
}

// afterPaintTask runs f in a task of its own after the browser has painted
// what was just rendered.
func afterPaintTask(f func()) { afterPaint(func() { nextTask(f) }) }

// afterPaint runs f at the next animation frame, when the browser is
// about to paint what was just rendered.
func afterPaint(f func()) {
	if !app.IsClient {
		return
	}
	app.Window().Call("requestAnimationFrame", once(f))
}

// whenIdle runs f once the browser is idle (within half a second at the
// latest).
func whenIdle(f func()) {
	if !app.IsClient {
		return
	}
	cb := once(f)
	if win := app.Window(); win.Get("requestIdleCallback").Truthy() {
		win.Call("requestIdleCallback", cb, map[string]any{"timeout": 500})
		return
	}
	app.Window().Call("setTimeout", cb, 50)
}

// once wraps f as a JavaScript callback that runs f and releases itself:
// for the browser's one-shot schedulers (setTimeout, requestAnimationFrame,
// requestIdleCallback).
func once(f func()) app.Func {
	var cb app.Func
	cb = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer cb.Release()
		f()
		return nil
	})
	return cb
}
