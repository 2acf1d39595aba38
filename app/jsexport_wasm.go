//go:build wasm

package main

import (
	"unsafe"

	"diptych/app/search"
)

// The direct path of window.diptych.search: web/diptych.js calls these
// WebAssembly exports from JavaScript with plain numbers, the query and
// the answer passing through the module's memory. A js.FuncOf callback
// goes through Go's event loop instead (the runtime resumes, switches to
// the event goroutine, lets other ready goroutines run, then pauses again)
// and reads its arguments with a call across the boundary per option:
// together tens of microseconds, as much as a search itself.
//
// Exported functions are plain functions, so their state is one package
// variable, set once by installJSAPI before the page can call them and
// used one call at a time (JavaScript is single-threaded).
var direct struct {
	lib     *library
	res     search.Result
	in, out []byte
}

// Flags of diptychSearch, as web/diptych.js sets them.
const (
	directTyping     = 1 << 0
	directPlain      = 1 << 1
	directNoSnippets = 1 << 2
	directByDate     = 1 << 3
)

// diptychQuery makes room for a query of up to n bytes and returns where
// JavaScript is to write it.
//
//go:wasmexport diptychQuery
func diptychQuery(n int32) int32 {
	if n < 1 {
		n = 1
	}
	if int(n) > cap(direct.in) {
		direct.in = make([]byte, n)
	}
	direct.in = direct.in[:n]
	return int32(uintptr(unsafe.Pointer(&direct.in[0])))
}

// diptychSearch runs the query of n bytes written where diptychQuery said
// and returns the length of its answer, window.diptych.search's JSON (see
// appendJSResult), which diptychAnswer locates.
//
//go:wasmexport diptychSearch
func diptychSearch(n, k, offset, flags int32) int32 {
	if direct.lib == nil {
		return 0 // web/diptych.js is only given the exports with a library
	}
	n = min(max(n, 0), int32(len(direct.in)))
	o := jsOptions{
		K: int(k), Offset: int(offset),
		Typing:     flags&directTyping != 0,
		Plain:      flags&directPlain != 0,
		NoSnippets: flags&directNoSnippets != 0,
	}
	if flags&directByDate != 0 {
		o.Sort = "date"
	}
	direct.lib.searchInto(string(direct.in[:n]), o.searchOptions(), &direct.res)
	direct.out = appendJSResult(direct.out[:0], &direct.res)
	return int32(len(direct.out))
}

// diptychAnswer returns where the last answer of diptychSearch is.
//
//go:wasmexport diptychAnswer
func diptychAnswer() int32 {
	if len(direct.out) == 0 {
		return 0
	}
	return int32(uintptr(unsafe.Pointer(&direct.out[0])))
}
