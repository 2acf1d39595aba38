package main

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shareButton shares the current page: with the Web Share API where the
// browser has it, otherwise by copying the link, saying so. If copying is
// refused, it shows the link selected, ready to copy by hand.
type shareButton struct {
	app.Compo

	state  shareState
	link   string // the link shown when copying failed
	shares int    // counts clicks, so an old confirmation timer does not hide a newer one
}

// shareState is what the share button last did.
type shareState uint8

const (
	shareIdle shareState = iota
	shareCopied
	shareFailed
)

// shareConfirmFor is how long "Link copied" stays.
const shareConfirmFor = 3 * time.Second

func (b *shareButton) Render() app.UI {
	msg := ""
	switch b.state {
	case shareCopied:
		msg = "Link copied"
	case shareFailed:
		msg = "Copy this link:"
	}
	return app.Div().Class("share").Body(
		app.Button().ID("share").Class("share-button").Aria("describedby", "share-status").Text("Share").OnClick(b.onClick),
		app.Span().ID("share-status").Class("share-status").Role("status").Text(msg),
		app.If(b.state == shareFailed, func() app.UI {
			return app.Input().ID("share-link").Class("share-link").ReadOnly(true).Value(attrText(b.link)).
				Aria("label", "Link to this page").OnFocus(func(ctx app.Context, e app.Event) { ctx.JSSrc().Call("select") })
		}),
	)
}

func (b *shareButton) onClick(ctx app.Context, e app.Event) {
	win := app.Window()
	link := win.Get("location").Get("href").String()
	title := win.Get("document").Get("title").String()
	nav := win.Get("navigator")
	b.shares++
	n := b.shares
	if nav.Get("share").Truthy() {
		// The reader may cancel the share sheet: that is not an error.
		nav.Call("share", map[string]any{"title": title, "url": link}).Call("catch", ignoreRejection())
		return
	}
	clip := nav.Get("clipboard")
	if !clip.Truthy() || !clip.Get("writeText").Truthy() {
		b.state, b.link = shareFailed, link
		return
	}
	var ok, fail app.Func
	release := func() { ok.Release(); fail.Release() }
	ok = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer release()
		ctx.Dispatch(func(ctx app.Context) {
			b.state = shareCopied
			ctx.After(shareConfirmFor, func(ctx app.Context) {
				if b.shares == n && b.state == shareCopied {
					b.state = shareIdle
				}
			})
		})
		return nil
	})
	fail = app.FuncOf(func(this app.Value, args []app.Value) any {
		defer release()
		ctx.Dispatch(func(ctx app.Context) { b.state, b.link = shareFailed, link })
		return nil
	})
	clip.Call("writeText", link).Call("then", ok, fail)
}

// ignoreRejection returns a promise rejection handler that does nothing,
// released after its one call.
func ignoreRejection() app.Func { return once(func() {}) }
