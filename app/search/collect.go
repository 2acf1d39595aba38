package search

import (
	"container/heap"
	"slices"
)

// better reports whether a ranks before b.
func better(a, b entry, byDate bool) bool {
	if byDate && a.date != b.date {
		return a.date > b.date // ISO dates sort as strings; "" (undated) last
	}
	if a.score != b.score {
		return a.score > b.score
	}
	return a.doc < b.doc
}

// hitHeap is a min-heap of the best entries so far: the root is the worst.
type hitHeap struct {
	es     []entry
	byDate bool
}

func (h *hitHeap) Len() int           { return len(h.es) }
func (h *hitHeap) Less(i, j int) bool { return better(h.es[j], h.es[i], h.byDate) }
func (h *hitHeap) Swap(i, j int)      { h.es[i], h.es[j] = h.es[j], h.es[i] }
func (h *hitHeap) Push(x any)         { h.es = append(h.es, x.(entry)) }
func (h *hitHeap) Pop() any {
	x := h.es[len(h.es)-1]
	h.es = h.es[:len(h.es)-1]
	return x
}

// wouldKeep reports whether push would keep en.
func (s *scratch) wouldKeep(en entry, need int, byDate bool) bool {
	return len(s.heap) < need || better(en, s.heap[0], byDate)
}

// push offers en to the top-need heap.
func (s *scratch) push(en entry, need int, byDate bool) {
	h := hitHeap{es: s.heap, byDate: byDate}
	if len(h.es) < need {
		heap.Push(&h, en)
	} else if better(en, h.es[0], byDate) {
		h.es[0] = en
		heap.Fix(&h, 0)
	}
	s.heap = h.es
}

// collect turns the heap into the requested page of hits.
func (e *Engine) collect(s *scratch, opts Options, res *Result) {
	byDate := opts.Sort == ByDate || len(s.heap) > 0 && allZero(s.heap)
	es := slices.Clone(s.heap)
	slices.SortFunc(es, func(a, b entry) int {
		if better(a, b, byDate) {
			return -1
		}
		return 1
	})
	if opts.Offset >= len(es) {
		return
	}
	es = es[opts.Offset:]
	s.arts = s.arts[:0]
	s.hints = s.hints[:0]
	for _, en := range es {
		a := e.docs.Article(en.doc)
		s.arts = append(s.arts, a)
		res.Hits = append(res.Hits, Hit{
			Doc: en.doc, ID: a.ID, Title: a.Title, Source: a.Source, Published: a.Published,
			Score: en.score, Snippet: Snippet{Para: en.para},
		})
		s.hints = append(s.hints, en.hint)
	}
}

func allZero(es []entry) bool {
	for _, en := range es {
		if en.score != 0 {
			return false
		}
	}
	return true
}
