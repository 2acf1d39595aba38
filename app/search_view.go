package main

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/search"
	"diptych/corpus"
)

// searchView is "/" and "/search?q=...": the search box and either the
// ranked results or, with no query, every article by date.
type searchView struct {
	app.Compo

	Lib   *library
	Query string // the query in the URL

	q string // the query in the box
}

func (v *searchView) OnInit()                  { v.q = v.Query }
func (v *searchView) OnUpdate(ctx app.Context) { v.q = v.Query }

func (v *searchView) Render() app.UI {
	var body app.UI
	status := ""
	var notes []string
	didYouMean := ""
	if v.q == "" {
		list := v.Lib.all()
		status = plural(len(list), "article", "articles")
		body = app.Ol().ID("results").Class("results").Body(
			app.Range(list).Slice(func(i int) app.UI {
				a := list[i]
				return app.Li().Class("result").Body(
					app.A().Href(articlePath(a.ID)).Class("result-title").Text(a.Title),
					articleMeta(a),
				)
			}),
		)
	} else {
		res := v.Lib.search(v.q)
		notes, didYouMean = res.Notes, res.DidYouMean
		status = plural(res.Total, "article matches", "articles match") + " “" + clip(v.q, 80) + "”"
		hits := res.Hits
		body = app.Ol().ID("results").Class("results").Body(
			app.Range(hits).Slice(func(i int) app.UI {
				h := &hits[i]
				a, _ := v.Lib.article(h.ID)
				return app.Li().Class("result").Body(
					app.A().Href(articlePath(h.ID)+"?q="+url.QueryEscape(v.q)).Class("result-title").Text(h.Title),
					articleMeta(a),
					snippet(h.Snippet),
				)
			}),
		)
	}
	return app.Section().Class("search").Body(
		app.Form().Role("search").OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).Body(
			app.Label().For("q").Class("visually-hidden").Text("Search the articles"),
			app.Input().ID("q").Type("search").Name("q").Value(attrText(v.q)).
				Placeholder("Search articles, people, places…").
				AutoComplete(false).Attr("spellcheck", "false").
				OnInput(v.onInput),
		),
		app.P().ID("status").Class("status").Aria("live", "polite").Text(status),
		app.Range(notes).Slice(func(i int) app.UI {
			return app.P().Class("note").Text(notes[i])
		}),
		app.If(didYouMean != "", func() app.UI {
			return app.P().Class("did-you-mean").Body(
				app.Text("Did you mean "),
				app.A().Href(searchPath(didYouMean)).Text(didYouMean),
				app.Text("?"),
			)
		}),
		body,
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
// without adding a history entry per key.
func (v *searchView) onInput(ctx app.Context, e app.Event) {
	v.q = ctx.JSSrc().Get("value").String()
	u, err := url.Parse(searchPath(v.q))
	if err == nil {
		ctx.Page().ReplaceURL(u)
	}
	ctx.Page().SetTitle("%s", attrText(titleFor(v.q)))
}

func titleFor(q string) string {
	if q == "" {
		return "Diptych"
	}
	return clip(q, 60) + " · Search · Diptych"
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
