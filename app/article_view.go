package main

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/corpus"
)

// articleView is "/article/{id}": the cleaned article in a readable column
// with its entities, quotes and figures highlighted, a legend that switches
// each kind on and off, a panel about the entity last clicked or focused,
// the matches of the search the reader came from (?q=...) with next and
// previous, and links to compare it with the other articles, most similar
// first.
type articleView struct {
	app.Compo

	Lib     *library
	Article *corpus.Article
	Query   string // the search the reader came from, or ""

	hidden   map[string]bool // highlight kinds switched off, by markType.Key
	labels   bool            // show the written type labels
	selected string          // the entity shown in the panel, or ""
	cur      int             // the current search match
	matches  []corpus.Span   // the search matches in the body
	shown    string          // the article and query matches were computed for
}

func (v *articleView) OnMount(ctx app.Context)  { v.arrive(ctx) }
func (v *articleView) OnUpdate(ctx app.Context) { v.arrive(ctx) }

// arrive resets the view for a new article or query and scrolls to the
// first match.
func (v *articleView) arrive(ctx app.Context) {
	key := v.Article.ID + "\x00" + v.Query
	if key == v.shown {
		return
	}
	v.selected, v.cur = "", 0
	v.ensureMatches()
	if len(v.matches) > 0 {
		ctx.Defer(func(app.Context) { scrollToMatch(0) })
	}
}

// ensureMatches computes the search matches for the current article and
// query, once.
func (v *articleView) ensureMatches() {
	key := v.Article.ID + "\x00" + v.Query
	if key == v.shown {
		return
	}
	v.shown = key
	v.matches = nil
	if strings.TrimSpace(v.Query) != "" {
		if e, err := v.Lib.searchEngine(); err == nil {
			v.matches = e.MatchSpans(v.Query, v.Article.ID)
		}
	}
}

func (v *articleView) Render() app.UI {
	v.ensureMatches()
	a := v.Article
	cls := "reader"
	for _, m := range markTypes {
		if v.hidden[m.Key] {
			cls += " hide-" + m.Key
		}
	}
	if v.labels {
		cls += " labels"
	}
	if v.selected != "" {
		cls += " with-panel"
	}
	return app.Div().Class(cls).Body(
		app.Article().Class("article").Body(
			app.H1().Text(a.Title),
			articleMeta(a),
			entityLegend(v.counts(), v.hidden, v.labels, v.onToggle, v.onLabels),
			app.If(strings.TrimSpace(v.Query) != "", v.matchBar),
			app.Div().Class("body").Body(
				app.Range(a.Paragraphs).Slice(func(i int) app.UI {
					nodes := highlight(a.Paragraphs[i], paragraphLayers(a, i, v.matches)...)
					return app.P().Body(v.renderNodes(a.Paragraphs[i], nodes)...)
				}),
			),
			app.If(a.URL != "", func() app.UI {
				u, ok := safeURL(a.URL)
				if !ok { // javascript:, data:, "//host": shown as text, never a link
					return app.P().Class("original").Text("Original: " + clip(a.URL, 90))
				}
				return app.P().Class("original").Body(
					app.Text("Original: "),
					app.A().Href(u).Rel("noopener noreferrer nofollow").Text(clip(a.URL, 90)),
				)
			}),
			v.compareWith(),
		),
		app.If(v.selected != "", func() app.UI {
			return entityPanel(v.Lib, v.selected, a, v.onClose)
		}),
	)
}

// counts returns how many highlights of each kind the article has.
func (v *articleView) counts() map[string]int {
	a := v.Article
	c := map[string]int{"figure": len(a.Figures), "quote": len(a.Quotes)}
	for _, m := range a.Mentions {
		c[typeOf(m.Type).Key]++
	}
	return c
}

// renderNodes renders a highlighted paragraph as text and elements.
func (v *articleView) renderNodes(para string, nodes []hlNode) []app.UI {
	out := make([]app.UI, 0, len(nodes))
	for _, n := range nodes {
		text := para[n.Start:n.End]
		kids := func() []app.UI { return v.renderNodes(para, n.Children) }
		switch n.Kind {
		case markText:
			out = append(out, app.Text(text))
		case markMatch:
			cls := "match"
			if n.Index == v.cur {
				cls += " current"
			}
			out = append(out, app.Mark().ID("m-"+strconv.Itoa(n.Index)).Class(cls).Body(kids()...))
		case markQuote:
			q := v.Article.Quotes[n.Index]
			out = append(out,
				app.Span().Class("quote t-quote").Body(kids()...),
				app.Span().Class("quote-by").Text(" — "+v.speaker(q)),
			)
		case markFigure:
			f := v.Article.Figures[n.Index]
			out = append(out, app.Span().Class("fig t-figure").Title(attrText(figureTitle(f))).Body(
				append(kids(), app.Span().Class("ent-type").Text("figure"))...,
			))
		case markMention:
			out = append(out, v.mention(v.Article.Mentions[n.Index], kids()))
		}
	}
	return out
}

// mention renders an entity mention: PERSON, ORG and PLACE open the
// entity panel when clicked or focused; a DATE is a <time>.
func (v *articleView) mention(m corpus.Mention, kids []app.UI) app.UI {
	t := typeOf(m.Type)
	label := app.Span().Class("ent-type").Text(strings.ToLower(t.Label))
	if m.Type == corpus.Date {
		if m.Value != "" {
			return app.Time().Class("ent t-date").DateTime(attrText(m.Value)).Body(append(kids, label)...)
		}
		return app.Span().Class("ent t-date").Body(append(kids, label)...)
	}
	if m.Entity == "" || !isNamed(m.Type) {
		return app.Span().Class("ent t-" + t.Key).Body(append(kids, label)...)
	}
	cls := "ent t-" + t.Key
	if m.Entity == v.selected {
		cls += " selected"
	}
	return app.Span().Class(cls).Role("button").TabIndex(0).
		DataSet("entity", attrText(m.Entity)).
		Aria("pressed", strconv.FormatBool(m.Entity == v.selected)).
		OnClick(v.onMention).OnFocus(v.onMention).OnKeyDown(v.onMentionKey).
		Body(append(kids, label)...)
}

// speaker names a quote's speaker for its tag.
func (v *articleView) speaker(q corpus.Quote) string {
	switch {
	case q.Speaker != "":
		return v.Lib.stats().name(q.Speaker)
	case q.SpeakerText != "":
		return q.SpeakerText
	}
	return "speaker not named"
}

// figureTitle describes a figure: "at least 27585 deaths".
func figureTitle(f corpus.Figure) string {
	s := strings.TrimSpace(f.Qualifier + " " + f.Value + " " + f.Unit)
	return "Figure: " + s
}

// matchBar offers the previous and next match of the search the reader
// came from.
func (v *articleView) matchBar() app.UI {
	n := len(v.matches)
	status := "No matches for “" + clip(v.Query, 60) + "” in this article"
	if n > 0 {
		status = "Match " + strconv.Itoa(v.cur+1) + " of " + strconv.Itoa(n) + " for “" + clip(v.Query, 60) + "”"
	}
	return app.Div().Class("match-bar").Role("navigation").Aria("label", "Search matches").Body(
		app.Span().ID("match-status").Aria("live", "polite").Text(status),
		app.Button().ID("prev-match").Text("Previous").Disabled(n == 0).OnClick(v.onPrev),
		app.Button().ID("next-match").Text("Next").Disabled(n == 0).OnClick(v.onNext),
		app.A().Href(searchPath(v.Query)).Text("Back to results"),
	)
}

// compareWith lists the other articles, most similar first (the
// comparison engine's Similarity), then those with nothing in common,
// each a link to the comparison.
func (v *articleView) compareWith() app.UI {
	rel := v.Lib.compareCandidates(v.Article.ID)
	if len(rel) == 0 {
		return nil
	}
	return app.Aside().Class("compare-with").Aria("label", "Compare with").Body(
		app.H2().Text("Compare with"),
		app.P().Class("help").Text("Most similar first, by shared words and entities."),
		app.Ol().Body(
			app.Range(rel).Slice(func(i int) app.UI {
				o := v.Lib.articleAt(rel[i].Article)
				note := "nothing in common"
				if rel[i].Score > 0 {
					note = strconv.Itoa(int(rel[i].Score*100+0.5)) + "% similar"
				}
				if rel[i].Shared > 0 {
					note += ", " + plural(rel[i].Shared, "shared entity", "shared entities")
				}
				return app.Li().Body(
					app.A().Href(comparePath(v.Article.ID, o.ID)).Text(o.Title),
					app.Span().Class("shared").Text(" · "+note),
				)
			}),
		),
	)
}

func (v *articleView) onMention(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("entity").String()
	if id != "" && id != v.selected {
		v.selected = id
	}
}

// onMentionKey opens the panel with Enter or Space, like a button.
func (v *articleView) onMentionKey(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Enter", " ":
		e.PreventDefault()
		v.onMention(ctx, e)
	case "Escape":
		v.selected = ""
	}
}

func (v *articleView) onClose(ctx app.Context, e app.Event) { v.selected = "" }

func (v *articleView) onToggle(ctx app.Context, e app.Event) {
	key := ctx.JSSrc().Get("dataset").Get("key").String()
	if v.hidden == nil {
		v.hidden = map[string]bool{}
	}
	v.hidden[key] = !ctx.JSSrc().Get("checked").Bool()
}

func (v *articleView) onLabels(ctx app.Context, e app.Event) {
	v.labels = ctx.JSSrc().Get("checked").Bool()
}

func (v *articleView) onNext(ctx app.Context, e app.Event) { v.step(ctx, 1) }
func (v *articleView) onPrev(ctx app.Context, e app.Event) { v.step(ctx, -1) }

// step moves to the next (+1) or previous (-1) match, wrapping around.
func (v *articleView) step(ctx app.Context, d int) {
	n := len(v.matches)
	if n == 0 {
		return
	}
	v.cur = ((v.cur+d)%n + n) % n
	i := v.cur
	ctx.Defer(func(app.Context) { scrollToMatch(i) })
}

// scrollToMatch brings match i to the middle of the screen.
func scrollToMatch(i int) {
	if !app.IsClient {
		return
	}
	el := app.Window().GetElementByID("m-" + strconv.Itoa(i))
	if el.Truthy() {
		el.Call("scrollIntoView", map[string]any{"block": "center"})
	}
}
