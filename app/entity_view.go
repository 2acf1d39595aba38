package main

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/corpus"
)

// entityView is "/entity/{id}": one person, organisation or place across
// the corpus: the articles that mention it on a time line, what it said
// (for people and organisations), the entities it appears with, and every
// mention in its context.
type entityView struct {
	app.Compo

	Lib    *library
	Entity *corpus.Entity

	limit int // how many articles' mentions to show
}

// entityArticlesShown is how many articles' mentions show at first.
const entityArticlesShown = 30

// maxCooccurring bounds the co-occurring entities listed.
const maxCooccurring = 24

func (v *entityView) Render() app.UI {
	info, _ := v.Lib.stats().entity(v.Entity.ID)
	if info == nil {
		info = &entityInfo{Entity: v.Entity}
	}
	e := v.Entity
	t := typeOf(e.Type)
	byDate := make([]articleTally, len(info.Articles))
	copy(byDate, info.Articles)
	sort.SliceStable(byDate, func(i, j int) bool {
		a, b := v.Lib.articleAt(byDate[i].Article), v.Lib.articleAt(byDate[j].Article)
		if (a.Published == "") != (b.Published == "") {
			return a.Published != ""
		}
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		return a.Title < b.Title
	})
	co := v.Lib.stats().cooccurring(e.ID)
	co = co[:min(len(co), maxCooccurring)]
	limit := max(v.limit, entityArticlesShown)
	mentioned := info.Articles[:min(len(info.Articles), limit)]
	return app.Article().Class("entity").Body(
		app.Header().Class("entity-head").Body(
			app.P().Class("kind").Body(app.Span().Class("hl-swatch t-"+t.Key).Text(t.Label)),
			app.H1().Text(e.Name),
			app.If(len(e.Aliases) > 0, func() app.UI {
				return app.P().Class("aliases").Text("Also written " + strings.Join(e.Aliases, ", "))
			}),
			app.P().Class("counts").Text(plural(info.Mentions, "mention", "mentions")+" in "+plural(len(info.Articles), "article", "articles")+
				quoteCount(len(info.Quotes))),
			app.P().Body(app.A().ID("entity-search").Href(searchURL("", entityFacet(e))).Text("Search the articles that mention "+e.Name)),
		),
		app.Section().Class("entity-timeline").Aria("labelledby", "timeline-title").Body(
			app.H2().ID("timeline-title").Text("Time line"),
			app.If(len(byDate) == 0, func() app.UI { return app.P().Text("No article mentions it.") }),
			app.Ol().Class("timeline").Body(
				app.Range(byDate).Slice(func(i int) app.UI {
					a := v.Lib.articleAt(byDate[i].Article)
					return app.Li().Body(
						app.If(a.Published != "", func() app.UI {
							return app.Time().Class("when").DateTime(attrText(a.Published)).Text(dayLabel(a.Published))
						}).Else(func() app.UI {
							return app.Span().Class("when unknown").Text("Undated")
						}),
						app.A().Href(articlePath(a.ID)).Text(a.Title),
						app.Span().Class("count").Text(" · "+plural(byDate[i].Count, "mention", "mentions")),
					)
				}),
			),
		),
		app.If(len(info.Quotes) > 0, func() app.UI {
			return app.Section().Class("entity-quotes").Aria("labelledby", "quotes-title").Body(
				app.H2().ID("quotes-title").Text("In their words"),
				app.Range(info.Quotes).Slice(func(i int) app.UI {
					ref := info.Quotes[i]
					a := v.Lib.articleAt(ref.Article)
					q := a.Quotes[ref.Quote]
					return app.Figure().Class("said").Body(
						app.Blockquote().Body(app.P().Text(q.Span.Text(a))),
						app.FigCaption().Body(
							app.Text("— "+e.Name+", in "),
							app.A().Href(articlePath(a.ID)).Text(a.Title),
						),
					)
				}),
			)
		}),
		app.If(len(co) > 0, func() app.UI {
			return app.Section().Class("cooccurring").Aria("labelledby", "co-title").Body(
				app.H2().ID("co-title").Text("Appears with"),
				app.P().Class("help").Text("The number is how many articles mention both."),
				entityChips(v.Lib, co, true),
			)
		}),
		app.Section().Class("mentions").Aria("labelledby", "mentions-title").Body(
			app.H2().ID("mentions-title").Text("Every mention"),
			app.Range(mentioned).Slice(func(i int) app.UI {
				a := v.Lib.articleAt(mentioned[i].Article)
				return app.Div().Class("mention-group").Body(
					app.H3().Body(app.A().Href(articlePath(a.ID)).Text(a.Title)),
					app.Ul().Body(v.contexts(a)...),
				)
			}),
			app.If(len(info.Articles) > limit, func() app.UI {
				return app.Button().ID("more").Class("more").Text("Show more articles").
					OnClick(v.onMore)
			}),
		),
	)
}

func quoteCount(n int) string {
	if n == 0 {
		return ""
	}
	return ", " + plural(n, "quote", "quotes")
}

// contexts renders each mention of the entity in article a with the
// words around it.
func (v *entityView) contexts(a *corpus.Article) []app.UI {
	var out []app.UI
	for _, m := range a.Mentions {
		if m.Entity != v.Entity.ID {
			continue
		}
		before, hit, after, ok := mentionContext(a, m.Span, contextBytes)
		if !ok {
			continue
		}
		out = append(out, app.Li().Class("context").Body(
			app.Text(before),
			app.Mark().Class("ent t-"+typeOf(m.Type).Key).Text(hit),
			app.Text(after),
		))
	}
	return out
}

// contextBytes is about how much text shows on each side of a mention.
const contextBytes = 90

// mentionContext cuts the text around span s of article a: up to about n
// bytes on each side, at word boundaries, with "…" where it was cut. ok
// is false when the span does not fit the article.
func mentionContext(a *corpus.Article, s corpus.Span, n int) (before, hit, after string, ok bool) {
	hit = s.Text(a)
	if hit == "" {
		return "", "", "", false
	}
	p := a.Paragraphs[s.Para]
	from := s.Start - n
	if from <= 0 {
		from = 0
	} else {
		for from < s.Start && !utf8.RuneStart(p[from]) {
			from++
		}
		if i := strings.IndexByte(p[from:s.Start], ' '); i >= 0 {
			from += i + 1
		}
	}
	to := s.End + n
	if to >= len(p) {
		to = len(p)
	} else {
		for to > s.End && !utf8.RuneStart(p[to]) {
			to--
		}
		if i := strings.LastIndexByte(p[s.End:to], ' '); i >= 0 {
			to = s.End + i
		}
	}
	before, after = p[from:s.Start], p[s.End:to]
	if from > 0 {
		before = "…" + before
	}
	if to < len(p) {
		after += "…"
	}
	return before, hit, after, true
}

// entityTitle is the page title of an entity page.
func entityTitle(e *corpus.Entity) string {
	return e.Name + " · " + typeOf(e.Type).Label + " · Diptych"
}

// onMore shows the next articles. It reads the view's current limit, not a
// captured one: go-app keeps a button's first handler across renders when
// the new one comes from the same function literal.
func (v *entityView) onMore(ctx app.Context, e app.Event) {
	v.limit = max(v.limit, entityArticlesShown) + entityArticlesShown
}
