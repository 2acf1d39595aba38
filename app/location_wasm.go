//go:build wasm

package main

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// repairLocation rewrites the address bar, before go-app reads it, when Go
// cannot parse it: go-app would otherwise start with no URL and render
// nothing. A stray '%' is escaped (the route then shows "not found" for
// what was asked); anything else unparseable falls back to "/".
func repairLocation() {
	href := app.Window().Get("location").Get("href").String()
	if _, err := url.Parse(href); err == nil {
		return
	}
	fixed := escapeStrayPercents(href)
	if _, err := url.Parse(fixed); err != nil {
		fixed = "/"
	}
	app.Window().Get("history").Call("replaceState", nil, "", fixed)
}
