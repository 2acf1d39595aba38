package search

import (
	"slices"

	"diptych/corpus"
)

// better reports whether a ranks before b.
func better(a, b entry, byDate bool) bool {
	if byDate && a.date != b.date {
		return a.date > b.date // newest first; undated last
	}
	if a.score != b.score {
		return a.score > b.score
	}
	return a.doc < b.doc
}

// The heap of the best entries so far is a min-heap on better: the root
// s.heap[0] is the worst kept entry.

// push offers en to the top-need heap.
func (s *scratch) push(en entry, need int, byDate bool) {
	h := s.heap
	if len(h) < need {
		h = append(h, en)
		// Sift up.
		for i := len(h) - 1; i > 0; {
			parent := (i - 1) / 2
			if !better(h[parent], h[i], byDate) {
				break
			}
			h[parent], h[i] = h[i], h[parent]
			i = parent
		}
		s.heap = h
		return
	}
	if !better(en, h[0], byDate) {
		return
	}
	h[0] = en
	siftDown(h, 0, byDate)
}

// collect turns the heap into the requested page of hits.
func (e *Engine) collect(s *scratch, opts Options, res *Result) {
	byDate := opts.Sort == ByDate || len(s.heap) > 0 && allZero(s.heap)
	es := s.heap
	sortEntries(es, byDate)
	if opts.Offset >= len(es) {
		return
	}
	es = es[opts.Offset:]
	res.Hits = slices.Grow(res.Hits, len(es))
	s.arts = s.arts[:0]
	arts, inSlice := e.docs.(Articles) // read in place, not copied (the app's case)
	for _, en := range es {
		var a *corpus.Article
		if inSlice {
			a = &arts[en.doc]
		} else {
			art := e.docs.Article(en.doc)
			a = &art
		}
		if !opts.NoSnippets { // the snippets' text; a copy not made for nothing
			s.arts = append(s.arts, *a)
		}
		res.Hits = append(res.Hits, Hit{
			Doc: en.doc, ID: a.ID, Title: a.Title, Source: a.Source, Published: a.Published,
			Score: en.score,
		})
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

// sortEntries sorts es best first: a page or so by insertion (no call
// per comparison), more by slices.SortFunc. better is a strict order, so
// both give the one sorted order.
func sortEntries(es []entry, byDate bool) {
	if len(es) <= 16 {
		for i := 1; i < len(es); i++ {
			x := es[i]
			j := i
			for ; j > 0 && better(x, es[j-1], byDate); j-- {
				es[j] = es[j-1]
			}
			es[j] = x
		}
		return
	}
	slices.SortFunc(es, func(a, b entry) int {
		if better(a, b, byDate) {
			return -1
		}
		return 1
	})
}

// partitionTop moves the k best entries of es to es[:k], in no particular
// order, in O(len(es)) on average: the k-th best score is found by
// quickselect over the plain scores (copied into buf, which it returns for
// reuse), the entries above it are moved to the front, then those equal
// to it, the first in document order kept (as better ranks them).
func partitionTop(es []entry, k int, buf []float64) []float64 {
	if k <= 0 || k >= len(es) {
		return buf
	}
	buf = buf[:0]
	for _, en := range es {
		buf = append(buf, en.score)
	}
	cut := kthLargest(buf, k)
	i := 0
	for j := range es {
		if es[j].score > cut {
			es[i], es[j] = es[j], es[i]
			i++
		}
	}
	t := i
	for j := i; j < len(es); j++ {
		if es[j].score == cut {
			es[t], es[j] = es[j], es[t]
			t++
		}
	}
	if t > k {
		slices.SortFunc(es[i:t], func(a, b entry) int { return a.doc - b.doc })
	}
	return buf
}
