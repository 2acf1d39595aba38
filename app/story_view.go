package main

import (
	"math"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/compare"
	"diptych/corpus"
)

// storyView is "/story" (and "/compare" with no ids): the articles on a
// time line, a matrix of how similar every two are (each cell a link to
// their comparison), and the figures they report as progressions.
type storyView struct {
	app.Compo

	Lib *library

	// articles and story are computed once per library.
	articles []*corpus.Article
	story    *compare.Story
	lib      *library
}

// maxStoryArticles bounds the matrix: its cells grow with the square of
// the articles. A larger corpus shows its newest articles.
const maxStoryArticles = 30

func (v *storyView) data() ([]*corpus.Article, *compare.Story) {
	if v.story == nil || v.lib != v.Lib {
		all := v.Lib.all() // newest first
		if len(all) > maxStoryArticles {
			all = all[:maxStoryArticles]
		}
		v.lib, v.story = v.Lib, v.Lib.story(all)
		v.articles = make([]*corpus.Article, len(all))
		for k, i := range v.story.Order {
			v.articles[k] = all[i]
		}
	}
	return v.articles, v.story
}

func (v *storyView) Render() app.UI {
	as, st := v.data()
	total := len(v.Lib.ix.Articles)
	top := topSimilarity(st)
	return app.Section().Class("story").Body(
		app.H1().Text("The story so far"),
		app.P().Class("intro").Text(storyIntro(len(as), total, undated(as))),
		app.H2().Text("Time line"),
		app.Ol().Class("time-line").Body(
			app.Range(as).Slice(func(i int) app.UI {
				a := as[i]
				return app.Li().Body(
					app.Span().Class("n").Text(strconv.Itoa(i+1)),
					app.Div().Body(
						app.A().Href(articlePath(a.ID)).Text(a.Title),
						articleMeta(a),
						app.If(i+1 < len(as), func() app.UI {
							return app.A().Class("pair").Href(comparePath(a.ID, as[i+1].ID)).
								Text("Compare with the next article (" + percent(st.Similarity[i][i+1]) + " similar)")
						}),
					),
				)
			}),
		),
		app.H2().ID("matrix-h").Text("How alike they are"),
		app.P().Class("hint").Text("Each cell compares the article of its row (left) with that of its column (right). Darker is more similar, relative to the most similar pair."),
		app.Div().Class("table-wrap").Body(
			app.Table().Class("matrix").Aria("labelledby", "matrix-h").Body(
				app.THead().Body(app.Tr().Body(
					app.Td(),
					app.Range(as).Slice(func(j int) app.UI {
						return app.Th().Scope("col").Body(
							app.Span().Aria("hidden", "true").Text(strconv.Itoa(j+1)),
							app.Span().Class("visually-hidden").Text(as[j].Title),
						)
					}),
				)),
				app.TBody().Body(
					app.Range(as).Slice(func(i int) app.UI {
						return app.Tr().Body(
							app.Th().Scope("row").Body(
								app.Span().Class("n").Text(strconv.Itoa(i+1)),
								app.Span().Class("title").Text(clip(as[i].Title, 48)),
							),
							app.Range(as).Slice(func(j int) app.UI {
								if i == j {
									return app.Td().Class("self").Body(app.Span().Aria("hidden", "true").Text("·"))
								}
								s := st.Similarity[i][j]
								return app.Td().Class("sim" + strconv.Itoa(simBucket(s, top))).Body(
									app.A().Href(comparePath(as[i].ID, as[j].ID)).
										Aria("label", attrText("Compare "+clip(as[i].Title, 60)+" with "+clip(as[j].Title, 60)+": "+percent(s)+" similar")).
										Text(strconv.Itoa(int(s*100 + 0.5))),
								)
							}),
						)
					}),
				),
			),
		),
		app.If(len(st.Figures) > 0, func() app.UI {
			return app.Div().Class("series").Body(
				app.H2().Text("Figures as the story unfolds"),
				app.Range(st.Figures).Slice(func(k int) app.UI {
					fs := st.Figures[k]
					return app.Section().Class("serie").Body(
						app.H3().Text(seriesTitle(st.Figures, k)),
						app.Ol().Body(app.Range(fs.Points).Slice(func(p int) app.UI {
							pt := fs.Points[p]
							a := as[rankOf(st, pt.Article)]
							return app.Li().Body(
								app.Strong().Text(pt.Text),
								app.Span().Class("date").Text(orUnknown(shortDate(pt.Date))),
								app.A().Href(articlePath(a.ID)).Text(clip(a.Title, 60)),
							)
						})),
					)
				}),
			)
		}),
	)
}

// rankOf returns the time-line position of the article NewStory knew as i.
func rankOf(st *compare.Story, i int) int {
	for k, j := range st.Order {
		if j == i {
			return k
		}
	}
	return 0
}

func orUnknown(s string) string {
	if s == "" {
		return "date unknown"
	}
	return s
}

// simBucket maps a similarity to one of six shades, relative to the
// greatest similarity of two different articles in the matrix (top), so
// that a story whose articles are all 10-25% alike still shows which
// pairs are closest.
func simBucket(s, top float64) int {
	if top <= 0 {
		return 0
	}
	return min(5, max(0, int(math.Round(5*s/top))))
}

// topSimilarity is the greatest similarity of two different articles.
func topSimilarity(st *compare.Story) float64 {
	var top float64
	for i, row := range st.Similarity {
		for j, s := range row {
			if i != j {
				top = max(top, s)
			}
		}
	}
	return top
}

func storyIntro(shown, total, undated int) string {
	s := plural(shown, "article", "articles") + ", oldest first"
	if shown < total {
		s = "The " + strconv.Itoa(shown) + " newest of " + strconv.Itoa(total) + " articles, oldest first"
	}
	switch {
	case undated == shown && shown > 1:
		return s[:strings.LastIndex(s, ", oldest first")] + "; none has a known date, so their order says nothing."
	case undated == 1:
		return s + "; the one without a known date comes last."
	case undated > 1:
		return s + "; the " + strconv.Itoa(undated) + " without a known date come last."
	}
	return s + "."
}

// undated counts the articles with no known publication date.
func undated(as []*corpus.Article) int {
	n := 0
	for _, a := range as {
		if a.Published == "" {
			n++
		}
	}
	return n
}

// seriesTitle names series k by its measure, numbering the measures that
// several series share ("deaths", "deaths, 2nd count").
func seriesTitle(all []compare.FigureSeries, k int) string {
	n := 0
	for _, fs := range all[:k] {
		if fs.Measure == all[k].Measure {
			n++
		}
	}
	title := all[k].Measure
	if n > 0 {
		title += ", count " + strconv.Itoa(n+1)
	}
	return title + " (" + plural(len(all[k].Points), "report", "reports") + ")"
}
