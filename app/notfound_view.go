package main

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// notFoundView is shown for unknown ids and routes: it says what was not
// found and offers search instead of a dead end.
type notFoundView struct {
	app.Compo

	What string // "article", "entity" or "page"
	ID   string
}

func (v *notFoundView) Render() app.UI {
	return app.Section().Class("not-found").Body(
		app.H1().Text("Not found"),
		app.P().Body(
			app.Text("There is no "+v.What+" "),
			app.Code().Text(clip(v.ID, 120)),
			app.Text(" in this collection. It may have been renamed, or the link was cut short."),
		),
		app.Form().Role("search").Class("not-found-search").OnSubmit(v.onSubmit).Body(
			app.Label().For("q").Text("Search the articles instead"),
			app.Div().Class("inline-search").Body(
				app.Input().ID("q").Type("search").Name("q").Value(attrText(guessQuery(v.ID))).AutoComplete(false),
				app.Button().Type("submit").Text("Search"),
			),
		),
		app.P().Body(app.A().Href("/").Text("Or browse every article")),
	)
}

// onSubmit opens the search for what was typed.
func (v *notFoundView) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	q := ""
	if el := app.Window().GetElementByID("q"); el.Truthy() {
		q = el.Get("value").String()
	}
	ctx.Navigate(searchPath(q))
}

// guessQuery turns a missing id ("blinken-visit-cairo") into words to
// search for ("blinken visit cairo"); a path gives its last segment.
func guessQuery(id string) string {
	if i := strings.LastIndexByte(id, '/'); i >= 0 {
		id = id[i+1:]
	}
	id, _ = url.PathUnescape(id)
	return clip(strings.Join(strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == '.' }), " "), 80)
}

// failure is shown when the embedded index cannot be read.
type failure struct {
	app.Compo

	Err error
}

func (v *failure) Render() app.UI {
	msg := "unknown error"
	if v.Err != nil {
		msg = v.Err.Error()
	}
	return app.Section().Class("failure").Role("alert").Body(
		app.H1().Text("Diptych could not load its articles"),
		app.P().Text("The index built into this app is damaged or from another version: "+msg),
		app.P().Text("Rebuild it with `make build` and reload."),
	)
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
