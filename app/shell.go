package main

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shell is the root component: the header, the current view chosen from the
// URL, and the app-wide notices (update available, install). Every route
// renders a shell; the view components below it do the rest.
type shell struct {
	app.Compo

	lib     *library
	loadErr error
	// routes registers every path once the first view is up (nil in
	// tests that register their own).
	routes *routes

	route           route
	updateAvailable bool
	installable     bool

	// onSlash is the document's keydown listener for the "/" shortcut;
	// released when the shell is dismounted.
	onSlash app.Func
}

// OnInit reads the route in the browser before the first render, so that
// a page opened directly (an article, a comparison) mounts its own view at
// once rather than the home view until OnNav, which go-app runs after the
// first mount. (The server's pre-render renders again after OnNav.)
func (s *shell) OnInit() {
	if app.IsClient {
		s.route = parseRoute(app.Window().URL())
	}
}

// OnNav reads the route from the URL the app navigated to.
func (s *shell) OnNav(ctx app.Context) {
	s.route = parseRoute(ctx.Page().URL())
	s.installable = ctx.IsAppInstallable()
	setTitle(ctx, s.title())
}

// OnMount marks the moment the client has rendered its first view, for
// start-up measurements (performance.getEntriesByName("diptych:ready")).
func (s *shell) OnMount(ctx app.Context) {
	perfMark("diptych:ready")
	perfMeasureSince("diptych:start:mount", "diptych:start:run")
	if s.routes != nil {
		afterPaintTask(s.routes.registerAll)
	}
	if s.route.view != viewHome { // read in OnInit
		s.lib.warmUpWhenIdle() // the search view does, once it is all shown
	}
	s.OnAppUpdate(ctx)
	s.onSlash = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 && isSearchShortcut(args[0]) {
			args[0].Call("preventDefault")
			ctx.Dispatch(func(ctx app.Context) { focusSearch(ctx) })
		}
		return nil
	})
	app.Window().Get("document").Call("addEventListener", "keydown", s.onSlash)
}

// OnDismount removes the keyboard shortcut.
func (s *shell) OnDismount() {
	if s.onSlash != nil {
		app.Window().Get("document").Call("removeEventListener", "keydown", s.onSlash)
		s.onSlash.Release()
		s.onSlash = nil
	}
}

// isSearchShortcut reports whether keydown event e is "/" typed outside a
// text field.
func isSearchShortcut(e app.Value) bool {
	if e.Get("key").String() != "/" || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("altKey").Bool() {
		return false
	}
	t := e.Get("target")
	if !t.Truthy() {
		return true
	}
	switch t.Get("tagName").String() {
	case "INPUT", "TEXTAREA", "SELECT":
		return false
	}
	return !t.Get("isContentEditable").Bool()
}

// focusSearch puts the focus in the search box, going to the search view
// first when the current view has none.
func focusSearch(ctx app.Context) {
	focus := func(app.Context) {
		if el := app.Window().GetElementByID("q"); el.Truthy() {
			el.Call("focus")
			el.Call("select")
		}
	}
	if el := app.Window().GetElementByID("q"); el.Truthy() {
		focus(ctx)
		return
	}
	ctx.Navigate("/")
	ctx.Defer(focus)
}

// OnAppUpdate shows the update notice when a new version is ready.
func (s *shell) OnAppUpdate(ctx app.Context) {
	checkForUpdate(ctx, func(newer bool) { s.updateAvailable = newer })
}

// OnAppInstallChange shows or hides the install button.
func (s *shell) OnAppInstallChange(ctx app.Context) { s.installable = ctx.IsAppInstallable() }

// setTitle sets the page title. The server's pre-render writes it into the
// page's title and og:title (go-app's SetTitle, through fmt with a
// constant format, as the title holds corpus or query text); the browser
// sets document.title itself, which keeps fmt's formatting code out of a
// cold start's first task (WebAssembly compiles each function on first
// use) and out of every key typed.
func setTitle(ctx app.Context, title string) {
	if app.IsClient {
		app.Window().Get("document").Set("title", title)
		return
	}
	ctx.Page().SetTitle("%s", attrText(title))
}

// title is the page title for the current view.
func (s *shell) title() string {
	const app = "Diptych"
	if s.lib == nil {
		return app
	}
	switch s.route.view {
	case viewHome:
		return searchTitle(s.lib, s.route.query, s.route.facet)
	case viewArticle:
		if a, ok := s.lib.article(s.route.ids[0]); ok {
			return a.Title + " · " + app
		}
	case viewCompare:
		l, okL := s.lib.article(s.route.ids[0])
		r, okR := s.lib.article(s.route.ids[1])
		if okL && okR {
			return "Compare: " + l.Title + " | " + r.Title + " · " + app
		}
	case viewStory:
		return "Story · " + app
	case viewEntity:
		if e, ok := s.lib.stats().entity(s.route.ids[0]); ok {
			return entityTitle(e.Entity)
		}
	}
	return "Not found · " + app
}

func (s *shell) Render() app.UI {
	root := app.Div().Class("shell")
	if app.IsClient {
		// Marks a tree rendered by the WebAssembly client, as opposed to the
		// server's pre-render, so tests can tell a working client apart.
		root = root.DataSet("client", "true")
	}
	return root.Body(
		app.A().Class("skip").Href("#main").Text("Skip to content"),
		app.Header().Class("top").Body(
			app.A().Class("brand").Href("/").Body(
				app.Img().Src("/web/icon.svg").Alt("").Role("presentation").Width(28).Height(28),
				app.Span().Text("Diptych"),
			),
			app.Nav().Aria("label", "Main").Body(
				app.A().Href("/").Text("Articles"),
				app.A().Href("/story").Text("Story"),
			),
			app.Div().Class("actions").Body(
				&shareButton{},
				app.If(s.installable, func() app.UI {
					return app.Button().Class("install").Text("Install").OnClick(func(ctx app.Context, e app.Event) {
						ctx.ShowAppInstallPrompt()
					})
				}),
			),
		),
		app.If(s.updateAvailable, func() app.UI {
			return app.Div().Class("notice").Aria("live", "polite").Body(
				app.Span().Text("A new version of Diptych is available."),
				app.Button().ID("reload").Text("Reload").OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		app.Main().ID("main").Body(s.view()),
	)
}

// view renders the current route's view.
func (s *shell) view() app.UI {
	if s.loadErr != nil || s.lib == nil {
		return &failure{Err: s.loadErr}
	}
	switch s.route.view {
	case viewHome:
		return &searchView{Lib: s.lib, Query: s.route.query, Facets: s.route.facet}
	case viewArticle:
		if a, ok := s.lib.article(s.route.ids[0]); ok {
			return &articleView{Lib: s.lib, Article: a, Query: s.route.query}
		}
		return &notFoundView{What: "article", ID: s.route.ids[0]}
	case viewCompare:
		for _, id := range s.route.ids {
			if _, ok := s.lib.article(id); !ok {
				return &notFoundView{What: "article", ID: id}
			}
		}
		l, _ := s.lib.article(s.route.ids[0])
		r, _ := s.lib.article(s.route.ids[1])
		return &compareView{Lib: s.lib, Left: l, Right: r}
	case viewStory:
		return &storyView{Lib: s.lib}
	case viewEntity:
		if e, ok := s.lib.stats().entity(s.route.ids[0]); ok {
			return &entityView{Lib: s.lib, Entity: e.Entity}
		}
		return &notFoundView{What: "entity", ID: s.route.ids[0]}
	}
	return &notFoundView{What: "page", ID: s.route.raw}
}
