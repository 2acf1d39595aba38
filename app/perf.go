package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// perfNow returns the browser's performance.now() in the client, 0 on
// the server.
func perfNow() float64 {
	if !app.IsClient {
		return 0
	}
	return app.Window().Get("performance").Call("now").Float()
}

// perfMeasure records a performance measure called name from start (a
// perfNow value) to now, for the browser's performance timeline and the
// benchmarks. It does nothing on the server.
func perfMeasure(name string, start float64) {
	if !app.IsClient {
		return
	}
	app.Window().Get("performance").Call("measure", name, map[string]any{"start": start, "end": perfNow()})
}

// typedWithin reports whether the reader typed into the search box in
// the last ms milliseconds (the search view marks each key "diptych:key").
func typedWithin(ms float64) bool {
	if !app.IsClient {
		return false
	}
	keys := app.Window().Get("performance").Call("getEntriesByName", "diptych:key", "mark")
	n := keys.Length()
	return n > 0 && perfNow()-keys.Index(n-1).Get("startTime").Float() < ms
}
