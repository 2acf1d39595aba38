package search

import (
	"math"
	"slices"

	"diptych/corpus/index"
)

// Pseudo-relevance feedback, RM3-style: the words that weigh most in the
// best documents of a first ranking are taken as a better statement of what
// the query is about, and the first ranking's best candidates are re-ranked
// with those words as extra, weighted query words. Only the order changes:
// the matching documents, Total and facets are the first pass's.

// feedbackEligible reports whether feedback applies to p.
func (e *Engine) feedbackEligible(p *plan, opts Options) bool {
	if e.params.Feedback <= 0 || e.params.FeedbackTerms <= 0 || opts.Sort != ByRelevance {
		return false
	}
	words := 0
	for _, g := range p.groups {
		if g.required {
			return false
		}
		words++
	}
	return words >= e.params.FeedbackMinWords
}

// fbTerm is a feedback word and its weight.
type fbTerm struct {
	term int
	w    float64
}

// rerank re-scores the candidates in s.heap with feedback words from the
// best of them and keeps the best need.
func (e *Engine) rerank(s *scratch, p *plan, need int) {
	es := s.heap
	if len(es) == 0 {
		return
	}
	fb := min(len(es), e.params.Feedback)
	if fb <= s.topK {
		selectTop(es[:s.topK], fb) // the best fb are among them
	} else {
		selectTop(es, fb)
	}
	terms := e.feedbackTerms(s, p, es[:fb])
	if len(terms) == 0 {
		selectTop(es, min(len(es), need))
		s.heap = es[:min(len(es), need)]
		return
	}
	// Each feedback word's postings add into one accumulator per
	// document (no test per posting), then the candidates take theirs.
	n := e.x.NumDocs()
	if len(s.acc2) != n {
		s.acc2 = make([]float64, n)
		s.gmax = make([]float64, n)
	}
	im := e.im
	for _, t := range terms {
		w := t.w * im.idf[t.term]
		lo, hi := im.start[t.term], im.start[t.term+1]
		docs, imp, acc := im.docs[lo:hi], im.imp[lo:hi:hi], s.acc2
		imp = imp[:len(docs)]
		for k, d := range docs {
			acc[d] += w * float64(imp[k])
		}
	}
	acc := s.acc2
	for i := range es {
		es[i].score += acc[es[i].doc]
	}
	clear(acc)
	selectTop(es, min(len(es), need))
	s.heap = es[:min(len(es), need)]
}

// selectTop moves the k best entries of es to its front, best first, in
// O(len(es)·log k); the rest are left in no particular order.
func selectTop(es []entry, k int) {
	if k <= 0 || len(es) == 0 {
		return
	}
	k = min(k, len(es))
	// Build a min-heap of the best k in es[:k] (worst at 0), swapping
	// better entries in from the rest.
	h := es[:k]
	for i := k/2 - 1; i >= 0; i-- {
		siftDown(h, i, false)
	}
	for i := k; i < len(es); i++ {
		if better(es[i], h[0], false) {
			h[0], es[i] = es[i], h[0]
			siftDown(h, 0, false)
		}
	}
	sortEntries(h, false)
}

// siftDown restores the min-heap (worst at the root, in the order better
// gives for byDate) below i.
func siftDown(h []entry, i int, byDate bool) {
	for {
		worst := i
		l, r := 2*i+1, 2*i+2
		if l < len(h) && better(h[worst], h[l], byDate) {
			worst = l
		}
		if r < len(h) && better(h[worst], h[r], byDate) {
			worst = r
		}
		if worst == i {
			return
		}
		h[i], h[worst] = h[worst], h[i]
		i = worst
	}
}

// feedbackTerms returns the feedback words from the documents top (best
// first): each word's weight is the sum over the documents of the
// document's weight times the word's share of the document's words (the
// relevance model), times the word's IDF so that words common everywhere
// do not dominate. A document's weight falls exponentially with its score's
// distance from the best ([Params.FeedbackSharpness]).
func (e *Engine) feedbackTerms(s *scratch, p *plan, top []entry) []fbTerm {
	best := top[0].score
	if best <= 0 {
		return nil
	}
	if len(s.fbW) != e.x.NumTerms() {
		s.fbW = make([]float64, e.x.NumTerms())
	}
	if len(s.inQuery) != e.x.NumTerms() {
		s.inQuery = make([]bool, e.x.NumTerms())
	}
	if !e.params.FeedbackQueryTerms {
		for _, sl := range p.slots {
			s.inQuery[sl.term] = true
		}
		defer func() {
			for _, sl := range p.slots {
				s.inQuery[sl.term] = false
			}
		}()
	}
	total := 0.0
	s.fbExp = s.fbExp[:0]
	for _, en := range top {
		x := math.Exp(e.params.FeedbackSharpness * (en.score - best) / best)
		s.fbExp = append(s.fbExp, x)
		total += x
	}
	s.fbTouched = s.fbTouched[:0]
	fd := &e.im.fb
	for i, en := range top {
		share := s.fbExp[i] / total
		length := fd.length[en.doc]
		if length == 0 {
			continue
		}
		perWord := share / float64(length)
		lo, hi := fd.start[en.doc], fd.start[en.doc+1]
		terms, freqs := fd.terms[lo:hi], fd.freqs[lo:hi:hi]
		freqs = freqs[:len(terms)]
		// Each word is written at the end of the touched list, and the
		// end moves on for a word not seen before (a select, not a
		// mispredicted branch; every addition is above zero).
		fbW, touched := s.fbW, s.fbTouched
		m := len(touched)
		touched = slices.Grow(touched, len(terms))[:m+len(terms)]
		for k, term := range terms {
			touched[m] = int(term)
			inc := 0
			if fbW[term] == 0 {
				inc = 1
			}
			m += inc
			fbW[term] += perWord * float64(freqs[k])
		}
		s.fbTouched = touched[:m]
	}
	cands, ws, fbW, fbIdfs := s.fbCands[:0], s.fbWs[:0], s.fbW, e.im.fbIdf
	for _, term := range s.fbTouched {
		w := fbW[term]
		fbW[term] = 0
		// A word of one document says nothing about others; stop words
		// and numbers say nothing at all (feedbackDocs holds none).
		fbIdf := fbIdfs[term]
		if fbIdf == 0 || !e.params.FeedbackQueryTerms && s.inQuery[term] {
			continue
		}
		cands = append(cands, fbTerm{term, w * fbIdf})
		ws = append(ws, w*fbIdf)
	}
	s.fbCands = cands
	var out []fbTerm
	out, s.fbWs = heaviest(cands, e.params.FeedbackTerms, s.fbTerms[:0], ws)
	s.fbTerms = out
	if len(out) == 0 {
		return nil
	}
	top0 := out[0].w
	for i := range out {
		out[i].w = e.params.FeedbackWeight * out[i].w / top0
	}
	return out
}

// feedbackDocs holds, for every document, its length in words (all
// fields) and the words feedback may add (those with a feedback IDF, see
// [impacts]) with their frequencies, in term order: decoded once when the
// engine is made, so that feedback reads flat arrays. The words feedback
// never adds (stop words, numbers, words of one document) are left out;
// they would be skipped anyway.
type feedbackDocs struct {
	// start[d] is document d's first word; start[NumDocs] the end.
	start  []int32
	terms  []int32
	freqs  []uint32
	length []int
}

// newFeedbackDocs decodes the documents' words of x, keeping those whose
// fbIdf is not 0.
func newFeedbackDocs(x *index.Search, fbIdf []float64) feedbackDocs {
	n := x.NumDocs()
	fd := feedbackDocs{start: make([]int32, n+1), length: make([]int, n)}
	var vec []index.TermFreq
	for d := range n {
		fd.start[d] = int32(len(fd.terms))
		for f := range index.Field(index.NumFields) {
			fd.length[d] += int(x.FieldLen(d, f))
		}
		vec = x.DocTerms(d, vec[:0])
		for _, tf := range vec {
			if fbIdf[tf.Term] != 0 {
				fd.terms = append(fd.terms, int32(tf.Term))
				fd.freqs = append(fd.freqs, uint32(tf.Freq))
			}
		}
	}
	fd.start[n] = int32(len(fd.terms))
	return fd
}

// heaviest appends to out the n heaviest of cands as insertTop keeps them
// offered one by one in order (heaviest first; equal weights by term, but
// a word offered once the list is full of heavier or equal ones left out).
// Only words at or above the n-th heaviest weight can end in the list:
// lighter ones are always its lightest, so they never cause a heavier one
// to be left out, and are themselves left out once n heavier or equal ones
// have come. So insertTop sees those words alone, in the same order, with
// the same result. ws holds the candidates' weights in order, or is
// memory for them (when its length is not theirs).
func heaviest(cands []fbTerm, n int, out []fbTerm, ws []float64) ([]fbTerm, []float64) {
	cut := math.Inf(-1)
	if len(cands) > n && n > 0 {
		if len(ws) != len(cands) {
			ws = ws[:0]
			for _, c := range cands {
				ws = append(ws, c.w)
			}
		}
		// Quickselect: a few hundred weights, too few for kthLargest's
		// buckets to pay.
		cut = quickselect(ws, n)
	}
	for _, c := range cands {
		if c.w < cut {
			continue
		}
		if k := len(out); k == n && c.w < out[k-1].w {
			continue // below the lightest kept (insertTop would say so, slower)
		}
		out = insertTop(out, c, n)
	}
	return out, ws
}

// insertTop inserts t into ts (sorted by weight, heaviest first) and keeps
// at most n.
func insertTop(ts []fbTerm, t fbTerm, n int) []fbTerm {
	if len(ts) == n && t.w <= ts[n-1].w {
		return ts
	}
	i := len(ts)
	for i > 0 && (ts[i-1].w < t.w || ts[i-1].w == t.w && ts[i-1].term > t.term) {
		i--
	}
	ts = slices.Insert(ts, i, t)
	if len(ts) > n {
		ts = ts[:n]
	}
	return ts
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 0x80 {
			return true
		}
	}
	return false
}
