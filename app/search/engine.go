package search

import (
	"fmt"
	"slices"
	"sync"

	"diptych/corpus"
	"diptych/corpus/index"
	"diptych/corpus/text"
)

// Docs gives the engine the articles behind the search section's document
// numbers: the index's document store in the app, a slice in tests.
type Docs interface {
	// Len returns the number of documents.
	Len() int
	// Article returns document i (0 <= i < Len()).
	Article(i int) corpus.Article
}

// Articles adapts a slice of articles to [Docs].
type Articles []corpus.Article

// Len implements [Docs].
func (a Articles) Len() int { return len(a) }

// Article implements [Docs].
func (a Articles) Article(i int) corpus.Article { return a[i] }

// FromIndex returns an engine over a decoded index file, with
// [DefaultParams].
func FromIndex(ix *index.Index) (*Engine, error) {
	return New(ix.Search, Articles(ix.Articles))
}

// Engine answers queries over one index. It is safe for concurrent use.
type Engine struct {
	x      *index.Search
	docs   Docs
	params Params
	byID   map[string]int
	// entTerms and srcTerms are the analysed names of entities and
	// sources, for filters.
	entTerms [][]string
	srcTerms [][]string
	// scale holds, per document and field, the field's weight over its
	// BM25 length normalisation; bodyNorm the body's normalisation.
	scale    []float32
	bodyNorm []float32
	// im holds the postings decoded, with their scores' query-independent
	// part (impacts.go).
	im *impacts
	// words finds the forms and terms of query words (words.go).
	words words
	// dateRank[d] orders document d's publication date among all the
	// documents' (equal dates, equal ranks; "" lowest), for entry.date.
	dateRank []int32
	// free holds idle working memories: a search takes one (or makes
	// one) and gives it back. Unlike a sync.Pool it is not emptied by
	// garbage collection, so caches and buffers survive between searches.
	mu   sync.Mutex
	free []*scratch
}

// New returns an engine over search section x and its documents, with
// [DefaultParams].
func New(x *index.Search, docs Docs) (*Engine, error) {
	return NewWithParams(x, docs, DefaultParams())
}

// NewWithParams is [New] with ranking parameters p.
func NewWithParams(x *index.Search, docs Docs, p Params) (*Engine, error) {
	if docs.Len() != x.NumDocs() {
		return nil, fmt.Errorf("new search engine: index has %d documents, store has %d", x.NumDocs(), docs.Len())
	}
	if p.MaxExpansions <= 0 {
		p.MaxExpansions = 1
	}
	e := &Engine{x: x, docs: docs, params: p, byID: make(map[string]int, docs.Len())}
	for i := range docs.Len() {
		e.byID[docs.Article(i).ID] = i
	}
	e.scale = make([]float32, x.NumDocs()*index.NumFields)
	e.bodyNorm = make([]float32, x.NumDocs())
	for d := range x.NumDocs() {
		for f := range index.Field(index.NumFields) {
			norm := 1 - p.B[f]
			if avg := float64(x.AvgFieldLen(f)); avg > 0 {
				norm += p.B[f] * float64(x.FieldLen(d, f)) / avg
			}
			if norm <= 0 {
				norm = 1
			}
			e.scale[d*index.NumFields+int(f)] = float32(p.Weight[f] / norm)
			if f == index.FieldBody {
				e.bodyNorm[d] = float32(norm)
			}
		}
	}
	e.im = newImpacts(x, e.scale, p.K1)
	e.words = newWords(x)
	dates := make([]string, x.NumDocs())
	for d := range dates {
		dates[d] = x.Doc(d).Published
	}
	e.dateRank = dateRanks(dates)
	an := text.NewAnalyzer()
	var toks []text.Token
	names := func(s string) []string {
		toks = an.Tokens(s, toks[:0])
		out := make([]string, 0, len(toks))
		for _, t := range toks {
			out = append(out, t.Term)
		}
		return out
	}
	e.entTerms = make([][]string, x.NumEntities())
	for i := range x.NumEntities() {
		_, name, _ := x.Entity(i)
		e.entTerms[i] = names(name)
	}
	e.srcTerms = make([][]string, x.NumSources())
	for i := range x.NumSources() {
		e.srcTerms[i] = names(x.Source(i))
	}
	return e, nil
}

// SortOrder is how hits are ordered.
type SortOrder uint8

const (
	// ByRelevance orders hits by score, best first (the default).
	ByRelevance SortOrder = iota
	// ByDate orders hits by publication date, newest first; undated
	// articles come last; ties by score.
	ByDate
)

// Options tune one search. The zero value asks for the ten best hits with
// snippets and facets.
type Options struct {
	// K is the number of hits to return (default 10).
	K int
	// Offset skips the first Offset hits (for paging).
	Offset int
	// Sort is the order of hits.
	Sort SortOrder
	// Typing treats the last word as a prefix unless the query ends in a
	// space (search as you type).
	Typing bool
	// Plain reads the query as plain free text, without operators or
	// filters (for natural-language queries from another system).
	Plain bool
	// NoSnippets and NoFacets skip work the caller does not need.
	NoSnippets, NoFacets bool
}

// Result is the answer to a query.
type Result struct {
	// Hits are the requested page of matching articles.
	Hits []Hit
	// Total is the number of matching articles.
	Total int
	// Facets count the matching articles by entity, source and month.
	Facets Facets
	// Notes explain how a malformed query was read ("unbalanced quote:
	// ..."), for display under the search box.
	Notes []string
	// DidYouMean is the query with unknown words replaced by the nearest
	// indexed words, or "" when every word is known.
	DidYouMean string
	// Terms are the analysed words of the query that hits may contain
	// (index terms, stems), for highlighting.
	Terms []string
}

// Hit is one matching article.
type Hit struct {
	// Doc is the document number in the index.
	Doc       int
	ID        string
	Title     string
	Source    string
	Published string
	// Score is the relevance score (higher is better); only comparable
	// within one result.
	Score float64
	// Snippet is the best passage of the body for the query.
	Snippet Snippet
}

// Snippet is a passage of an article with the query's matches marked.
type Snippet struct {
	// Para is the paragraph the passage comes from, or -1 when the
	// article has no body.
	Para int
	// Text is the passage; "…" marks where it was cut.
	Text string
	// Matches are the byte offsets [start, end) in Text of matched words.
	Matches [][2]int
}

// Facets count the matching articles (all of them, not only a page).
type Facets struct {
	// Persons, Orgs and Places are the most mentioned entities of each
	// type, most articles first.
	Persons, Orgs, Places []FacetCount
	// Sources are the publishers, most articles first.
	Sources []FacetCount
	// Months are "YYYY-MM" periods, oldest first.
	Months []FacetCount
}

// FacetCount is one facet value and how many matching articles have it.
type FacetCount struct {
	// Value is what a filter takes: the entity id, source name or month.
	Value string
	// Label is what to show: the entity's name, source name or month.
	Label string
	Count int
}

// maxFacetValues bounds each facet list.
const maxFacetValues = 10

// Search runs query q. It never fails: a malformed query is read as well as
// possible and explained in Result.Notes.
func (e *Engine) Search(q string, opts Options) Result {
	var res Result
	e.SearchInto(q, opts, &res)
	return res
}

// SearchInto is [Engine.Search] into res, reusing the memory of res's
// slices (Hits, Notes, Terms) from a previous search: a caller that
// answers many queries one after the other (the JavaScript API) then
// allocates almost nothing, which spares the garbage collector.
func (e *Engine) SearchInto(q string, opts Options, res *Result) {
	*res = Result{Hits: res.Hits[:0], Notes: res.Notes[:0], Terms: res.Terms[:0]}
	if opts.K <= 0 {
		opts.K = 10
	}
	if opts.Offset < 0 {
		opts.Offset = 0
	}
	s := e.getScratch()
	defer e.putScratch(s)
	pq := &s.query
	if opts.Plain {
		s.clauses = parsePlainInto(q, pq, s.clauses)
	} else {
		*pq = Parse(q, opts.Typing)
	}
	p := e.compile(s, pq)
	res.Notes = append(res.Notes, pq.Notes...)
	e.run(s, p, &pq.Filters, opts, res)
	res.DidYouMean = e.didYouMean(s, q, pq)
	res.Terms = e.highlightTerms(s, p, res.Terms)
	if !opts.NoSnippets {
		e.locate(s, p, res.Hits)
		terms := e.snippetTerms(p, res.Terms)
		for i := range res.Hits {
			res.Hits[i].Snippet = e.snippet(s, terms, res.Hits[i].Doc, &s.arts[i], res.Hits[i].Snippet.Para, s.hints[i])
		}
	}
}

// maxIdleScratch bounds the idle working memories kept (one per concurrent
// search is enough).
const maxIdleScratch = 8

func (e *Engine) getScratch() *scratch {
	e.mu.Lock()
	defer e.mu.Unlock()
	if n := len(e.free); n > 0 {
		s := e.free[n-1]
		e.free = e.free[:n-1]
		return s
	}
	return newScratch(e.x)
}

func (e *Engine) putScratch(s *scratch) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if len(e.free) < maxIdleScratch {
		e.free = append(e.free, s)
	}
}

// dateRanks ranks publication dates in string order (ISO dates sort as
// strings): equal dates get equal ranks, "" the lowest.
func dateRanks(dates []string) []int32 {
	sorted := slices.Clone(dates)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	ranks := make([]int32, len(dates))
	for d, date := range dates {
		i, _ := slices.BinarySearch(sorted, date)
		ranks[d] = int32(i)
	}
	return ranks
}
