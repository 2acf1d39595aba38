//go:build wasm

package main

import "syscall/js"

// performance is the browser's performance object, and object its Object
// constructor. The helpers call them through syscall/js rather than
// go-app's wrappers, and build a measure's bounds without a Go map: the
// first measures run during a cold start, when each new code path is
// compiled on first use.
var performance, object = js.Global().Get("performance"), js.Global().Get("Object")

// perfNow returns the browser's performance.now().
func perfNow() float64 { return performance.Call("now").Float() }

// perfMeasure records a performance measure called name from start (a
// perfNow value) to now, for the browser's performance timeline and the
// benchmarks, and returns now, where a following measure may start.
func perfMeasure(name string, start float64) float64 {
	end := perfNow()
	bounds := object.New()
	bounds.Set("start", start)
	bounds.Set("end", end)
	performance.Call("measure", name, bounds)
	return end
}

// perfMeasureSince records a performance measure called name from the
// last performance mark called mark to now.
func perfMeasureSince(name, mark string) { performance.Call("measure", name, mark) }

// typedWithin reports whether the reader typed into the search box in
// the last ms milliseconds (the search view marks each key "diptych:key").
func typedWithin(ms float64) bool {
	keys := performance.Call("getEntriesByName", "diptych:key", "mark")
	n := keys.Length()
	return n > 0 && perfNow()-keys.Index(n-1).Get("startTime").Float() < ms
}

// markKey marks a key typed into the search box ("diptych:key"; only the
// last mark is kept) and counts it in *n; every keepKeyEntries keys it
// clears the app's measures, so that a long session does not pile them up.
func markKey(n *int) {
	if *n++; *n%keepKeyEntries == 0 {
		for _, name := range keyMeasures {
			performance.Call("clearMeasures", name)
		}
	}
	performance.Call("clearMarks", "diptych:key")
	performance.Call("mark", "diptych:key")
}

// perfMark sets a performance mark.
func perfMark(name string) { performance.Call("mark", name) }
