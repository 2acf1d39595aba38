package main

import (
	"fmt"
	"os"
	"sync/atomic"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// testRoute is what the pages served by a test read.
type testRoute struct {
	lib *library
	err error
}

// testLibrary holds the library of the test running now. go-app keeps its
// routes in a package-level table where the FIRST registration wins (later
// ones are appended and never reached), so calling registerRoutes in each
// test would silently serve every test the first test's library. TestMain
// registers one route that reads this instead; tests call useLibrary.
var testLibrary atomic.Pointer[testRoute]

func TestMain(m *testing.M) {
	lib, err := newLibrary(indexData)
	if err != nil {
		fmt.Fprintln(os.Stderr, "decode the embedded index:", err)
		os.Exit(1)
	}
	useLibrary(lib, nil)
	app.RouteWithRegexp("^/.*", func() app.Composer {
		r := testLibrary.Load()
		return newShell(r.lib, r.err)()
	})
	os.Exit(m.Run())
}

// useLibrary makes the pages served from now on read lib (or show err).
func useLibrary(lib *library, err error) { testLibrary.Store(&testRoute{lib, err}) }
