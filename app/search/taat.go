package search

import (
	"math"
	"slices"

	"diptych/corpus/index"
)

// The term-at-a-time path ranks the common case, free text sorted by
// relevance, faster than the document-at-a-time walk: each word's postings
// are read on their own, without positions, into one score per document;
// only the best documents then have their words' positions read back for
// the proximity bonus. A phrase alternative (a hyphenated word) walks its
// own words together. Required groups (quoted phrases) and date order take
// the document-at-a-time path (daat).

// minScore stands for a match that scores nothing, so that the
// accumulators' zero can mean "no match".
const minScore = 1e-12

// taatEligible reports whether p can be ranked term at a time.
func taatEligible(p *plan, byDate bool) bool {
	if byDate {
		return false
	}
	for _, g := range p.groups {
		if g.required {
			return false
		}
	}
	return true
}

// taat scores every document matching p, counts Total and facets, and
// leaves the best need documents (at least proxTop, with their proximity
// bonus) in s.heap.
func (e *Engine) taat(s *scratch, p *plan, need int, opts Options, res *Result) {
	n := e.x.NumDocs()
	if len(s.acc2) != n {
		s.acc2 = make([]float64, n)
		s.gmax = make([]float64, n)
	}
	im := e.im
	for _, g := range p.groups {
		if a := &p.alts[g.alts[0]]; len(g.alts) == 1 && !a.phrase && len(a.terms) == 1 {
			// One word, the common case: straight into the accumulators,
			// remembering where each document's posting is for the
			// proximity bonus (see scratch.postingAt).
			si := a.terms[0]
			sl := &p.slots[si]
			w := a.weights[0] * sl.idf
			lo, hi := im.start[sl.term], im.start[sl.term+1]
			docs, imp := im.docs[lo:hi], im.imp[lo:hi:hi]
			imp = imp[:len(docs)]
			at := s.postingAt(si, n)
			acc := s.acc2[:n]
			if w*float64(im.minImp) >= minScore {
				// Every posting scores above minScore (a product
				// of non-negative floats is monotonic in each).
				for k, d := range docs {
					acc[d] += w * float64(imp[k])
					at[d] = lo + int32(k)
				}
				continue
			}
			for k, d := range docs {
				// A zero score would read as "no match" below (a
				// weight of 0 is allowed): keep it just above.
				sc := w * float64(imp[k])
				if sc < minScore {
					sc = minScore
				}
				acc[d] += sc
				at[d] = lo + int32(k)
			}
			continue
		}
		// A group scores its best alternative word in each document.
		s.gtouched = s.gtouched[:0]
		for _, ai := range g.alts {
			a := &p.alts[ai]
			if a.phrase {
				e.phraseScores(s, p, a)
				continue
			}
			for i, si := range a.terms {
				sl := &p.slots[si]
				w := a.weights[i] * sl.idf
				lo, hi := im.start[sl.term], im.start[sl.term+1]
				docs, imp := im.docs[lo:hi], im.imp[lo:hi:hi]
				imp = imp[:len(docs)]
				gmax, gtouched := s.gmax, s.gtouched
				for k, d := range docs {
					sc := w * float64(imp[k])
					if sc < minScore {
						sc = minScore
					}
					if gmax[d] == 0 {
						gtouched = append(gtouched, int(d))
					}
					if sc > gmax[d] { // not max(): a runtime call in WebAssembly
						gmax[d] = sc
					}
				}
				s.gtouched = gtouched
			}
		}
		for _, d := range s.gtouched {
			s.acc2[d] += s.gmax[d]
			s.gmax[d] = 0
		}
	}
	// The keep best documents: those above the keep-th best score (found
	// by quickselect over plain scores), then the first of those equal to
	// it in document order, as better ranks them.
	keep := max(need, proxTop)
	acc := s.acc2
	// The matching documents are those with a score: one pass over the
	// accumulators (no test per posting above to list them).
	// Each document is written at the end of the list and the end moves
	// on past those with a score, a select rather than a branch the
	// processor would mispredict; filters and facets then go over the
	// matches alone.
	kept, scores := s.touched[:cap(s.touched)], s.scores[:cap(s.scores)]
	if len(kept) < n {
		kept = make([]int, n)
	}
	if len(scores) < n {
		scores = make([]float64, n)
	}
	kept, scores = kept[:n], scores[:n]
	m := 0
	for d, score := range acc {
		kept[m], scores[m] = d, score
		inc := 1
		if score == 0 {
			inc = 0
		}
		m += inc
	}
	kept, scores = kept[:m], scores[:m]
	if filtered := s.allowed != nil || s.excluded != nil; filtered || !opts.NoFacets {
		j := 0
		for i, d := range kept {
			if filtered && !e.keep(s, d) {
				acc[d] = 0
				continue
			}
			if !opts.NoFacets {
				e.countFacets(s, e.x.Doc(d), opts)
			}
			kept[j], scores[j] = d, scores[i]
			j++
		}
		kept, scores = kept[:j], scores[:j]
	}
	s.touched = kept
	res.Total += len(kept)
	s.scores = scores
	cut := math.Inf(-1)
	if len(kept) > keep {
		cut = kthLargest(scores, keep)
	}
	heap, ties := s.heap[:0], s.ties[:0]
	for _, d := range kept {
		score := acc[d]
		acc[d] = 0
		if score > cut {
			heap = append(heap, entry{doc: d, score: score})
		} else if score == cut {
			ties = append(ties, d)
		}
	}
	s.heap, s.ties = heap, ties
	slices.Sort(s.ties)
	for _, d := range s.ties[:min(len(s.ties), keep-len(s.heap))] {
		s.heap = append(s.heap, entry{doc: d, score: cut})
	}
	if e.params.Proximity > 0 && len(p.groups) > 1 {
		e.proximityBest(s, p)
	}
	if len(s.heap) > need {
		selectTop(s.heap, need)
		s.heap = s.heap[:need]
	}
}

// phraseScores walks the words of phrase a together through the impacts
// and, in each document where they form the phrase (positions read from
// the postings), raises s.gmax to the sum of their scores.
func (e *Engine) phraseScores(s *scratch, p *plan, a *alt) {
	for _, si := range a.steps {
		if si < 0 {
			return // a word the index has never seen
		}
	}
	im := e.im
	n := len(a.steps)
	s.phraseCur = growInt(s.phraseCur, n) // each word's current posting
	for k, si := range a.steps {
		s.phraseCur[k] = int(im.start[p.slots[si].term])
	}
	for {
		// Phrase words must all be in a document: leapfrog to the largest
		// current document.
		d := -1
		for k, si := range a.steps {
			c := s.phraseCur[k]
			if c >= int(im.start[p.slots[si].term+1]) {
				return
			}
			if dk := int(im.docs[c]); dk > d {
				d = dk
			}
		}
		all := true
		for k, si := range a.steps {
			end := int(im.start[p.slots[si].term+1])
			c := seek(im.docs[:end], s.phraseCur[k], int32(d))
			s.phraseCur[k] = c
			if c == end {
				return
			}
			all = all && int(im.docs[c]) == d
		}
		if !all {
			continue
		}
		if e.phraseAt(s, p, a) {
			sc := minScore
			for k, si := range a.steps {
				sc += p.slots[si].idf * float64(im.imp[s.phraseCur[k]])
			}
			if s.gmax[d] == 0 {
				s.gtouched = append(s.gtouched, d)
			}
			if sc > s.gmax[d] {
				s.gmax[d] = sc
			}
		}
		for k := range s.phraseCur {
			s.phraseCur[k]++
		}
	}
}

// phraseAt reports whether the words of phrase a, each on its posting
// s.phraseCur[k] for the same document, form the phrase in some field.
func (e *Engine) phraseAt(s *scratch, p *plan, a *alt) bool {
	n := len(a.steps)
	if len(s.phrasePos) < n {
		s.phrasePos = append(s.phrasePos, make([][]uint32, n-len(s.phrasePos))...)
	}
	for f := range index.Field(index.NumFields) {
		for k, si := range a.steps {
			c := s.phraseCur[k]
			s.phrasePos[k] = e.x.AppendPositions(p.slots[si].term, int(e.im.off[c]), f, s.phrasePos[k][:0])
		}
	next:
		for _, p0 := range s.phrasePos[0] {
			for k := 1; k < n; k++ {
				if !hasPos(s.phrasePos[k], p0+uint32(a.offs[k])) {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// proximityBest adds the proximity bonus to the proxTop best entries of
// s.heap. Each group's best word in a document is found from the impacts;
// its positions are read straight from the posting.
func (e *Engine) proximityBest(s *scratch, p *plan) {
	es := s.heap
	k := min(len(es), proxTop)
	s.scores = partitionTop(es, k, s.scores)
	top := es[:k]
	ng := len(p.groups)
	s.groupIdf = grow(s.groupIdf, ng)
	// Where each slot's postings have each top document. A one-word
	// group's slot remembers it from the scoring above (s.at); the
	// others' top documents are sought, in document order, in the slot's
	// postings from where the previous one was found.
	im := e.im
	n := e.x.NumDocs()
	ns := len(p.slots)
	s.slotK = growInt32(s.slotK, k*ns)
	for i := range s.slotK {
		s.slotK[i] = -1
	}
	slotK := s.slotK
	s.oneSlot = growBool(s.oneSlot, ns)
	clear(s.oneSlot)
	for _, g := range p.groups {
		if a := &p.alts[g.alts[0]]; len(g.alts) == 1 && !a.phrase && len(a.terms) == 1 {
			s.oneSlot[a.terms[0]] = true
		}
	}
	s.order = s.order[:0]
	for si := range p.slots {
		t := p.slots[si].term
		lo, hi := im.start[t], im.start[t+1]
		if s.oneSlot[si] {
			at := s.postingAt(si, n)
			for i := range top {
				d := top[i].doc
				if c := at[d]; c >= lo && c < hi && int(im.docs[c]) == d {
					slotK[i*ns+si] = c
				}
			}
			continue
		}
		if len(s.order) == 0 {
			for i := range top {
				s.order = append(s.order, uint64(top[i].doc)<<32|uint64(i))
			}
			slices.Sort(s.order)
		}
		docs := im.docs[lo:hi]
		j := 0
		for _, o := range s.order {
			d := int32(o >> 32)
			if j = seek(docs, j, d); j == len(docs) {
				break
			}
			if docs[j] == d {
				slotK[int(uint32(o))*ns+si] = lo + int32(j)
			}
		}
	}
	s.groupSlot = growInt(s.groupSlot, ng)
	// A group of one plain word, the common case, has that word's slot in
	// s.groupOne (others -1): no search for its best word.
	s.groupOne = growInt(s.groupOne, ng)
	for gi, g := range p.groups {
		s.groupOne[gi] = -1
		if a := &p.alts[g.alts[0]]; len(g.alts) == 1 && !a.phrase && len(a.terms) == 1 {
			s.groupOne[gi] = a.terms[0]
		}
	}
	for i := range top {
		d := top[i].doc
		ks := s.slotK[i*ns : (i+1)*ns]
		// Each group's best word in d, from the impacts.
		matched := 0
		for gi, g := range p.groups {
			if si := s.groupOne[gi]; si >= 0 {
				if ks[si] < 0 {
					si = -1
				} else {
					matched++
				}
				s.groupSlot[gi] = si
				continue
			}
			best, bestSlot := 0.0, -1
			for _, ai := range g.alts {
				a := &p.alts[ai]
				terms := a.terms
				if a.phrase {
					terms = a.steps // a phrase's words stand for it here
				}
				for j, si := range terms {
					if si < 0 || ks[si] < 0 {
						continue
					}
					sl := &p.slots[si]
					w := sl.idf
					if !a.phrase {
						w *= a.weights[j]
					}
					if sc := w * float64(im.imp[ks[si]]); bestSlot < 0 || sc > best {
						best, bestSlot = sc, si
					}
				}
			}
			s.groupSlot[gi] = bestSlot
			if bestSlot >= 0 {
				matched++
			}
		}
		if matched < 2 {
			continue // no pair of words to be near each other
		}
		// Their body positions, merged.
		s.prox = s.prox[:0]
		for gi, si := range s.groupSlot[:ng] {
			if si < 0 {
				continue
			}
			s.groupIdf[gi] = p.slots[si].idf
			s.prox = mergeProx(s.prox, im.bodyPositions(ks[si]), gi)
		}
		top[i].score += e.params.Proximity * e.proximityOf(s, ng, float64(e.bodyNorm[d]))
	}
}
