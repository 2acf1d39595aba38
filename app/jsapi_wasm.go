//go:build wasm

package main

import (
	"syscall/js"

	"diptych/app/search"
)

// installJSAPI sets window.diptych (see jsapi.go). It runs once, before the
// UI starts; the functions live as long as the page. It uses syscall/js
// directly, not go-app's wrappers around it: a search is one call from
// JavaScript, and the wrappers' conversions and allocations showed in its
// latency.
func installJSAPI(lib *library, loadErr error) {
	window := js.Global()
	api := window.Get("Object").New()
	json := window.Get("JSON")
	// The last answer and its JSON, reused (JavaScript calls one at a
	// time): a search then allocates almost nothing.
	var res search.Result
	var buf []byte
	answer := func(res *search.Result) any {
		buf = appendJSResult(buf[:0], res)
		return json.Call("parse", string(buf))
	}
	api.Set("ready", window.Get("Promise").Call("resolve", jsReady(lib, loadErr)))
	// The direct path (jsexport_wasm.go), when web/diptych.js has made
	// it: the same answers without the event loop's round trip.
	if fast := window.Get("diptychDirectSearch"); lib != nil && fast.Type() == js.TypeFunction {
		direct.lib = lib
		api.Set("search", fast)
		window.Set("diptych", api)
		return
	}
	api.Set("search", js.FuncOf(func(this js.Value, args []js.Value) any {
		if lib == nil {
			failed := searchFailed(loadErr)
			return answer(&failed)
		}
		q := ""
		if len(args) > 0 && args[0].Type() == js.TypeString {
			q = args[0].String()
		}
		var o jsOptions
		if len(args) > 1 && args[1].Type() == js.TypeObject {
			o = readJSOptions(args[1])
		}
		lib.searchInto(q, o.searchOptions(), &res)
		return answer(&res)
	}))
	window.Set("diptych", api)
}

// readJSOptions reads the options object; missing or mistyped fields keep
// their defaults.
func readJSOptions(v js.Value) jsOptions {
	var o jsOptions
	if n := v.Get("k"); n.Type() == js.TypeNumber {
		o.K = n.Int()
	}
	if n := v.Get("offset"); n.Type() == js.TypeNumber {
		o.Offset = n.Int()
	}
	if s := v.Get("sort"); s.Type() == js.TypeString {
		o.Sort = s.String()
	}
	if b := v.Get("typing"); b.Type() == js.TypeBoolean {
		o.Typing = b.Bool()
	}
	if b := v.Get("plain"); b.Type() == js.TypeBoolean {
		o.Plain = b.Bool()
	}
	if b := v.Get("snippets"); b.Type() == js.TypeBoolean {
		o.NoSnippets = !b.Bool()
	}
	return o
}
