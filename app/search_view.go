package main

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/search"
	"diptych/corpus"
)

// searchView is "/" and "/search?q=...&person=...": the search box, the
// ranked results with their snippets and main entities, and facets that
// narrow them. With neither query nor facets it lists every article by
// date beside an overview of the collection.
//
// Keyboard: "/" focuses the box (see shell), ArrowDown and ArrowUp move
// through the results, Enter opens the focused one.
//
// As the reader types, each key costs one search of the first page of hits
// and one render, kept in tasks short enough not to hold up the next key
// (see search_typing.go); the facet counts follow once the browser is
// idle.
type searchView struct {
	app.Compo

	Lib    *library
	Query  string // the query in the URL
	Facets facets // the facets in the URL

	q      string        // the query in the box
	res    search.Result // the answer for resQ and Facets (facets aside, see fc)
	resQ   string        // the query res answers: q, or while typing a key behind
	resFor string        // the engine query res answers
	resK   int           // the number of hits res was asked for
	ran    bool          // res holds an answer
	limit  int           // how many of every article to list with no query
	// listShown: the list (articles or hits) is rendered, and sideShown:
	// the side column is (see showList and showSide).
	listShown, sideShown bool
	// filling is set while the list shown first grows a few entries a
	// frame (see visible).
	filling bool
	hits    int // how many hits to show for a query
	page    int // hits per page (0: firstHits); tests set it

	// typing is set while the query comes from the box rather than the
	// URL: the render then comes in a task after the search (see search)
	// and the facet counts follow the hits (see loadFacets).
	typing bool
	// fc are the facet counts shown, for the engine query fcFor (the
	// reader's query fcQ and the facets); ranFc says fc holds counts.
	fc         search.Facets
	fcFor, fcQ string
	ranFc      bool
	// idleFacets is set while a loadFacets is scheduled.
	idleFacets bool
	// renderAt is when the last render began (performance.now()); keys
	// counts the keys typed (see markKey).
	renderAt float64
	keys     int

	// While typing, each frame mounts at most mountStep new list entries
	// if step is set (in the browser; see visible): mounted is how many
	// the list in the DOM has, of the article list (browse) or of the
	// hits; growing is set while a frame to mount more is scheduled.
	step            bool
	mounted         int
	browse, growing bool
	// ctx is the view's context, kept from OnMount for growing the list.
	ctx app.Context
}

// firstHits is how many hits show at first (and how many more "Show
// more" adds): enough to fill two screens, few enough to render well
// within a frame budget while typing on a corpus of thousands.
const firstHits = 20

// homeLimit is how many articles the query-less list shows at first.
const homeLimit = 100

func (v *searchView) OnInit() { v.q = v.Query }

// OnMount keeps the context for the frames that grow the list, and warms
// the engine up for the first key once the browser is idle.
func (v *searchView) OnMount(ctx app.Context) {
	v.ctx, v.step = ctx, app.IsClient
	if app.IsClient && !v.listShown {
		afterPaintTask(func() { ctx.Dispatch(v.showList) })
	} else {
		v.warmUpWhenIdle()
	}
}

// warmUpWhenIdle warms the search and comparison engines up once the
// browser is idle (see library.warmUpSearch and warmUpWhenIdle). The
// view's staged first render calls it once the side column is shown: an
// idle moment between the stages would otherwise start the warm-ups,
// which hold the main thread for tens of milliseconds on a cold start,
// and delay the list.
func (v *searchView) warmUpWhenIdle() {
	whenIdle(v.Lib.warmUpSearch)
	v.Lib.warmUpWhenIdle()
}

// The browser's first render of the view is the search box alone; the
// list follows in the next task, a screenful at a time (showList), and
// the side column (overview and facet counts) in the task after
// (showSide). On a cold start WebAssembly compiles each function on first
// use and go-app creates every element through JavaScript calls: the box
// is then usable a few tens of milliseconds sooner, and a corpus of
// thousands does not hold it up with a hundred list entries (measured in
// README.md, "Where a cold start goes"). The server's pre-render has it
// all from the start.

// showList renders the list (and runs the URL's search, if any), then
// schedules the side column.
func (v *searchView) showList(ctx app.Context) {
	v.listShown, v.filling = true, true
	// Once the list is mounted (go-app renders at its next frame, then
	// runs the deferred), mark it ("diptych:list", as the browser is about
	// to paint it) and show the side column after that paint.
	ctx.Defer(func(app.Context) {
		afterPaint(func() { perfMark("diptych:list") })
		if !v.sideShown {
			afterPaintTask(func() { ctx.Dispatch(v.showSide) })
		}
	})
}

// showSide mounts the side column.
func (v *searchView) showSide(ctx app.Context) {
	v.sideShown = true
	v.loadFacets()
	v.warmUpWhenIdle()
}

// list reports whether the list is rendered.
func (v *searchView) list() bool { return v.listShown || !app.IsClient }

// side reports whether the side column is rendered.
func (v *searchView) side() bool { return v.sideShown || !app.IsClient }

// OnUpdate follows the URL (navigation, back and forward): its query and
// facets are shown whole at once, counts included.
func (v *searchView) OnUpdate(ctx app.Context) { v.q, v.typing = v.Query, false }

// browsing reports whether the results shown are for neither query nor
// facet: the view then lists every article.
func (v *searchView) browsing() bool { return strings.TrimSpace(v.resQ) == "" && v.Facets.empty() }

// ensure runs the search for the current query and facets, once. While
// typing it leaves the facet counts to loadFacets.
func (v *searchView) ensure() {
	eq := engineQuery(v.q, v.Facets)
	k := max(v.hits, v.pageSize())
	if v.ran && eq == v.resFor && k == v.resK {
		return
	}
	if eq != v.resFor {
		v.hits, k = 0, v.pageSize() // a new query starts with the first hits again
	}
	v.resQ, v.resFor, v.resK, v.ran = v.q, eq, k, true
	counts := !v.typing && v.side() && !(v.ranFc && v.fcFor == eq)
	if eq == "" && !counts {
		// Browsing lists every article by date: no search to run until
		// the side column wants the counts.
		v.res = search.Result{}
		return
	}
	t := perfNow()
	v.res = v.Lib.searchTop(eq, k, counts)
	perfMeasure("diptych:engine", t)
	if counts {
		v.fc, v.fcFor, v.fcQ, v.ranFc = v.res.Facets, eq, v.q, true
	}
}

// pageSize is how many hits show at first and how many more "Show more"
// adds.
func (v *searchView) pageSize() int {
	if v.page > 0 {
		return v.page
	}
	return firstHits
}

// onMoreArticles lists the next articles of the home list. It reads the
// live limit, not a captured one: go-app keeps a button's first handler
// across renders when the new one comes from the same function literal.
func (v *searchView) onMoreArticles(ctx app.Context, e app.Event) {
	v.limit = max(v.limit, homeLimit) + homeLimit
	v.typing = false
}

// showMore shows the next page of hits (and the counts with them, if
// they were behind).
func (v *searchView) showMore() {
	v.hits = len(v.res.Hits) + v.pageSize()
	v.typing = false
}

func (v *searchView) Render() app.UI {
	v.renderAt = perfNow()
	defer perfMeasure("diptych:render", v.renderAt)
	if v.list() && (!v.typing || !v.ran) {
		v.ensure() // while typing, search searches
	}
	var body app.HTMLDiv // the list
	status := ""
	var notes []string
	didYouMean := ""
	switch {
	case !v.list():
		// The first render in the browser: the box alone (see showList).
		body = app.Div().Class("result-list").Body(app.Ol().ID("results").Class("results"))
		status = plural(len(v.Lib.ix.Articles), "article", "articles") + ", newest first"
		if engineQuery(v.q, v.Facets) != "" {
			status = "Searching…"
		}
	case v.browsing():
		list := v.Lib.all()
		limit := max(v.limit, homeLimit)
		status = plural(len(list), "article", "articles") + ", newest first"
		more := len(list) - limit
		list = list[:v.visible(min(len(list), limit), true)]
		ids := make([]string, len(list))
		for i, a := range list {
			ids[i] = a.ID
		}
		body = app.Div().Class("result-list").Body(
			&articleList{Lib: v.Lib, IDs: ids},
			app.If(more > 0, func() app.UI {
				return app.Button().ID("more").Class("more").Text("Show " + plural(min(more, homeLimit), "more article", "more articles")).
					OnClick(v.onMoreArticles)
			}),
		)
	default:
		res := v.res
		notes, didYouMean = res.Notes, res.DidYouMean
		switch {
		case strings.TrimSpace(v.resQ) == "":
			status = plural(res.Total, "article", "articles")
		case res.Total == 0:
			status = "No article matches “" + clip(v.resQ, 80) + "”"
		default:
			status = plural(res.Total, "article matches", "articles match") + " “" + clip(v.resQ, 80) + "”"
		}
		if n := v.Facets.count(); n > 0 {
			status += " (" + plural(n, "filter", "filters") + ")"
		}
		if res.Total > len(res.Hits) {
			status += "; the best " + strconv.Itoa(len(res.Hits)) + " are shown"
		}
		moreHits := min(res.Total, maxHits) - len(res.Hits)
		hits := res.Hits[:v.visible(len(res.Hits), false)]
		link := ""
		if strings.TrimSpace(v.resQ) != "" {
			link = "?q=" + url.QueryEscape(v.resQ)
		}
		body = app.Div().Class("result-list").Body(
			app.Ol().ID("results").Class("results").Body(
				app.Range(hits).Slice(func(i int) app.UI {
					return &resultItem{Lib: v.Lib, Index: i, ID: hits[i].ID, Link: link, Snippet: hits[i].Snippet}
				}),
			),
			app.If(moreHits > 0, func() app.UI {
				return app.Button().ID("more").Class("more").Text("Show " + plural(min(moreHits, v.pageSize()), "more result", "more results")).
					OnClick(func(ctx app.Context, e app.Event) { v.showMore() })
			}),
		)
	}
	// aria-busy: entries are still to come (see showList and visible), or
	// the side column.
	body = body.Aria("busy", !v.list() || v.growing)
	return app.Section().Class("search").OnKeyDown(v.onKey).Body(
		app.H1().Class("visually-hidden").Text("Search the articles"),
		app.Div().Class("search-layout").Body(
			app.Div().Class("search-main").Body(
				app.Form().Role("search").OnSubmit(v.onSubmit).Body(
					app.Label().For("q").Class("visually-hidden").Text("Search the articles"),
					app.Input().ID("q").Type("search").Name("q").Value(attrText(v.q)).
						Placeholder("Search articles, people, places…").
						AutoComplete(false).Attr("spellcheck", "false").
						Aria("controls", "results").Aria("describedby", "search-help").
						OnInput(v.onInput),
					app.P().ID("search-help").Class("help").Text("Press / to search from anywhere; ↓ and ↑ move through the results, Enter opens one. Filters: person: org: place: source: after: before:"),
				),
				app.P().ID("status").Class("status").Aria("live", "polite").Text(status),
				app.Range(notes).Slice(func(i int) app.UI {
					return app.P().Class("note").Text(notes[i])
				}),
				app.If(didYouMean != "", func() app.UI {
					return app.P().Class("did-you-mean").Body(
						app.Text("Did you mean "),
						app.A().Href(searchURL(didYouMean, v.Facets)).Text(didYouMean),
						app.Text("?"),
					)
				}),
				body,
			),
			app.Div().Class("search-side").Aria("busy", !v.side()).Body(
				app.If(v.side(), func() app.UI {
					return app.Div().Body(
						// The overview in a box of its own, so that the panel
						// keeps its place (and is not rebuilt) when the
						// overview goes.
						app.Div().Body(app.If(v.browsing(), func() app.UI { return overview(v.Lib) })),
						v.facetPanel(),
					)
				}),
			),
		),
	)
}

// facetPanel returns the facet panel with the latest counts. While they
// are those of an earlier query, its links keep that query, so that they
// go where their counts say.
func (v *searchView) facetPanel() app.UI {
	return &facetPanel{Lib: v.Lib, Q: v.fcQ, Chosen: v.Facets, Counts: v.fc, Busy: v.facetsStale()}
}

// snippet renders a passage with its matched words marked, as text.
func snippet(s search.Snippet) app.UI {
	if s.Text == "" {
		return nil
	}
	var parts []app.UI
	at := 0
	for _, m := range s.Matches {
		if m[0] < at || m[1] > len(s.Text) || m[0] > m[1] {
			continue
		}
		parts = append(parts, app.Text(s.Text[at:m[0]]), app.Mark().Text(s.Text[m[0]:m[1]]))
		at = m[1]
	}
	parts = append(parts, app.Text(s.Text[at:]))
	return app.P().Class("snippet").Body(parts...)
}

// onSubmit keeps Enter in the box from reloading the page; on a phone it
// closes the keyboard so the results show.
func (v *searchView) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if el := app.Window().GetElementByID("q"); el.Truthy() {
		el.Call("blur")
	}
}

// onKey moves the focus through the results with the arrow keys: down
// from the box to the first result, up from the first back to the box.
// It runs on every key typed, so it renders nothing.
func (v *searchView) onKey(ctx app.Context, e app.Event) {
	ctx.PreventUpdate() // moving the focus changes nothing to render
	key := e.Get("key").String()
	if key != "ArrowDown" && key != "ArrowUp" {
		return
	}
	target := e.Get("target")
	links := app.Window().Get("document").Call("querySelectorAll", "#results .result-title")
	n := links.Length()
	if n == 0 {
		return
	}
	i := -1 // the box
	if idx := target.Get("dataset").Get("index"); idx.Truthy() {
		i, _ = strconv.Atoi(idx.String())
	} else if target.Get("id").String() != "q" {
		return
	}
	switch {
	case key == "ArrowDown" && i+1 < n:
		i++
	case key == "ArrowUp" && i >= 0:
		i--
	default:
		e.PreventDefault()
		return
	}
	e.PreventDefault()
	if i < 0 {
		app.Window().GetElementByID("q").Call("focus")
		return
	}
	links.Index(i).Call("focus")
}

// searchTitle is the page title of a search.
func searchTitle(lib *library, q string, f facets) string {
	var parts []string
	if q = strings.TrimSpace(q); q != "" {
		parts = append(parts, clip(q, 60))
	}
	for _, k := range facetKinds {
		for _, v := range *f.list(k) {
			switch k {
			case facetMonth:
				parts = append(parts, monthLabel(v))
			case facetSource:
				parts = append(parts, v)
			default:
				if lib != nil {
					v = lib.stats().name(v)
				}
				parts = append(parts, v)
			}
		}
	}
	if len(parts) == 0 {
		return "Diptych"
	}
	return strings.Join(parts, ", ") + " · Search · Diptych"
}

// articleMeta renders an article's source and date, saying so when unknown.
func articleMeta(a *corpus.Article) app.UI {
	if a == nil {
		return nil
	}
	source := a.Source
	if source == "" {
		source = "Source unknown"
	}
	date := a.Published
	if date == "" {
		date = "Date unknown"
	} else if len(date) > 10 {
		date = date[:10]
	}
	return app.P().Class("meta").Body(
		app.Span().Class("source").Text(source),
		app.Text(" · "),
		app.If(a.Published != "", func() app.UI {
			return app.Time().DateTime(attrText(a.Published)).Text(date)
		}).Else(func() app.UI {
			return app.Span().Class("unknown").Text(date)
		}),
	)
}

// attrText makes corpus or query text safe for an attribute of the
// server's pre-rendered HTML. go-app writes attribute values with Go
// quoting (a quote becomes \"), which an HTML parser reads as the end of
// the value: a query like `" onfocus=...` would become an attribute. The
// client sets attributes through the DOM, where any text is safe, so only
// the pre-render replaces double quotes (with the typographic ″).
func attrText(s string) string {
	if app.IsClient {
		return s
	}
	b := []byte(s)
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if c == '"' {
			out = append(out, "″"...)
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
