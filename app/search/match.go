package search

import (
	"math"
	"slices"
	"sort"
	"strings"

	"diptych/corpus"
	"diptych/corpus/index"
)

// run matches p against the index, scores, filters and collects the hits
// and facets into res.
func (e *Engine) run(s *scratch, p *plan, f *Filters, opts Options, res *Result) {
	s.allowed = e.filter(s, f, &res.Notes)
	s.excluded = e.exclusions(s, p)
	s.heap = s.heap[:0]
	s.topEnd, s.topK = 0, 0
	clear(s.entCount)
	clear(s.srcCount)
	clear(s.months)
	need := opts.Offset + opts.K
	byDate := opts.Sort == ByDate
	if len(p.groups) == 0 && p.dropped && len(p.excluded) == 0 && f.empty() {
		res.Notes = append(res.Notes, "no words to search for: stop words and punctuation alone are left out")
	} else if len(p.groups) == 0 {
		// No words to rank by: every article that passes the filters and
		// exclusions, newest first.
		if len(p.excluded) > 0 {
			res.Notes = append(res.Notes, "only exclusions: showing all other articles")
		}
		for d := range e.x.NumDocs() {
			if !e.keep(s, d) {
				continue
			}
			res.Total++
			dd := e.x.Doc(d)
			e.countFacets(s, dd, opts)
			s.push(entry{doc: d, date: e.dateRank[d]}, need, true)
		}
	} else {
		first := need
		feedback := e.feedbackEligible(p, opts)
		if feedback {
			first = max(need, e.params.FeedbackRerank)
		}
		if taatEligible(p, byDate) && !s.forceDAAT {
			e.taat(s, p, first, opts, res)
		} else {
			e.daat(s, p, first, byDate, opts, res)
		}
		if feedback {
			e.rerank(s, p, need)
		}
	}
	e.collect(s, opts, res)
	if !opts.NoFacets {
		res.Facets = e.facets(s)
	}
}

// keep reports whether document d passes the filters and exclusions.
func (e *Engine) keep(s *scratch, d int) bool {
	return (s.allowed == nil || s.allowed[d]) && (s.excluded == nil || !s.excluded[d])
}

// daat walks the postings of all slots document at a time.
func (e *Engine) daat(s *scratch, p *plan, need int, byDate bool, opts Options, res *Result) {
	e.open(s, p, p.slots)
	s.best = s.best[:0]
	ng := len(p.groups)
	s.groupIdf = grow(s.groupIdf, ng)
	s.groupPos = growPos(s.groupPos, ng)
	s.groupHit = growBool(s.groupHit, ng)
	s.groupSlot = growInt(s.groupSlot, ng)
	var norm [index.NumFields]float64
	for {
		d := noDoc
		for i := range p.slots {
			d = min(d, p.slots[i].cur)
		}
		if d == noDoc {
			break
		}
		if e.keep(s, d) {
			e.norms(d, &norm)
			// Proximity is worth computing only for documents that may
			// reach the top few: the floor is the proxTop-th best score.
			floor := math.Inf(-1)
			if !byDate && len(s.best) == proxTop {
				floor = s.best[0]
			}
			score, ok := e.scoreDoc(s, p, d, &norm, floor)
			if ok && !byDate {
				s.best = pushBest(s.best, score)
			}
			if ok {
				res.Total++
				var date int32
				if byDate || !opts.NoFacets {
					date = e.dateRank[d]
				}
				if !opts.NoFacets {
					e.countFacets(s, e.x.Doc(d), opts)
				}
				s.push(entry{doc: d, score: score, date: date}, need, byDate)
			}
		}
		for i := range p.slots {
			sl := &p.slots[i]
			if sl.cur == d {
				advance(sl)
			}
		}
	}
}

// open positions each slot's cursor on its first document.
func (e *Engine) open(s *scratch, p *plan, slots []slot) {
	if cap(s.its) < len(slots) {
		s.its = make([]index.Postings, len(slots))
	}
	s.its = s.its[:len(slots)]
	for i := range slots {
		slots[i].it = e.x.Postings(slots[i].term, &s.its[i])
		advance(&slots[i])
	}
}

func advance(sl *slot) {
	if sl.it.Next() {
		sl.cur = sl.it.Doc()
	} else {
		sl.cur = noDoc
	}
}

// norms sets norm to document d's per-field factors: each field's weight
// over its BM25 length normalisation, precomputed by New.
func (e *Engine) norms(d int, norm *[index.NumFields]float64) {
	for f := range index.NumFields {
		norm[f] = float64(e.scale[d*index.NumFields+f])
	}
}

// bm25f scores slot sl in the current document, given the document's norms.
func (e *Engine) bm25f(sl *slot, norm *[index.NumFields]float64) float64 {
	var tf float64
	for f := range index.Field(index.NumFields) {
		if n := sl.it.TF(f); n > 0 {
			tf += float64(n) * norm[f]
		}
	}
	return sl.idf * float64(impact(tf, e.params.K1))
}

// scoreDoc scores document d, on which some slots are positioned, and
// reports whether it matches: every required group and at least one group.
//
// floor is the score a document must beat to be kept: the proximity bonus
// is not computed when even its largest value would not lift the document
// above it (the document still matches, for Total and facets).
func (e *Engine) scoreDoc(s *scratch, p *plan, d int, norm *[index.NumFields]float64, floor float64) (float64, bool) {
	total := 0.0
	matched := 0
	for gi, g := range p.groups {
		best, hit := 0.0, false
		bestSlot := -1
		for _, ai := range g.alts {
			a := &p.alts[ai]
			if a.phrase {
				if e.phraseMatch(p, a, d) {
					sc := 0.0
					for _, si := range a.steps {
						sc += e.bm25f(&p.slots[si], norm)
					}
					if !hit || sc > best {
						best, bestSlot = sc, -1
					}
					hit = true
				}
				continue
			}
			for i, si := range a.terms {
				sl := &p.slots[si]
				if sl.cur != d {
					continue
				}
				sc := a.weights[i] * e.bm25f(sl, norm)
				if !hit || sc > best {
					best, bestSlot = sc, si
				}
				hit = true
			}
		}
		s.groupHit[gi] = hit
		s.groupPos[gi] = s.groupPos[gi][:0]
		if !hit {
			if g.required {
				return 0, false
			}
			continue
		}
		matched++
		total += best
		if bestSlot >= 0 {
			s.groupIdf[gi] = p.slots[bestSlot].idf
			s.groupSlot[gi] = bestSlot
		} else {
			s.groupSlot[gi] = -1
		}
	}
	if matched == 0 {
		return 0, false
	}
	if matched > 1 && e.params.Proximity > 0 {
		// Each word's bonus is below min(1, idf)·(k1+1).
		bound := 0.0
		for gi := range p.groups {
			if s.groupHit[gi] && s.groupSlot[gi] >= 0 {
				bound += capOne(s.groupIdf[gi])
			}
		}
		if total+e.params.Proximity*bound*(e.params.K1+1) > floor {
			for gi := range p.groups {
				if s.groupHit[gi] && s.groupSlot[gi] >= 0 {
					s.groupPos[gi] = p.slots[s.groupSlot[gi]].it.Positions(index.FieldBody)
				}
			}
			total += e.params.Proximity * e.proximity(s, p, float64(e.bodyNorm[d]))
		}
	}
	return total, true
}

// proximity is the Büttcher-style term proximity bonus over the body:
// neighbouring occurrences of different query words at distance δ add
// each other's IDF / δ² to an accumulator per word, which is then
// saturated like a term frequency.
func (e *Engine) proximity(s *scratch, p *plan, norm float64) float64 {
	// Order every occurrence by position, then group.
	s.prox = s.prox[:0]
	for gi, ps := range s.groupPos {
		s.prox = mergeProx(s.prox, ps, gi)
	}
	s.acc = zeroed(s.acc, len(p.groups))
	return proximityOf(s.prox, s.groupIdf[:len(p.groups)], s.acc, e.params.K1, norm)
}

// capOne returns min(1, x) for a non-negative x, by a comparison: the
// built-in on floats is a runtime call in WebAssembly.
func capOne(x float64) float64 {
	if x > 1 {
		return 1
	}
	return x
}

// mergeProx merges group gi's occurrences at ascending positions ps into
// prox, keeping it sorted: each occurrence is position<<32 | group, so
// equal positions order by group. Merging the groups' sorted lists one by
// one costs less than sorting (a few groups, tens of occurrences).
func mergeProx(prox []uint64, ps []uint32, gi int) []uint64 {
	if len(prox) == 0 || len(ps) > 0 && uint64(ps[0])<<32 > prox[len(prox)-1] {
		// All after what is there: append.
		for _, pos := range ps {
			prox = append(prox, uint64(pos)<<32|uint64(gi))
		}
		return prox
	}
	i := len(prox) - 1
	prox = slices.Grow(prox, len(ps))[:len(prox)+len(ps)]
	for j, k := len(ps)-1, len(prox)-1; j >= 0; k-- {
		key := uint64(ps[j])<<32 | uint64(gi)
		if i >= 0 && prox[i] > key {
			prox[k] = prox[i]
			i--
		} else {
			prox[k] = key
			j--
		}
	}
	return prox
}

// proximityOf is the proximity bonus of the groups' occurrences in prox
// (sorted, see mergeProx), idf being each group's IDF, for a document whose
// body length normalisation is norm. acc is memory for one accumulator per
// group: all zero on entry, it is left so.
func proximityOf(prox []uint64, idf, acc []float64, k1, norm float64) float64 {
	if len(prox) < 2 {
		return 0
	}
	a := prox[0]
	for _, b := range prox[1:] {
		ag, bg := uint32(a), uint32(b)
		if ag != bg {
			dist := float64(b>>32 - a>>32)
			if dist < 1 {
				dist = 1
			}
			w := 1 / (dist * dist)
			acc[ag] += idf[bg] * w
			acc[bg] += idf[ag] * w
		}
		a = b
	}
	return saturate(idf, acc, k1, norm)
}

// saturate returns the proximity bonus of the groups' accumulators acc
// (each group's IDF in idf), each saturated like a term frequency, and
// clears acc.
func saturate(idf, acc []float64, k1, norm float64) float64 {
	bonus := 0.0
	for gi, x := range acc {
		if x > 0 {
			bonus += capOne(idf[gi]) * x * (k1 + 1) / (x + k1*norm)
		}
		acc[gi] = 0
	}
	return bonus
}

// phraseMatch reports whether phrase a occurs in document d, in any field.
func (e *Engine) phraseMatch(p *plan, a *alt, d int) bool {
	for _, si := range a.steps {
		if si < 0 || p.slots[si].cur != d {
			return false
		}
	}
	for f := range index.Field(index.NumFields) {
		first := p.slots[a.steps[0]].it.Positions(f)
	next:
		for _, p0 := range first {
			for k := 1; k < len(a.steps); k++ {
				want := p0 + uint32(a.offs[k])
				if !hasPos(p.slots[a.steps[k]].it.Positions(f), want) {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// hasPos reports whether ascending positions ps hold want (a binary
// search written out: no call per probe).
func hasPos(ps []uint32, want uint32) bool {
	lo, hi := 0, len(ps)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ps[m] < want {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(ps) && ps[lo] == want
}

// locate sets, for every hit, the paragraph where the query's words weigh
// most and a hint of where in it the matches start. It reads the body
// positions of the query's words in the hits only, from the postings the
// impacts locate.
func (e *Engine) locate(s *scratch, p *plan, hits []Hit) {
	s.hints = s.hints[:0]
	for range hits {
		s.hints = append(s.hints, snippetHint{})
	}
	if len(p.slots) == 0 {
		for i := range hits {
			hits[i].Snippet.Para = 0
		}
		return
	}
	// positions[hit][slot], in one buffer, read straight from the
	// postings found in the impacts.
	type span struct{ start, end int }
	spans := make([]span, len(hits)*len(p.slots))
	var buf []uint32
	im := e.im
	for si := range p.slots {
		t := p.slots[si].term
		lo, hi := int(im.start[t]), int(im.start[t+1])
		for h := range hits {
			k, ok := slices.BinarySearch(im.docs[lo:hi], int32(hits[h].Doc))
			if !ok {
				continue
			}
			start := len(buf)
			buf = e.x.AppendPositions(t, int(im.off[lo+k]), index.FieldBody, buf)
			spans[h*len(p.slots)+si] = span{start, len(buf)}
		}
	}
	s.hitPos = growPos(s.hitPos, len(p.slots))
	for h := range hits {
		for si := range p.slots {
			sp := spans[h*len(p.slots)+si]
			s.hitPos[si] = buf[sp.start:sp.end]
		}
		hits[h].Snippet.Para, s.hints[h] = e.bestPara(s, p, hits[h].Doc)
	}
}

// bestPara returns the paragraph of document d where the query's words
// weigh most (each distinct word found in a paragraph adds its IDF, each
// further occurrence a little), and where in it the matches start. The
// words' body positions in d are in s.hitPos.
func (e *Engine) bestPara(s *scratch, p *plan, d int) (int, snippetHint) {
	dd := e.x.Doc(d)
	s.paraBuf = dd.ParaStarts(s.paraBuf[:0])
	if len(s.paraBuf) == 0 {
		return -1, snippetHint{}
	}
	s.paraW = grow(s.paraW, len(s.paraBuf))
	clear(s.paraW)
	for i := range p.slots {
		idf := p.slots[i].idf
		last := -1
		for _, pos := range s.hitPos[i] {
			para := sort.Search(len(s.paraBuf), func(j int) bool { return s.paraBuf[j] > int(pos) }) - 1
			if para < 0 {
				continue
			}
			if para != last {
				s.paraW[para] += idf
				last = para
			} else {
				s.paraW[para] += 0.1 * idf
			}
		}
	}
	best := 0
	for i, w := range s.paraW {
		if w > s.paraW[best] {
			best = i
		}
	}
	start := s.paraBuf[best]
	end := int(e.x.FieldLen(d, index.FieldBody))
	if best+1 < len(s.paraBuf) {
		end = s.paraBuf[best+1]
	}
	first := end
	for i := range p.slots {
		for _, pos := range s.hitPos[i] {
			if int(pos) >= start && int(pos) < end {
				first = min(first, int(pos))
				break
			}
		}
	}
	if first == end {
		return best, snippetHint{}
	}
	return best, snippetHint{first: first - start, tokens: end - start}
}

// exclusions returns the documents matching any excluded alternative, or
// nil if the query excludes nothing.
func (e *Engine) exclusions(s *scratch, p *plan) []bool {
	if len(p.excluded) == 0 {
		return nil
	}
	out := make([]bool, e.x.NumDocs())
	for _, ai := range p.excluded {
		a := &p.alts[ai]
		if !a.phrase {
			for _, si := range a.terms {
				for it := e.x.Postings(p.slots[si].term, nil); it.Next(); {
					out[it.Doc()] = true
				}
			}
			continue
		}
		// A phrase: walk its words together.
		var slots []slot
		local := alt{phrase: true, offs: a.offs}
		ok := true
		for _, si := range a.steps {
			if si < 0 {
				ok = false
				break
			}
			slots = append(slots, p.slots[si])
			local.steps = append(local.steps, len(slots)-1)
		}
		if !ok {
			continue
		}
		sub := &plan{slots: slots}
		for i := range slots {
			slots[i].it = e.x.Postings(slots[i].term, nil)
			advance(&slots[i])
		}
		for {
			d := noDoc
			for i := range slots {
				d = min(d, slots[i].cur)
			}
			if d == noDoc {
				break
			}
			if e.phraseMatch(sub, &local, d) {
				out[d] = true
			}
			for i := range slots {
				if slots[i].cur == d {
					advance(&slots[i])
				}
			}
		}
	}
	return out
}

// filter returns the documents that pass f, or nil if f restricts nothing.
func (e *Engine) filter(s *scratch, f *Filters, notes *[]string) []bool {
	if f.empty() {
		return nil
	}
	var entSets [][]bool
	for _, spec := range []struct {
		name   string
		typ    corpus.EntityType
		values []string
	}{{"person", corpus.Person, f.Person}, {"org", corpus.Org, f.Org}, {"place", corpus.Place, f.Place}} {
		for _, v := range spec.values {
			set := e.matchEntities(s, spec.typ, v)
			if set == nil {
				*notes = append(*notes, "no "+strings.ToLower(spec.typ.String())+" matches "+spec.name+":"+v)
				set = make([]bool, e.x.NumEntities())
			}
			entSets = append(entSets, set)
		}
	}
	var srcSets [][]bool
	for _, v := range f.Source {
		set := make([]bool, e.x.NumSources())
		any := false
		want := e.analyse(s, v)
		for i, terms := range e.srcTerms {
			if containsAll(terms, want) {
				set[i], any = true, true
			}
		}
		if !any {
			*notes = append(*notes, "no source matches source:"+v)
		}
		srcSets = append(srcSets, set)
	}
	out := make([]bool, e.x.NumDocs())
	var ents []int
	for d := range out {
		dd := e.x.Doc(d)
		if f.After != "" && (dd.Published == "" || datePrefix(dd.Published, len(f.After)) < f.After) {
			continue
		}
		if f.Before != "" && (dd.Published == "" || datePrefix(dd.Published, len(f.Before)) >= f.Before) {
			continue
		}
		ok := true
		for _, set := range srcSets {
			if dd.Source < 0 || !set[dd.Source] {
				ok = false
				break
			}
		}
		if ok && len(entSets) > 0 {
			ents = dd.Entities(ents[:0])
			for _, set := range entSets {
				found := false
				for _, en := range ents {
					if set[en] {
						found = true
						break
					}
				}
				if !found {
					ok = false
					break
				}
			}
		}
		out[d] = ok
	}
	return out
}

func datePrefix(date string, n int) string {
	if len(date) < n {
		return date
	}
	return date[:n]
}

// matchEntities returns the entities of type typ that value names (by id,
// or by containing its words), or nil if none.
func (e *Engine) matchEntities(s *scratch, typ corpus.EntityType, value string) []bool {
	want := e.analyse(s, value)
	slug := strings.ToLower(value)
	var set []bool
	for i := range e.x.NumEntities() {
		id, _, t := e.x.Entity(i)
		if t != typ {
			continue
		}
		if id == slug || (len(want) > 0 && containsAll(e.entTerms[i], want)) {
			if set == nil {
				set = make([]bool, e.x.NumEntities())
			}
			set[i] = true
		}
	}
	return set
}

// analyse returns the terms of s.
func (e *Engine) analyse(s *scratch, v string) []string {
	s.toks = s.an.Tokens(v, s.toks[:0])
	out := make([]string, 0, len(s.toks))
	for _, t := range s.toks {
		if !t.Joined {
			out = append(out, t.Term)
		}
	}
	return out
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		if !slices.Contains(have, w) {
			return false
		}
	}
	return len(want) > 0
}

func grow(b []float64, n int) []float64 {
	if cap(b) < n {
		return make([]float64, n)
	}
	return b[:n]
}

// zeroed returns b with length n, all zero: b's values up to its capacity
// are zero (proximityOf leaves them so), new memory is.
func zeroed(b []float64, n int) []float64 {
	if cap(b) < n {
		return make([]float64, n)
	}
	return b[:n]
}

func growBool(b []bool, n int) []bool {
	if cap(b) < n {
		return make([]bool, n)
	}
	return b[:n]
}

func growPos(b [][]uint32, n int) [][]uint32 {
	if cap(b) < n {
		return make([][]uint32, n)
	}
	return b[:n]
}

func growInt(b []int, n int) []int {
	if cap(b) < n {
		return make([]int, n)
	}
	return b[:n]
}

// proxTop is how many of the best documents so far set the floor below
// which the proximity bonus is not computed: documents further down keep
// their plain BM25F score (a bound on the bonus could still lift a few of
// them, but not into the first page). It is larger than a page so that
// feedback sees proximity-ranked documents.
const proxTop = 50

// pushBest keeps the proxTop largest scores in a min-heap.
func pushBest(h []float64, x float64) []float64 {
	if len(h) < proxTop {
		h = append(h, x)
		for i := len(h) - 1; i > 0; {
			parent := (i - 1) / 2
			if h[parent] <= h[i] {
				break
			}
			h[parent], h[i] = h[i], h[parent]
			i = parent
		}
		return h
	}
	if x <= h[0] {
		return h
	}
	h[0] = x
	for i := 0; ; {
		small := i
		l, r := 2*i+1, 2*i+2
		if l < len(h) && h[l] < h[small] {
			small = l
		}
		if r < len(h) && h[r] < h[small] {
			small = r
		}
		if small == i {
			return h
		}
		h[i], h[small] = h[small], h[i]
		i = small
	}
}
