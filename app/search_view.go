package main

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/corpus"
)

// searchView is "/" and "/search?q=...": the search box and either the
// matching articles or, with no query, every article by date.
type searchView struct {
	app.Compo

	Lib   *library
	Query string // the query in the URL

	q string // the query in the box
}

func (v *searchView) OnInit()                 { v.q = v.Query }
func (v *searchView) OnUpdate(ctx app.Context) { v.q = v.Query }

func (v *searchView) Render() app.UI {
	var list []*corpus.Article
	status := ""
	if v.q == "" {
		list = v.Lib.all()
		status = plural(len(list), "article", "articles")
	} else {
		list = v.Lib.search(v.q)
		status = plural(len(list), "article matches", "articles match") + " “" + v.q + "”"
	}
	return app.Section().Class("search").Body(
		app.Form().Role("search").OnSubmit(func(ctx app.Context, e app.Event) { e.PreventDefault() }).Body(
			app.Label().For("q").Class("visually-hidden").Text("Search the articles"),
			app.Input().ID("q").Type("search").Name("q").Value(v.q).
				Placeholder("Search articles, people, places…").
				AutoComplete(false).Attr("spellcheck", "false").
				OnInput(v.onInput),
		),
		app.P().ID("status").Class("status").Aria("live", "polite").Text(status),
		app.Ol().ID("results").Class("results").Body(
			app.Range(list).Slice(func(i int) app.UI {
				a := list[i]
				href := articlePath(a.ID)
				if v.q != "" {
					href += "?q=" + url.QueryEscape(v.q)
				}
				return app.Li().Class("result").Body(
					app.A().Href(href).Class("result-title").Text(a.Title),
					articleMeta(a),
				)
			}),
		),
	)
}

// onInput runs the search on every keystroke and keeps the URL in step
// without adding a history entry per key.
func (v *searchView) onInput(ctx app.Context, e app.Event) {
	v.q = ctx.JSSrc().Get("value").String()
	u, err := url.Parse(searchPath(v.q))
	if err == nil {
		ctx.Page().ReplaceURL(u)
	}
	ctx.Page().SetTitle("%s", titleFor(v.q))
}

func titleFor(q string) string {
	if q == "" {
		return "Diptych"
	}
	return q + " · Search · Diptych"
}

// articleMeta renders an article's source and date, saying so when unknown.
func articleMeta(a *corpus.Article) app.UI {
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
			return app.Time().DateTime(a.Published).Text(date)
		}).Else(func() app.UI {
			return app.Span().Class("unknown").Text(date)
		}),
	)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
