package search

import (
	mathbits "math/bits"
	"slices"
)

// The proximity bonus of the term-at-a-time path: the best documents of the
// first ranking (proxTop of them) have their query words' body positions
// read straight from the postings the impacts locate, sorted together and
// scored by proximityOf.

// proximityBest adds the proximity bonus to the proxTop best entries of
// s.heap. Each group's best word in a document is found from the impacts;
// its positions are read straight from the posting.
func (e *Engine) proximityBest(s *scratch, p *plan) {
	es := s.heap
	k := min(len(es), proxTop)
	if s.topEnd > 0 {
		// The cut put the k best first (with others in their buckets).
		s.scores = partitionTop(es[:s.topEnd], k, s.scores)
	} else {
		s.scores = partitionTop(es, k, s.scores)
	}
	top := es[:k]
	if e.params.K1 >= 0 {
		// The bonus only raises these scores (a negative K1 could
		// lower them): they stay the best k.
		s.topK = k
	}
	ng := len(p.groups)
	s.groupIdf = grow(s.groupIdf, ng)
	im := e.im
	n := e.x.NumDocs()
	ns := len(p.slots)
	// A group of one plain word, the common case, has that word's slot in
	// s.groupOne (others -1): its posting in a top document is where the
	// scoring above left it (s.at, checked: stale entries from earlier
	// queries are told apart by their range and document).
	s.groupOne = growInt(s.groupOne, ng)
	s.oneSlot = growBool(s.oneSlot, ns)
	clear(s.oneSlot)
	others := false // a group of another kind
	for gi, g := range p.groups {
		s.groupOne[gi] = -1
		if a := &p.alts[g.alts[0]]; len(g.alts) == 1 && !a.phrase && len(a.terms) == 1 {
			s.groupOne[gi] = a.terms[0]
			s.oneSlot[a.terms[0]] = true
		} else {
			others = true
		}
	}
	// For the other groups, slotK[top document*ns + slot] is the slot's
	// posting in the document, or -1: a one-word group's slot from s.at,
	// the others' top documents sought, in document order, in the slot's
	// postings from where the previous one was found.
	var slotK []int32
	if others {
		s.slotK = growInt32(s.slotK, k*ns)
		slotK = s.slotK
		for i := range slotK {
			slotK[i] = -1
		}
		s.order = s.order[:0]
		for i := range top {
			s.order = append(s.order, uint64(top[i].doc)<<32|uint64(i))
		}
		slices.Sort(s.order)
		for si := range p.slots {
			t := p.slots[si].term
			lo, hi := im.start[t], im.start[t+1]
			if s.oneSlot[si] { // also a word of another group
				at := s.postingAt(si, n)
				for i := range top {
					d := top[i].doc
					if c := at[d]; c >= lo && c < hi && int(im.docs[c]) == d {
						slotK[i*ns+si] = c
					}
				}
				continue
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
	}
	// Each one-word group's row of s.at and its word's postings range.
	// A word said twice in the query (two groups of one word, one slot)
	// is at the same positions for both groups: the first group marks
	// them, and each group links to the next one with its slot (next,
	// -1 for none), which proximityBits reads at the same positions.
	s.proxGroups = s.proxGroups[:0]
	s.aliasNext = growInt32(s.aliasNext, ng)
	aliasNext := s.aliasNext[:ng]
	for gi, si := range s.groupOne[:ng] {
		pg := proxGroup{slot: si}
		aliasNext[gi] = -1
		if si >= 0 {
			t := p.slots[si].term
			pg.at, pg.lo, pg.hi = s.postingAt(si, n), im.start[t], im.start[t+1]
			for gj := gi - 1; gj >= 0; gj-- {
				if s.proxGroups[gj].slot == si {
					pg.alias = true
					if aliasNext[gj] < 0 {
						aliasNext[gj] = int32(gi)
					}
				}
			}
		}
		s.proxGroups = append(s.proxGroups, pg)
	}
	groups, groupIdf := s.proxGroups, s.groupIdf[:ng]
	for gi, pg := range groups {
		if pg.slot >= 0 {
			groupIdf[gi] = p.slots[pg.slot].idf // set per document for the others
		}
	}
	s.acc = zeroed(s.acc, ng)
	s.groupPost = growInt32(s.groupPost, ng)
	groupPost := s.groupPost[:ng]
	docs, bodyStart, bodyPos := im.docs, im.bodyStart, im.bodyPos
	if want := int(im.maxBodyPos) + 1; im.bitmapOK && len(s.posGroup) < want {
		s.posGroup = make([]int32, want)
		s.posBits = make([]uint64, want>>6+1)
	}
	k1, weight := e.params.K1, e.params.Proximity
	for i := range top {
		d := top[i].doc
		// Each group's best word in d, from the impacts, and its
		// posting (-1: none); the word's body positions in order: each
		// sets its bit in s.posBits and its group in s.posGroup, and the
		// bits are read back in order (no sorting). Two words at one
		// position (a word in two groups, a joined compound) take the
		// sorting path.
		bits, owner := s.posBits, s.posGroup
		matched, lo, hi, clash := 0, len(bits), -1, !im.bitmapOK
		hit := s.hitGroups[:0]
		for gi := range groups {
			pg := &groups[gi]
			si, c := pg.slot, int32(-1)
			if si >= 0 {
				if at := pg.at[d]; at >= pg.lo && at < pg.hi && int(docs[at]) == d {
					c = at
				}
			} else if si = e.bestSlot(p, &p.groups[gi], slotK[i*ns:(i+1)*ns]); si >= 0 {
				c = slotK[i*ns+si]
				groupIdf[gi] = p.slots[si].idf
			}
			groupPost[gi] = c
			if c < 0 {
				continue
			}
			matched++
			hit = append(hit, int32(gi))
			ps := bodyPos[bodyStart[c]:bodyStart[c+1]]
			if len(ps) == 0 || clash || pg.alias {
				continue
			}
			lo, hi = min(lo, int(ps[0]>>6)), max(hi, int(ps[len(ps)-1]>>6))
			for _, pos := range ps {
				w, b := pos>>6, uint64(1)<<(pos&63)
				if bits[w]&b != 0 {
					clash = true
				}
				bits[w] |= b
				owner[pos] = int32(gi)
			}
		}
		s.hitGroups = hit // its memory, for the next document
		if matched < 2 {
			// No pair of words to be near each other.
			if hi >= lo {
				clear(bits[lo : hi+1])
			}
			continue
		}
		norm := float64(e.bodyNorm[d])
		var bonus float64
		switch {
		case !clash && hi < lo:
			continue // no body positions
		case !clash:
			bonus = proximityBits(bits[lo:hi+1], lo, owner, aliasNext, groupIdf, s.acc, k1, norm, hit)
		default:
			if hi >= lo {
				clear(bits[lo : hi+1])
			}
			prox := s.prox[:0]
			for gi, c := range groupPost {
				if c < 0 {
					continue
				}
				for _, pos := range bodyPos[bodyStart[c]:bodyStart[c+1]] {
					prox = append(prox, uint64(pos)<<32|uint64(gi))
				}
			}
			sortProx(prox)
			s.prox = prox
			bonus = proximityOf(prox, groupIdf, s.acc, k1, norm)
		}
		top[i].score += weight * bonus
	}
}

// proximityBits is proximityOf for occurrences given as set bits (bit j
// of bits[i] for position (base+i)·64+j), the group of each position in
// owner and, after it at the same position, the groups next links from
// it (ascending; -1 ends). It clears bits.
//
// hit lists the groups with occurrences, ascending: the others'
// accumulators stay 0.
func proximityBits(bits []uint64, base int, owner, next []int32, idf, acc []float64, k1, norm float64, hit []int32) float64 {
	prevPos, prevG, n := 0, int32(0), 0
	for i, w := range bits {
		bits[i] = 0
		for w != 0 {
			pos := (base+i)<<6 | mathbits.TrailingZeros64(w)
			w &= w - 1
			for g := owner[pos]; g >= 0; g = next[g] {
				if n > 0 && g != prevG {
					dist := float64(pos - prevPos)
					if dist < 1 {
						dist = 1
					}
					x := 1 / (dist * dist)
					acc[prevG] += idf[g] * x
					acc[g] += idf[prevG] * x
				}
				prevPos, prevG = pos, g
				n++
			}
		}
	}
	if n < 2 {
		return 0
	}
	// saturate over the groups in hit: the same sum, in the same order,
	// without the zeros.
	bonus := 0.0
	for _, gi := range hit {
		if x := acc[gi]; x > 0 {
			bonus += capOne(idf[gi]) * x * (k1 + 1) / (x + k1*norm)
		}
		acc[gi] = 0
	}
	return bonus
}

// proxGroup is a group of the query as proximityBest reads it: for a
// group of one plain word, its slot, the slot's row of scratch.at and the
// word's postings range [lo, hi); for another group, slot -1.
type proxGroup struct {
	slot   int
	at     []int32
	lo, hi int32
	// alias reports an earlier group with the same slot.
	alias bool
}

// bestSlot returns the slot of group g's word that scores most in a
// document, ks being each slot's posting in it (-1: none), or -1 if none
// of g's words is in it. A phrase's words stand for it here.
func (e *Engine) bestSlot(p *plan, g *cgroup, ks []int32) int {
	best, bestSlot := 0.0, -1
	for _, ai := range g.alts {
		a := &p.alts[ai]
		terms := a.terms
		if a.phrase {
			terms = a.steps
		}
		for j, si := range terms {
			if si < 0 || ks[si] < 0 {
				continue
			}
			w := p.slots[si].idf
			if !a.phrase {
				w *= a.weights[j]
			}
			if sc := w * float64(e.im.imp[ks[si]]); bestSlot < 0 || sc > best {
				best, bestSlot = sc, si
			}
		}
	}
	return bestSlot
}

// sortProx sorts occurrences (position<<32 | group), which come as one
// ascending run per group: by insertion, which costs little for the few
// tens of occurrences of a query's words in one document, or by
// slices.Sort when there are many.
func sortProx(prox []uint64) {
	if len(prox) > 64 {
		slices.Sort(prox)
		return
	}
	for i := 1; i < len(prox); i++ {
		x := prox[i]
		j := i
		for ; j > 0 && prox[j-1] > x; j-- {
			prox[j] = prox[j-1]
		}
		prox[j] = x
	}
}
