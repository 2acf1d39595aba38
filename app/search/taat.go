package search

import (
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
	// bound is an upper bound of every document's score: each group's
	// largest possible score (its words' largest impacts), summed in the
	// order the accumulators sum them. Rounding is monotonic, so no
	// accumulator exceeds it; the cut below buckets scores by it.
	bound := 0.0
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
				bound += w * float64(im.maxImp[sl.term])
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
			bound += maxScore(w, im.maxImp[sl.term])
			continue
		}
		// A group scores its best alternative word in each document.
		s.gtouched = s.gtouched[:0]
		gbound := 0.0
		for _, ai := range g.alts {
			a := &p.alts[ai]
			if a.phrase {
				e.phraseScores(s, p, a)
				if b := e.phraseBound(p, a); b > gbound {
					gbound = b
				}
				continue
			}
			for i, si := range a.terms {
				sl := &p.slots[si]
				w := a.weights[i] * sl.idf
				if b := maxScore(w, im.maxImp[sl.term]); b > gbound {
					gbound = b
				}
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
		bound += gbound
	}
	e.cut(s, bound, max(need, proxTop), opts, res)
	if e.params.Proximity > 0 && len(p.groups) > 1 {
		e.proximityBest(s, p)
	}
	if len(s.heap) > need {
		selectTop(s.heap, need)
		s.heap = s.heap[:need]
	}
}

// maxScore is the largest score a word of weight w (its IDF included)
// can give a document, the word's largest impact being imp: at least
// minScore, as scoring keeps it.
func maxScore(w float64, imp float32) float64 {
	sc := w * float64(imp)
	if sc < minScore {
		return minScore
	}
	return sc
}

// phraseBound is the largest score phrase a can give a document (see
// phraseScores), or 0 if it cannot match.
func (e *Engine) phraseBound(p *plan, a *alt) float64 {
	sc := minScore
	for _, si := range a.steps {
		if si < 0 {
			return 0
		}
		sc += p.slots[si].idf * float64(e.im.maxImp[p.slots[si].term])
	}
	return sc
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
	// ps[k] are word k's positions in one field: the body's as the
	// impacts decoded them, the others' decoded here into s.phrasePos.
	s.phraseView = growPos(s.phraseView, n)
	ps := s.phraseView
	for f := range index.Field(index.NumFields) {
		for k, si := range a.steps {
			c := s.phraseCur[k]
			if f == index.FieldBody {
				ps[k] = e.im.bodyPositions(int32(c))
				continue
			}
			s.phrasePos[k] = e.x.AppendPositions(p.slots[si].term, int(e.im.off[c]), f, s.phrasePos[k][:0])
			ps[k] = s.phrasePos[k]
		}
	next:
		for _, p0 := range ps[0] {
			for k := 1; k < n; k++ {
				if !hasPos(ps[k], p0+uint32(a.offs[k])) {
					continue next
				}
			}
			return true
		}
	}
	return false
}
