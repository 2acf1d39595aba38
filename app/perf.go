package main

// The app's performance marks and measures (see perf_wasm.go): what the
// benchmarks and a reader's developer tools read on the browser's
// performance timeline. On the server they do nothing.

// keepKeyEntries is how many keys' performance entries the browser keeps:
// every key adds some, and the timeline keeps them all otherwise.
const keepKeyEntries = 512

// keyMeasures are the measures each key typed adds, cleared every
// keepKeyEntries keys (see markKey).
var keyMeasures = [...]string{"diptych:type", "diptych:engine", "diptych:render", "diptych:frame", "diptych:facets"}
