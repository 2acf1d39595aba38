// Command baseline is the go-app app `make bench` compares Diptych with:
// go-app's "hello world" as its getting-started guide writes and deploys
// it (one main for the WebAssembly client and the server, app.Handler
// serving web/app.wasm uncompressed), plus a search box and the same
// start-up mark as Diptych (performance.mark("diptych:ready") when the
// first view is mounted). It is not part of Diptych.
//
// Usage (from a directory holding web/app.wasm):
//
//	baseline -addr localhost:8000
package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// hello is the page: a heading and a search box.
type hello struct{ app.Compo }

// OnMount marks the moment the first view is rendered.
func (h *hello) OnMount(ctx app.Context) {
	app.Window().Get("performance").Call("mark", "diptych:ready")
}

func (h *hello) Render() app.UI {
	return app.Div().Body(
		app.H1().Text("Hello World!"),
		app.Input().Type("search").ID("q").Placeholder("Search"),
	)
}

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()

	addr := flag.String("addr", "localhost:8000", "`host:port` to listen on")
	flag.Parse()
	http.Handle("/", &app.Handler{Name: "Hello", Description: "An Hello World! example"})
	log.Fatal(http.ListenAndServe(*addr, nil))
}
