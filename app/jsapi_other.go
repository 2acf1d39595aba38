//go:build !wasm

package main

// installJSAPI does nothing outside the browser: there is no window.
func installJSAPI(*library, error) {}
