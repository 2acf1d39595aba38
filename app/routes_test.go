package main

import (
	"fmt"
	"os"
	"sync/atomic"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
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
	app.RouteWithRegexp(everyPath, func() app.Composer {
		r := testLibrary.Load()
		return &shell{lib: r.lib, loadErr: r.err}
	})
	os.Exit(m.Run())
}

// useLibrary makes the pages served from now on read lib (or show err).
func useLibrary(lib *library, err error) { testLibrary.Store(&testRoute{lib, err}) }

func TestFirstPath(t *testing.T) {
	tests := []struct {
		name, path, prefix, want string
	}{
		{"home at the root", "/", "/", "/"},
		{"article at the root", "/article/a-b", "/", "/article/a-b"},
		{"comparison at the root", "/compare/a/b", "/", "/compare/a/b"},
		{"no prefix", "/story", "", "/story"},
		{"under a prefix", "/diptych/article/x", "/diptych", "/article/x"},
		{"the prefix itself", "/diptych", "/diptych", "/"},
		{"empty path", "", "/", "/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, firstPath(tt.path, tt.prefix))
		})
	}
}
