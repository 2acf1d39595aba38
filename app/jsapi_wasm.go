//go:build wasm

package main

import (
	"diptych/app/search"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// installJSAPI sets window.diptych (see jsapi.go). It runs once, before the
// UI starts; the functions live as long as the page.
func installJSAPI(lib *library, loadErr error) {
	api := app.Window().Get("Object").New()
	json := app.Window().Get("JSON")
	// The last answer and its JSON, reused (JavaScript calls one at a
	// time): a search then allocates almost nothing.
	var res search.Result
	var buf []byte
	answer := func(res *search.Result) any {
		buf = appendJSResult(buf[:0], res)
		return json.Call("parse", string(buf))
	}
	api.Set("ready", app.Window().Get("Promise").Call("resolve", jsReady(lib, loadErr)))
	api.Set("search", app.FuncOf(func(this app.Value, args []app.Value) any {
		if lib == nil {
			failed := searchFailed(loadErr)
			return answer(&failed)
		}
		q := ""
		if len(args) > 0 && args[0].Type() == app.TypeString {
			q = args[0].String()
		}
		var o jsOptions
		if len(args) > 1 && args[1].Type() == app.TypeObject {
			o = readJSOptions(args[1])
		}
		lib.engine.SearchInto(q, o.searchOptions(), &res)
		return answer(&res)
	}))
	app.Window().Set("diptych", api)
}

// readJSOptions reads the options object; missing or mistyped fields keep
// their defaults.
func readJSOptions(v app.Value) jsOptions {
	var o jsOptions
	if n := v.Get("k"); n.Type() == app.TypeNumber {
		o.K = n.Int()
	}
	if n := v.Get("offset"); n.Type() == app.TypeNumber {
		o.Offset = n.Int()
	}
	if s := v.Get("sort"); s.Type() == app.TypeString {
		o.Sort = s.String()
	}
	if b := v.Get("typing"); b.Type() == app.TypeBoolean {
		o.Typing = b.Bool()
	}
	if b := v.Get("plain"); b.Type() == app.TypeBoolean {
		o.Plain = b.Bool()
	}
	if b := v.Get("snippets"); b.Type() == app.TypeBoolean {
		o.NoSnippets = !b.Bool()
	}
	return o
}
