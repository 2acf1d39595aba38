//go:build !wasm

package main

// perfNow is 0 on the server.
func perfNow() float64 { return 0 }

// perfMeasure does nothing on the server.
func perfMeasure(name string, start float64) float64 { return 0 }

// perfMeasureSince does nothing on the server.
func perfMeasureSince(name, mark string) {}

// typedWithin is false on the server.
func typedWithin(ms float64) bool { return false }

// markKey does nothing on the server.
func markKey(n *int) {}

// perfMark does nothing on the server.
func perfMark(name string) {}
