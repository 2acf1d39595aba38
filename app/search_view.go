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
type searchView struct {
	app.Compo

	Lib    *library
	Query  string // the query in the URL
	Facets facets // the facets in the URL

	q      string        // the query in the box
	res    search.Result // the answer for q and Facets
	resFor string        // the engine query res answers
	resK   int           // the number of hits res was asked for
	ran    bool          // res holds an answer
	limit  int           // how many of every article to list with no query
	hits   int           // how many hits to show for a query
}

// firstHits is how many hits show at first: enough to fill two screens,
// few enough to render within a frame or two while typing.
const firstHits = 30

// homeLimit is how many articles the query-less list shows at first.
const homeLimit = 100

func (v *searchView) OnInit()                  { v.q = v.Query }
func (v *searchView) OnUpdate(ctx app.Context) { v.q = v.Query }

// browsing reports whether there is neither query nor facet: the view
// then lists every article.
func (v *searchView) browsing() bool { return strings.TrimSpace(v.q) == "" && v.Facets.empty() }

// ensure runs the search for the current query and facets, once.
func (v *searchView) ensure() {
	eq := engineQuery(v.q, v.Facets)
	k := max(v.hits, firstHits)
	if v.ran && eq == v.resFor && k == v.resK {
		return
	}
	if eq != v.resFor {
		v.hits, k = 0, firstHits // a new query starts with the first hits again
	}
	v.resFor, v.resK, v.ran = eq, k, true
	v.res = v.Lib.searchTop(eq, k)
}

func (v *searchView) Render() app.UI {
	v.ensure()
	var body app.UI
	status := ""
	var notes []string
	didYouMean := ""
	if v.browsing() {
		list := v.Lib.all()
		limit := max(v.limit, homeLimit)
		status = plural(len(list), "article", "articles") + ", newest first"
		more := len(list) - limit
		list = list[:min(len(list), limit)]
		body = app.Div().Body(
			app.Ol().ID("results").Class("results").Body(
				app.Range(list).Slice(func(i int) app.UI {
					a := list[i]
					return app.Li().Class("result").Body(
						app.A().Href(articlePath(a.ID)).Class("result-title").DataSet("index", i).Text(a.Title),
						articleMeta(a),
						entityChips(v.Lib, v.Lib.stats.keyEntities(a.ID, 4), false),
					)
				}),
			),
			app.If(more > 0, func() app.UI {
				return app.Button().ID("more").Class("more").Text("Show " + plural(min(more, homeLimit), "more article", "more articles")).
					OnClick(func(ctx app.Context, e app.Event) { v.limit = limit + homeLimit })
			}),
		)
	} else {
		res := v.res
		notes, didYouMean = res.Notes, res.DidYouMean
		switch {
		case strings.TrimSpace(v.q) == "":
			status = plural(res.Total, "article", "articles")
		case res.Total == 0:
			status = "No article matches “" + clip(v.q, 80) + "”"
		default:
			status = plural(res.Total, "article matches", "articles match") + " “" + clip(v.q, 80) + "”"
		}
		if n := v.Facets.count(); n > 0 {
			status += " (" + plural(n, "filter", "filters") + ")"
		}
		if res.Total > len(res.Hits) {
			status += "; the best " + strconv.Itoa(len(res.Hits)) + " are shown"
		}
		moreHits := min(res.Total, maxHits) - len(res.Hits)
		shown := len(res.Hits)
		hits := res.Hits
		link := ""
		if strings.TrimSpace(v.q) != "" {
			link = "?q=" + url.QueryEscape(v.q)
		}
		body = app.Div().Body(
			app.Ol().ID("results").Class("results").Body(
				app.Range(hits).Slice(func(i int) app.UI {
					h := &hits[i]
					a, _ := v.Lib.article(h.ID)
					return app.Li().Class("result").Body(
						app.A().Href(articlePath(h.ID)+link).Class("result-title").DataSet("index", i).Text(h.Title),
						articleMeta(a),
						snippet(h.Snippet),
						entityChips(v.Lib, v.Lib.stats.keyEntities(h.ID, 4), false),
					)
				}),
			),
			app.If(moreHits > 0, func() app.UI {
				return app.Button().ID("more").Class("more").Text("Show " + plural(min(moreHits, firstHits), "more result", "more results")).
					OnClick(func(ctx app.Context, e app.Event) { v.hits = shown + firstHits; v.ensure() })
			}),
		)
	}
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
			app.Div().Class("search-side").Body(
				app.If(v.browsing(), func() app.UI { return overview(v.Lib) }),
				facetPanel(v.Lib, v.q, v.Facets, v.res.Facets),
			),
		),
	)
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

// onInput runs the search on every keystroke and keeps the URL in step
// without adding a history entry per key. It marks the keystroke and,
// once the new results are on screen, measures keystroke-to-render
// ("diptych:type") and the engine's share of it ("diptych:engine").
func (v *searchView) onInput(ctx app.Context, e app.Event) {
	perf := app.Window().Get("performance")
	perf.Call("mark", "diptych:key")
	v.q = ctx.JSSrc().Get("value").String()
	v.ensure()
	perf.Call("measure", "diptych:engine", "diptych:key")
	u, err := url.Parse(searchURL(v.q, v.Facets))
	if err == nil {
		ctx.Page().ReplaceURL(u)
	}
	ctx.Page().SetTitle("%s", attrText(searchTitle(v.Lib, v.q, v.Facets)))
	ctx.Defer(func(app.Context) { afterPaint(func() { perf.Call("measure", "diptych:type", "diptych:key") }) })
}

// afterPaint runs f at the next animation frame, when the browser is
// about to paint what was just rendered.
func afterPaint(f func()) {
	if !app.IsClient {
		return
	}
	var cb app.Func
	cb = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer cb.Release()
		f()
		return nil
	})
	app.Window().Call("requestAnimationFrame", cb)
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
func (v *searchView) onKey(ctx app.Context, e app.Event) {
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
					v = lib.stats.name(v)
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
