package compare

import (
	"cmp"
	"slices"

	"diptych/corpus"
)

// Story is a set of articles about one story laid on a time line: the
// story view's data. It is meant for the few to few dozen articles a
// reader looks at together (an article and its related list, or a small
// corpus), not for a whole corpus of thousands: its cost grows with the
// square of the articles (see BenchmarkNewStory).
type Story struct {
	// Order lists the articles' positions (indices into the slice given to
	// NewStory) by publication date, earliest first; undated articles come
	// last, in the order given.
	Order []int `json:"order"`
	// Similarity[i][j] is Similarity of articles Order[i] and Order[j]
	// (1 on the diagonal).
	Similarity [][]float64 `json:"similarity"`
	// Figures are the figures that measure the same thing across articles,
	// each series ordered as a progression; nil unless StoryOptions.Figures.
	Figures []FigureSeries `json:"figures"`
}

// StoryOptions tunes NewStory.
type StoryOptions struct {
	// Figures asks for the figure series. They cost a sentence comparison
	// of every two articles (about 1 ms per pair natively), so a view may
	// ask for them only for a handful of articles, or on demand.
	Figures bool
}

// FigureSeries is one quantity as several articles report it ("deaths in
// Gaza": 27,585, over 40,000, 45,000).
type FigureSeries struct {
	Measure string `json:"measure"`
	// Points are ordered by article date (undated last), then by value.
	Points []FigurePoint `json:"points"`
}

// FigurePoint is one article's report of a series' quantity.
type FigurePoint struct {
	// Article is the article's position in the slice given to NewStory.
	Article int `json:"article"`
	FigureRef
}

// NewStory lays articles on a time line. docs are their document vectors
// in the same order (as the index stores them); when docs is nil they are
// computed from the articles alone.
func NewStory(articles []*corpus.Article, docs []Doc, opt StoryOptions) *Story {
	n := len(articles)
	if len(docs) != n {
		vals := make([]corpus.Article, n)
		for i, a := range articles {
			vals[i] = *a
		}
		docs = Vectors(vals, DefaultVectorParams)
	}
	s := &Story{Order: make([]int, n)}
	for i := range s.Order {
		s.Order[i] = i
	}
	slices.SortStableFunc(s.Order, func(a, b int) int { return compareDates(articles[a].Published, articles[b].Published) })
	s.Similarity = make([][]float64, n)
	for i, a := range s.Order {
		s.Similarity[i] = make([]float64, n)
		for j, b := range s.Order {
			if a == b {
				s.Similarity[i][j] = 1
			} else {
				s.Similarity[i][j] = Similarity(&docs[a], &docs[b])
			}
		}
	}
	if opt.Figures {
		s.Figures = figureSeries(articles, s.Order)
	}
	return s
}

// compareDates orders ISO 8601 dates by calendar day, undated last.
func compareDates(a, b string) int {
	ta, okA := parseDate(a)
	tb, okB := parseDate(b)
	switch {
	case okA && okB:
		return cmp.Compare(ta, tb)
	case okA:
		return -1
	case okB:
		return 1
	}
	return 0
}

// figureSeries pairs the figures of every two articles (as Compare does)
// and joins pairs into series, strongest pairs first. Two series join only
// when no article would appear twice in the result and their counts are of
// the same people (see who): a chain of loose pairs cannot merge the toll
// of 7 October with that of a June raid.
func figureSeries(articles []*corpus.Article, order []int) []FigureSeries {
	an := newAnalyser()
	ans := make([]*analysed, len(articles))
	for i, a := range articles {
		ans[i] = an.analyse(a)
	}
	type key struct{ article, figure int }
	type link struct {
		a, b    key
		score   float64
		measure string
	}
	refs := map[key]FigureRef{}
	var links []link
	for i := range ans {
		for j := i + 1; j < len(ans); j++ {
			sim := similarityMatrix(ans[i], ans[j], DefaultAlignParams.EntityWeight)
			for _, p := range pairFigures(ans[i], ans[j], sim).Pairs {
				a, b := key{i, p.Left.Index}, key{j, p.Right.Index}
				refs[a], refs[b] = p.Left, p.Right
				links = append(links, link{a, b, p.Score, p.Measure})
			}
		}
	}
	slices.SortStableFunc(links, func(x, y link) int { return cmp.Compare(y.score, x.score) })

	group := map[key]int{} // figure -> series index
	var series [][]key
	var measures []string
	compatible := func(g []key, h []key) bool {
		for _, x := range g {
			for _, y := range h {
				wx, wy := who(refs[x].Unit), who(refs[y].Unit)
				if x.article == y.article || (wx != "" && wy != "" && wx != wy) {
					return false
				}
			}
		}
		return true
	}
	members := func(k key) []key {
		if g, ok := group[k]; ok {
			return series[g]
		}
		return []key{k}
	}
	for _, l := range links {
		ga, okA := group[l.a]
		gb, okB := group[l.b]
		if okA && okB && ga == gb {
			continue
		}
		if !compatible(members(l.a), members(l.b)) {
			continue
		}
		switch {
		case !okA && !okB:
			group[l.a], group[l.b] = len(series), len(series)
			series = append(series, []key{l.a, l.b})
			measures = append(measures, l.measure)
		case okA && !okB:
			group[l.b] = ga
			series[ga] = append(series[ga], l.b)
		case !okA && okB:
			group[l.a] = gb
			series[gb] = append(series[gb], l.a)
		default:
			for _, k := range series[gb] {
				group[k] = ga
			}
			series[ga] = append(series[ga], series[gb]...)
			series[gb] = nil
		}
	}

	rank := make([]int, len(articles))
	for r, a := range order {
		rank[a] = r
	}
	var out []FigureSeries
	for g, ks := range series {
		if len(ks) == 0 {
			continue
		}
		fs := FigureSeries{Measure: measures[g]}
		for _, k := range ks {
			fs.Points = append(fs.Points, FigurePoint{Article: k.article, FigureRef: refs[k]})
		}
		slices.SortFunc(fs.Points, func(a, b FigurePoint) int {
			return cmp.Or(cmp.Compare(rank[a.Article], rank[b.Article]),
				cmp.Compare(parseAmount(a.Value), parseAmount(b.Value)))
		})
		out = append(out, fs)
	}
	slices.SortFunc(out, func(a, b FigureSeries) int {
		return cmp.Or(cmp.Compare(len(b.Points), len(a.Points)), cmp.Compare(a.Measure, b.Measure),
			cmp.Compare(a.Points[0].Article, b.Points[0].Article), cmp.Compare(a.Points[0].Index, b.Points[0].Index))
	})
	return out
}
