package main

import (
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// everyPath is the route pattern that sends every path to the shell,
// which picks the view from the URL (see route.go).
const everyPath = "^/.*"

// routes registers the app's one route. go-app keeps routes in a
// package-level table, so main makes one routes and registers it once
// (tests that serve pages register their own: see routes_test.go).
type routes struct {
	shell func() app.Composer
	all   sync.Once
}

func newRoutes(lib *library, loadErr error) *routes {
	r := &routes{}
	r.shell = func() app.Composer { return &shell{lib: lib, loadErr: loadErr, routes: r} }
	return r
}

// registerFirst registers what the first view needs. The server needs
// every path. The browser, at first, needs only the path it opens:
// compiling the pattern for every path is the client's first use of Go's
// regexp package, which the browser compiles to machine code function by
// function on first call, about 10 ms of a cold start (measured in
// Chromium). The shell calls registerAll in the first task after the
// first view is painted: before a reader has seen a link to follow.
func (r *routes) registerFirst() {
	if !app.IsClient {
		r.registerAll()
		return
	}
	if p := firstPath(app.Window().URL().Path, app.Getenv("GOAPP_ROOT_PREFIX")); p != "/" {
		app.Route(p, r.shell)
	}
	app.Route("/", r.shell) // the home page, which the "/" key goes to
}

// registerAll sends every path to the shell; it runs once.
func (r *routes) registerAll() {
	r.all.Do(func() { app.RouteWithRegexp(everyPath, r.shell) })
}

// firstPath is the path go-app looks up in its routes for a page at path
// when the app is served under prefix, as its engine computes it.
func firstPath(path, prefix string) string {
	path = strings.TrimPrefix(path, prefix)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path
	}
	return path
}
