// Command app is Diptych's one Go main, built twice: as WebAssembly it is
// the browser client (search, reading, comparison, all offline); natively it
// is the server that pre-renders pages and serves the client, its
// precompressed app.wasm and a service worker that keeps every route
// working offline.
//
// The index built by `go run ./build index` is embedded in both (index.bin),
// so a client can never run against an index from another build.
//
// Usage of the server (after `make build`):
//
//	bin/diptych [-addr localhost:8000] [-web web]
package main

import (
	_ "embed"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// indexData is the index file written by `make index`.
//
//go:embed index.bin
var indexData string

func main() {
	start := perfNow() // Go's runtime and package initialisation are done
	lib, err := newLibrary(indexData)
	perfMeasure("diptych:start:library", start)
	repairLocation() // before anything reads the URL
	newRoutes(lib, err).registerFirst()
	lib.warmUpOnCompareLink()
	installJSAPI(lib, err)
	perfMark("diptych:start:run")
	app.RunWhenOnBrowser()
	os.Exit(serve(lib, err, os.Args[1:]))
}
