//go:build !wasm

package main

// repairLocation has nothing to repair on the server: a request line Go
// cannot parse never reaches the handler (net/http answers 400 itself).
func repairLocation() {}
