package main

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"diptych/app/compare"
	"diptych/app/search"
	"diptych/corpus"
	"diptych/corpus/index"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// library is the decoded corpus the views read from: the embedded index
// and what is derived from it, at start-up or on first use (the lazy
// fields, each made once under its own sync.Once). Apart from those and
// the comparer (cmpMu), it is read-only after newLibrary, so views share
// one library without locking.
type library struct {
	ix *index.Index
	// engineOnce makes the search engine on first use (searchEngine): in
	// the browser, making it at start-up would delay the first view of a
	// cold start (WebAssembly compiles each function on first use), and
	// browsing needs no search.
	engineOnce lazy[engineOrErr]
	// byDate lists article positions newest first; undated articles last,
	// by title.
	byDate []int
	// restOnce decodes what a cold start's first view does not need: the
	// search, vectors, related and sentences sections (see complete).
	restOnce lazy[error]
	// statsOnce makes the entity statistics the views show (see stats).
	statsOnce lazy[*entityStats]
	// docsOnce makes the stored document vectors (see docs).
	docsOnce lazy[[]compare.Doc]
	// cmp keeps the comparison engine's caches for the session; cmpMu
	// guards it because the server pre-renders pages concurrently.
	cmpMu sync.Mutex
	cmp   *compare.Comparer
	// compared is set by the first comparison (see warmUpWhenIdle).
	compared bool
	// searchWarm runs warmUpSearch once per session.
	searchWarm sync.Once
}

// newLibrary decodes the embedded index. A damaged index is reported, not
// fatal: the app then shows what went wrong instead of a blank page.
func newLibrary(data string) (*library, error) {
	t := perfNow()
	ix, rest, err := index.DecodeHead(data)
	if err != nil {
		return nil, err
	}
	perfMeasure("diptych:start:decode", t)
	lib := &library{ix: ix, byDate: make([]int, len(ix.Articles)), cmp: compare.NewComparer()}
	lib.restOnce.make = func() error {
		t := perfNow()
		defer perfMeasure("diptych:decode-rest", t)
		return rest()
	}
	lib.statsOnce.make = func() *entityStats {
		t := perfNow()
		defer perfMeasure("diptych:stats-made", t)
		return newEntityStats(ix)
	}
	lib.engineOnce.make = func() engineOrErr {
		if err := lib.complete(); err != nil {
			return engineOrErr{err: err}
		}
		t := perfNow()
		defer perfMeasure("diptych:engine-made", t)
		e, err := search.FromIndex(ix)
		return engineOrErr{e, err}
	}
	lib.docsOnce.make = func() []compare.Doc {
		if lib.complete() != nil {
			return nil
		}
		return compare.StoredDocs(ix)
	}
	if !app.IsClient {
		// The server pre-renders at once and fails at start-up; the
		// browser makes these on first use.
		if err := lib.complete(); err != nil {
			return nil, err
		}
		if _, err := lib.searchEngine(); err != nil {
			return nil, err
		}
		lib.stats()
		lib.docs()
	}
	for i := range lib.byDate {
		lib.byDate[i] = i
	}
	// slices' generic sort rather than sort.SliceStable, whose reflection
	// is code a cold start would otherwise compile for this alone.
	as := ix.Articles
	slices.SortStableFunc(lib.byDate, func(i, j int) int {
		a, b := &as[i], &as[j]
		if (a.Published == "") != (b.Published == "") {
			if a.Published != "" {
				return -1
			}
			return 1
		}
		if c := strings.Compare(b.Published, a.Published); c != 0 {
			return c
		}
		return strings.Compare(a.Title, b.Title)
	})
	return lib, nil
}

// complete decodes the rest of the index on first use (see
// index.DecodeHead): the search engine, similarity, related articles and
// comparisons call it first. The whole file's checksum and section table
// were checked at start-up; an error here means a section the build
// wrote is unreadable, and search says so.
func (l *library) complete() error { return l.restOnce.get() }

// stats returns the entity statistics, made on first use: a cold start's
// first view needs none of them (result entries read their articles' own
// mentions, see keyEntities), and making them is WebAssembly's first run
// of that code.
func (l *library) stats() *entityStats { return l.statsOnce.get() }

// docs returns the stored document vectors by article position, what
// similarity and related score with (see app/compare), made on first use.
func (l *library) docs() []compare.Doc { return l.docsOnce.get() }

// engineOrErr is the search engine, or why it could not be made.
type engineOrErr struct {
	e   *search.Engine
	err error
}

// searchEngine returns the search engine, made on first use.
func (l *library) searchEngine() (*search.Engine, error) {
	r := l.engineOnce.get()
	return r.e, r.err
}

// article returns the article with the given id.
func (l *library) article(id string) (*corpus.Article, bool) { return l.ix.Article(id) }

// maxHits bounds the results shown for one query.
const maxHits = 100

// searchInto answers q into res; if the engine could not be made, res
// says why in a note.
func (l *library) searchInto(q string, opts search.Options, res *search.Result) {
	e, err := l.searchEngine()
	if err != nil {
		*res = search.Result{Notes: []string{"Search is unavailable: " + err.Error()}}
		return
	}
	e.SearchInto(q, opts, res)
}

// searchTop runs q as the reader types it (ranked, the last word a
// prefix) for the k best hits (at most maxHits), with the facet counts if
// counts is set.
func (l *library) searchTop(q string, k int, counts bool) search.Result {
	var res search.Result
	l.searchInto(q, search.Options{K: min(max(k, 1), maxHits), Typing: true, NoFacets: !counts}, &res)
	return res
}

// warmUpSearch runs a search as the reader's first key would: two
// letters of a word from the newest title, hits with snippets, no counts.
// The first key then does not pay for WebAssembly compiling the engine's
// code on first use and for the stem cache filling up.
func (l *library) warmUpSearch() { l.searchWarm.Do(l.warmUpSearchNow) }

func (l *library) warmUpSearchNow() {
	q := "th"
	if len(l.byDate) > 0 {
		for _, w := range strings.Fields(l.ix.Articles[l.byDate[0]].Title) {
			if r := []rune(w); len(r) >= 2 && unicode.IsLetter(r[0]) && unicode.IsLetter(r[1]) {
				q = string(r[:2])
				break
			}
		}
	}
	t := perfNow()
	l.searchTop(q, firstHits, false)
	perfMeasure("diptych:search-warm-up", t)
}

// facetCounts counts the facets of the articles q matches (read as
// search reads it), without ranking snippets.
func (l *library) facetCounts(q string) search.Facets {
	var res search.Result
	l.searchInto(q, search.Options{K: 1, Typing: true, NoSnippets: true}, &res)
	return res.Facets
}

// articleAt returns the article at position i of the index.
func (l *library) articleAt(i int) *corpus.Article { return &l.ix.Articles[i] }

// all returns every article, newest first.
func (l *library) all() []*corpus.Article {
	out := make([]*corpus.Article, len(l.byDate))
	for k, i := range l.byDate {
		out[k] = &l.ix.Articles[i]
	}
	return out
}
