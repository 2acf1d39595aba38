package main

import (
	"sort"

	"diptych/corpus"
	"diptych/corpus/index"
)

// library is the decoded corpus the views read from: the embedded index
// and what is derived from it once at start-up. It is read-only after
// newLibrary, so views share one library without locking.
type library struct {
	ix *index.Index
	// byDate lists article positions newest first; undated articles last,
	// by title.
	byDate []int
}

// newLibrary decodes the embedded index. A damaged index is reported, not
// fatal: the app then shows what went wrong instead of a blank page.
func newLibrary(data string) (*library, error) {
	ix, err := index.Decode(data)
	if err != nil {
		return nil, err
	}
	lib := &library{ix: ix, byDate: make([]int, len(ix.Articles))}
	for i := range lib.byDate {
		lib.byDate[i] = i
	}
	as := ix.Articles
	sort.SliceStable(lib.byDate, func(i, j int) bool {
		a, b := &as[lib.byDate[i]], &as[lib.byDate[j]]
		if (a.Published == "") != (b.Published == "") {
			return a.Published != ""
		}
		if a.Published != b.Published {
			return a.Published > b.Published
		}
		return a.Title < b.Title
	})
	return lib, nil
}

// article returns the article with the given id.
func (l *library) article(id string) (*corpus.Article, bool) { return l.ix.Article(id) }

// search returns the articles matching q, newest first.
func (l *library) search(q string) []*corpus.Article {
	match := l.ix.Match(q)
	hit := make(map[int]bool, len(match))
	for _, m := range match {
		hit[m] = true
	}
	out := make([]*corpus.Article, 0, len(match))
	for _, i := range l.byDate {
		if hit[i] {
			out = append(out, &l.ix.Articles[i])
		}
	}
	return out
}

// all returns every article, newest first.
func (l *library) all() []*corpus.Article {
	out := make([]*corpus.Article, len(l.byDate))
	for k, i := range l.byDate {
		out[k] = &l.ix.Articles[i]
	}
	return out
}
