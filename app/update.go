package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// cachePrefix is the service worker's cache name prefix (worker.js): each
// version of the app has one cache, "diptych-" + version.
const cachePrefix = "diptych-"

// checkForUpdate reports, through found, whether the service worker has
// activated a version other than the one this page runs.
//
// go-app announces an update whenever a worker activates while the page
// is controlled; on a first visit the new worker claims the page and then
// activates, which go-app would announce as an update although the page
// already runs that version. Comparing the worker's cache name with the
// page's version tells the two apart.
func checkForUpdate(ctx app.Context, found func(bool)) {
	if !ctx.AppUpdateAvailable() {
		found(false)
		return
	}
	caches := app.Window().Get("caches")
	if !caches.Truthy() {
		found(true)
		return
	}
	mine := cachePrefix + app.Getenv("GOAPP_VERSION")
	var then app.Func
	then = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer then.Release()
		newer := false
		if len(args) > 0 {
			keys := args[0]
			for i := 0; i < keys.Length(); i++ {
				if k := keys.Index(i).String(); strings.HasPrefix(k, cachePrefix) && k != mine {
					newer = true
				}
			}
		}
		ctx.Dispatch(func(app.Context) { found(newer) })
		return nil
	})
	caches.Call("keys").Call("then", then)
}
