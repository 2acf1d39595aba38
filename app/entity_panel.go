package main

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/corpus"
)

// maxPanelArticles bounds the other articles the entity panel lists.
const maxPanelArticles = 8

// entityPanel renders the panel about entity id opened from article here:
// its canonical name and type, its mentions here and across the corpus,
// the other articles that mention it, and links to its entity page and to
// a search narrowed by it. onClose closes the panel.
func entityPanel(lib *library, id string, here *corpus.Article, onClose app.EventHandler) app.UI {
	info, ok := lib.stats().entity(id)
	if !ok {
		return nil
	}
	ent := info.Entity
	t := typeOf(ent.Type)
	var others []articleTally
	for _, ac := range info.Articles {
		if lib.articleAt(ac.Article).ID != here.ID {
			others = append(others, ac)
		}
	}
	more := len(others) - maxPanelArticles
	others = others[:min(len(others), maxPanelArticles)]
	return app.Aside().ID("entity-panel").Class("entity-panel").Aria("label", "About "+attrText(ent.Name)).Body(
		app.Div().Class("panel-head").Body(
			app.P().Class("kind").Body(app.Span().Class("hl-swatch t-"+t.Key).Text(t.Label)),
			app.Button().Class("close").ID("panel-close").Aria("label", "Close the panel").Text("×").OnClick(onClose),
		),
		app.H2().ID("panel-name").Text(ent.Name),
		app.If(len(ent.Aliases) > 0, func() app.UI {
			return app.P().Class("aliases").Text("Also written " + strings.Join(ent.Aliases, ", "))
		}),
		app.P().Class("counts").Body(
			app.Strong().Text(plural(lib.stats().mentionsIn(id, here.ID), "mention", "mentions")),
			app.Text(" here · "+plural(info.Mentions, "mention", "mentions")+" in "+plural(len(info.Articles), "article", "articles")+" of the collection"),
		),
		app.If(len(others) > 0, func() app.UI {
			return app.Div().Body(
				app.H3().Text("Also in"),
				app.Ul().Class("panel-articles").Body(
					app.Range(others).Slice(func(i int) app.UI {
						o := lib.articleAt(others[i].Article)
						return app.Li().Body(
							app.A().Href(articlePath(o.ID)).Text(o.Title),
							app.Span().Class("count").Text(" · "+plural(others[i].Count, "mention", "mentions")),
						)
					}),
				),
				app.If(more > 0, func() app.UI {
					return app.P().Class("more").Text("and " + strconv.Itoa(more) + " more")
				}),
			)
		}).Else(func() app.UI {
			return app.P().Class("only-here").Text("No other article mentions it.")
		}),
		app.P().Class("panel-links").Body(
			app.A().ID("panel-entity").Href(entityPath(id)).Text("Everything about "+ent.Name),
			app.A().ID("panel-search").Href(searchURL("", entityFacet(ent))).Text("Articles mentioning "+ent.Name),
		),
	)
}

// entityFacet is the search facet that narrows results to entity e.
func entityFacet(e *corpus.Entity) facets {
	var f facets
	switch e.Type {
	case corpus.Org:
		f.Org = []string{e.ID}
	case corpus.Place:
		f.Place = []string{e.ID}
	default:
		f.Person = []string{e.ID}
	}
	return f
}
