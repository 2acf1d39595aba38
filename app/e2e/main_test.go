// Package e2e drives the real app in headless Chromium: the server built by
// `make build` (bin/diptych with web/), the WebAssembly client, its service
// worker, offline use. It runs only with DIPTYCH_E2E=1 (set by `make
// browser-test`, part of `make test`), because it needs the built app and a
// browser; `go test ./...` alone skips it and says so.
package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// root is the repository root (two levels above this package).
var root string

func TestMain(m *testing.M) {
	if os.Getenv("DIPTYCH_E2E") != "1" {
		fmt.Println("e2e: browser tests skipped: run `make browser-test` (or set DIPTYCH_E2E=1 after `make build`)")
		os.Exit(0)
	}
	wd, err := os.Getwd()
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		os.Exit(1)
	}
	root = filepath.Clean(filepath.Join(wd, "..", ".."))
	for _, f := range []string{"bin/diptych", "web/app.wasm", "web/app.wasm.br", "web/app.wasm.gz", "app/index.bin"} {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			fmt.Fprintf(os.Stderr, "e2e: %s is missing: run `make build` first\n", f)
			os.Exit(1)
		}
	}
	os.Exit(m.Run())
}
