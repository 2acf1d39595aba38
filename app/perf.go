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
// benchmarks, and returns now, where a following measure may start. It
// does nothing on the server.
func perfMeasure(name string, start float64) float64 {
	if !app.IsClient {
		return 0
	}
	end := perfNow()
	app.Window().Get("performance").Call("measure", name, map[string]any{"start": start, "end": end})
	return end
}

// perfMeasureSince records a performance measure called name from the
// last performance mark called mark to now.
func perfMeasureSince(name, mark string) {
	if !app.IsClient {
		return
	}
	app.Window().Get("performance").Call("measure", name, mark)
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

// keepKeyEntries is how many keys' performance entries the browser keeps:
// every key adds some, and the timeline keeps them all otherwise.
const keepKeyEntries = 512

// markKey marks a key typed into the search box ("diptych:key"; only the
// last mark is kept) and counts it in *n; every keepKeyEntries keys it
// clears the app's measures, so that a long session does not pile them up.
func markKey(n *int) {
	if !app.IsClient {
		return
	}
	perf := app.Window().Get("performance")
	if *n++; *n%keepKeyEntries == 0 {
		for _, name := range [...]string{"diptych:type", "diptych:engine", "diptych:render", "diptych:frame", "diptych:facets"} {
			perf.Call("clearMeasures", name)
		}
	}
	perf.Call("clearMarks", "diptych:key")
	perf.Call("mark", "diptych:key")
}

// perfMark sets a performance mark in the browser.
func perfMark(name string) {
	if !app.IsClient {
		return
	}
	app.Window().Get("performance").Call("mark", name)
}
