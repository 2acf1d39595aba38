package main

import (
	"runtime"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"diptych/app/compare"
	"diptych/corpus"
)

// The library's comparison side: article similarity from the stored
// document vectors and related lists, and comparisons through one
// compare.Comparer per session. Views call these; they do not touch the
// engine directly.

// position returns the position of article id in the index.
func (l *library) position(id string) (int, bool) { return l.ix.Position(id) }

// similarity returns how alike articles a and b are, in [0, 1]: the score
// the related lists and `go run ./build related` rank by. Unknown ids
// score 0.
func (l *library) similarity(a, b string) float64 {
	i, okA := l.position(a)
	j, okB := l.position(b)
	docs := l.docs()
	if !okA || !okB || i >= len(docs) || j >= len(docs) {
		return 0
	}
	if i == j {
		return 1
	}
	return compare.Similarity(&docs[i], &docs[j])
}

// related returns the articles most similar to article id, most similar
// first, with their scores: the list stored at build time (up to 20), or,
// for an index without one, every other article ranked live.
func (l *library) related(id string) []compare.Neighbor {
	i, ok := l.position(id)
	docs := l.docs() // completes the index: l.ix.Related
	if !ok || i >= len(docs) {
		return nil
	}
	if i < len(l.ix.Related) && len(l.ix.Related[i]) > 0 {
		out := make([]compare.Neighbor, len(l.ix.Related[i]))
		for k, p := range l.ix.Related[i] {
			out[k] = compare.Neighbor{ID: l.ix.Articles[p].ID, Score: compare.Similarity(&docs[i], &docs[p])}
		}
		return out
	}
	return compare.Rank(&docs[i], docs, 20)
}

// compare compares two articles of the library. It never fails.
func (l *library) compare(left, right *corpus.Article) *compare.Comparison {
	return l.compareTraced(left, right, nil)
}

// compareTraced is compare, calling phase as each stage of the
// comparison ends (see compare.Options.Phase); phase may be nil.
func (l *library) compareTraced(left, right *corpus.Article, phase func(string)) *compare.Comparison {
	docs := l.docs() // completes the index: its sentences
	opt := compare.Options{Entities: l.entity, Phase: phase, Index: l.ix}
	if i, ok := l.position(left.ID); ok && i < len(docs) {
		opt.LeftDoc = &docs[i]
	}
	if j, ok := l.position(right.ID); ok && j < len(docs) {
		opt.RightDoc = &docs[j]
	}
	l.cmpMu.Lock()
	defer l.cmpMu.Unlock()
	l.compared = true
	return l.cmp.Compare(left, right, opt)
}

// entity looks up a canonical entity, for compare.Options.
func (l *library) entity(id string) (corpus.Entity, bool) {
	if e, ok := l.ix.Entity(id); ok {
		return *e, true
	}
	return corpus.Entity{}, false
}

// story lays the given articles (all when ids is empty) on a time line
// with their pairwise similarities.
func (l *library) story(articles []*corpus.Article) *compare.Story {
	stored, docs := l.docs(), make([]compare.Doc, len(articles))
	for k, a := range articles {
		if i, ok := l.position(a.ID); ok && i < len(stored) {
			docs[k] = stored[i]
		}
	}
	return compare.NewStory(articles, docs, compare.StoryOptions{Figures: len(articles) <= maxStoryFigures})
}

// maxStoryFigures bounds the articles the story view pairs figures for:
// that costs a sentence comparison of every two articles.
const maxStoryFigures = 12

// warmUpWhenIdle compares two articles once the browser is idle after
// start-up, unless the reader has compared two already, so that the reader's first comparison does not pay for
// WebAssembly compiling the engine's code on first use and for the stem
// cache filling up. It waits while the reader types (a keystroke in the
// search box within warmUpQuiet ms): the warm-up is one long task, which
// would hold up the next key. It does nothing on the server or for a
// library of fewer than two articles.
func (l *library) warmUpWhenIdle() {
	if l == nil || !app.IsClient || len(l.byDate) < 2 {
		return
	}
	win := app.Window()
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if typedWithin(warmUpQuiet) {
			win.Call("setTimeout", fn, warmUpQuiet)
			return nil
		}
		fn.Release()
		// TryLock: a comparison under way (the reader's own) is warming up
		// already; never make the reader's wait for this one.
		if !l.cmpMu.TryLock() {
			return nil
		}
		done := l.compared
		l.cmpMu.Unlock()
		if !done {
			l.compare(&l.ix.Articles[l.byDate[0]], &l.ix.Articles[l.byDate[1]])
		}
		return nil
	})
	if win.Get("requestIdleCallback").Truthy() {
		win.Call("requestIdleCallback", fn, map[string]any{"timeout": 2000})
		return
	}
	win.Call("setTimeout", fn, 500)
}

// warmUpQuiet is how long, in ms, the reader must not have typed for the
// warm-up to run.
const warmUpQuiet = 1500

// warmUpOnCompareLink compares two short articles once (warmUpPair),
// in the browser at start-up, when the page opened is a comparison (a
// shared /compare link), and records how long that took as the
// performance measure "diptych:warm-up". WebAssembly compiles each
// function on its first call: without this, that first comparison pays
// for compiling the engine's code; short articles keep the cost to little
// more than the compiling. Other pages leave it to warmUpWhenIdle, so
// their start-up does not pay for it (and it makes warmUpWhenIdle's
// own comparison needless). The view's first comparison is still recorded
// as the first "diptych:compare".
func (l *library) warmUpOnCompareLink() {
	if l == nil || !app.IsClient || parseRoute(app.Window().URL()).view != viewCompare {
		return
	}
	a, b, ok := warmUpPair(l.ix.Articles)
	if !ok {
		return
	}
	start := perfNow()
	l.compare(&l.ix.Articles[a], &l.ix.Articles[b])
	// The warm-up's first comparison decodes the rest of the index and
	// makes the stored vectors (see library.complete and docs): a
	// collection now, rather than in the middle of the reader's comparison
	// (measured: single stages of a first comparison took 10-15 ms more,
	// at random, without it).
	runtime.GC()
	perfMeasure("diptych:warm-up", start)
}

// warmUpPair returns the two articles the /compare warm-up compares: the
// two shortest that have figures, quotes and named entities, so that the
// warm-up runs (and WebAssembly compiles) every stage's code, or the two
// shortest of all when fewer than two have all three.
func warmUpPair(as []corpus.Article) (int, int, bool) {
	if a, b, ok := shortestTwo(as, func(x *corpus.Article) bool {
		return len(x.Figures) > 0 && len(x.Quotes) > 0 && slices.ContainsFunc(x.Mentions, func(m corpus.Mention) bool {
			return m.Entity != "" && isNamed(m.Type)
		})
	}); ok {
		return a, b, true
	}
	return shortestTwo(as, nil)
}

// shortestTwo returns the positions of the two articles with the shortest
// bodies (in bytes) among those keep accepts (all, if keep is nil), the
// shortest first, and false for fewer than two.
func shortestTwo(as []corpus.Article, keep func(*corpus.Article) bool) (int, int, bool) {
	a, b := -1, -1
	var sa, sb int
	for i := range as {
		if keep != nil && !keep(&as[i]) {
			continue
		}
		n := 0
		for _, p := range as[i].Paragraphs {
			n += len(p)
		}
		switch {
		case a < 0 || n < sa:
			a, b, sb = i, a, sa
			sa = n
		case b < 0 || n < sb:
			b, sb = i, n
		}
	}
	return a, b, b >= 0
}
