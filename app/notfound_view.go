package main

import (
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
			app.Text(" in this collection."),
		),
		app.P().Body(app.A().Href("/").Text("Search the articles")),
	)
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
