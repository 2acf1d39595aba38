//go:build wasm

package main

// serve is never reached in the browser: app.RunWhenOnBrowser does not
// return there. It exists so that the server's packages (net/http, brotli
// tables, ...) stay out of app.wasm.
func serve(*library, error, []string) int { return 0 }
