package search

import (
	"math"
	"slices"
	"unicode/utf8"

	"diptych/corpus/index"
	"diptych/corpus/text"
)

// plan is a query compiled against the index: the distinct index terms it
// reads (slots) and, for each clause, which slots it needs and how.
type plan struct {
	slots    []slot
	alts     []alt
	groups   []cgroup
	excluded []int // alts that exclude
	// allStop reports a query made only of stop words, which are then
	// searched like any other word.
	allStop bool
	// dropped reports that the query had clauses but none was left to
	// search (punctuation only).
	dropped bool
}

// slot is one index term the query reads, with its postings cursor.
type slot struct {
	term int
	idf  float64
	it   *index.Postings
	cur  int // current document, or noDoc
}

const noDoc = math.MaxInt

// alt is one compiled alternative of a group: a word (any of several
// terms, each with a weight) or a phrase (a sequence of terms at given
// relative positions).
type alt struct {
	phrase bool
	// Word: the slots it expands to and their weights.
	terms   []int
	weights []float64
	// Phrase: the slot of each word (-1 if a word is not in the index,
	// so the phrase cannot match) and its offset from the first.
	steps []int
	offs  []int
}

type cgroup struct {
	alts     []int
	required bool
}

// maxEdits returns the number of typos tolerated in a word of n letters.
func maxEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

// compile turns q into a plan, analysing each clause with the same
// analyser that built the index. The plan is s.plan, its slices reused
// from the previous search: it is valid until the scratch memory's next
// search.
func (e *Engine) compile(s *scratch, q *Query) *plan {
	p := &s.plan
	p.reset()
	clear(s.corrections)
	s.unknown = false
	addSlot := func(term int) int {
		for i := range p.slots { // a few slots: a scan beats a map
			if p.slots[i].term == term {
				return i
			}
		}
		p.slots = append(p.slots, slot{term: term, idf: e.im.idf[term]})
		return len(p.slots) - 1
	}
	// Stop words are left out of free text unless the query has nothing
	// else.
	// Each positive clause is analysed once, here; compileClause and
	// didYouMean read the tokens from s.clauseToks.
	p.allStop = true
	n := 0
	for _, g := range q.Groups {
		for _, c := range g.Alts {
			if n == len(s.clauseToks) {
				s.clauseToks = append(s.clauseToks, nil)
			}
			toks := s.an.Tokens(c.Text, s.clauseToks[n][:0])
			s.clauseToks[n] = toks
			n++
			for _, t := range toks {
				if !t.Stop || c.Prefix {
					p.allStop = false
				}
			}
		}
	}
	// compileClause appends the alternatives clause c compiles to to dst.
	compileClause := func(c Clause, toks []text.Token, dst []int) []int {
		parts := s.parts[:0]
		defer func() { s.parts = parts[:0] }()
		var joined *text.Token
		for i := range toks {
			if toks[i].Joined {
				if joined == nil {
					joined = &toks[i]
				}
				continue
			}
			parts = append(parts, toks[i])
		}
		switch {
		case len(parts) == 0:
			return dst
		case len(parts) == 1:
			t := parts[0]
			if t.Stop && !c.Phrase && !c.Prefix && !p.allStop {
				return dst
			}
			ai := p.newAlt()
			e.wordAlt(s, t, c.Prefix, addSlot, &p.alts[ai])
			dst = append(dst, ai)
		default:
			ai := p.newAlt()
			a := &p.alts[ai]
			a.phrase = true
			for _, t := range parts {
				a.offs = append(a.offs, t.Pos-parts[0].Pos)
				if term, ok := e.lookup(t); ok {
					a.steps = append(a.steps, addSlot(term))
				} else {
					a.steps = append(a.steps, -1)
					s.unknown = true
				}
			}
			dst = append(dst, ai)
			if joined != nil && !c.Phrase {
				// "cease-fire" also finds "ceasefire".
				ai := p.newAlt()
				e.wordAlt(s, *joined, false, addSlot, &p.alts[ai])
				dst = append(dst, ai)
			}
		}
		return dst
	}
	n = 0
	for _, g := range q.Groups {
		gi := p.newGroup()
		cg := &p.groups[gi]
		cg.required = g.Required()
		for _, c := range g.Alts {
			cg.alts = compileClause(c, s.clauseToks[n], cg.alts)
			n++
		}
		// A clause of nothing but punctuation or stop words adds nothing.
		if len(cg.alts) == 0 {
			p.groups = p.groups[:gi]
		}
	}
	if len(q.Groups) > 0 && len(p.groups) == 0 {
		p.dropped = true
	}
	for _, c := range q.Excluded {
		c.Prefix = c.Prefix && !c.Phrase
		s.toks = s.an.Tokens(c.Text, s.toks[:0])
		p.excluded = compileClause(c, s.toks, p.excluded)
	}
	return p
}

// reset empties p for a new query, keeping its slices' memory (the
// alternatives' and groups' own slices too, through newAlt and newGroup).
func (p *plan) reset() {
	*p = plan{slots: p.slots[:0], alts: p.alts[:0], groups: p.groups[:0], excluded: p.excluded[:0]}
}

// newAlt appends an empty alternative to p and returns its index.
func (p *plan) newAlt() int {
	n := len(p.alts)
	if n < cap(p.alts) {
		p.alts = p.alts[:n+1]
		a := &p.alts[n]
		*a = alt{terms: a.terms[:0], weights: a.weights[:0], steps: a.steps[:0], offs: a.offs[:0]}
	} else {
		p.alts = append(p.alts, alt{})
	}
	return n
}

// newGroup appends an empty group to p and returns its index.
func (p *plan) newGroup() int {
	n := len(p.groups)
	if n < cap(p.groups) {
		p.groups = p.groups[:n+1]
		p.groups[n] = cgroup{alts: p.groups[n].alts[:0]}
	} else {
		p.groups = append(p.groups, cgroup{})
	}
	return n
}

// lookup returns the index term of token t: through its form if the index
// has seen it, else through its stem.
func (e *Engine) lookup(t text.Token) (int, bool) {
	if f, ok := e.words.forms.lookup(t.Form); ok {
		return e.x.FormTerm(f), true
	}
	return e.words.terms.lookup(t.Term)
}

// wordAlt compiles one word: the exact term, prefix expansions if asked,
// and typo corrections if the word is unknown.
func (e *Engine) wordAlt(s *scratch, t text.Token, prefix bool, addSlot func(int) int, a *alt) {
	exact, ok := e.lookup(t)
	if ok {
		a.terms = append(a.terms, addSlot(exact))
		a.weights = append(a.weights, 1)
	} else {
		s.unknown = true
	}
	type cand struct {
		term, df int
		weight   float64
	}
	var cands []cand
	if prefix {
		// Keep the most frequent expansions while scanning the range, so
		// that a short prefix over thousands of words stays cheap.
		lo, hi := e.x.FormPrefix(t.Form)
		for f := lo; f < hi; f++ {
			term := e.x.FormTerm(f)
			if ok && term == exact {
				continue
			}
			df := e.x.DocFreq(term)
			if len(cands) == e.params.MaxExpansions && df <= cands[len(cands)-1].df {
				continue
			}
			dup := false
			for _, c := range cands {
				if c.term == term {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			i := len(cands)
			for i > 0 && cands[i-1].df < df {
				i--
			}
			cands = slices.Insert(cands, i, cand{term, df, e.params.PrefixWeight})
			if len(cands) > e.params.MaxExpansions {
				cands = cands[:e.params.MaxExpansions]
			}
		}
	}
	// An unknown word gets typo corrections; a joined compound ("cease-
	// fire" read as "ceasefire") does not: it is an alternative spelling
	// of a phrase searched anyway, and correcting long compounds is slow.
	if !ok && len(cands) == 0 && !t.Joined {
		if d := maxEdits(utf8.RuneCountInString(t.Form)); d > 0 {
			best, bestDist, bestDF := -1, d+1, -1
			e.x.FuzzyForms(t.Form, d, func(f, dist int) {
				if text.IsStop(e.x.Form(f)) {
					return // "herz" is not a typo for "here"
				}
				term := e.x.FormTerm(f)
				if df := e.x.DocFreq(term); dist < bestDist || dist == bestDist && df > bestDF {
					best, bestDist, bestDF = f, dist, df
				}
				w := math.Pow(e.params.FuzzyWeight, float64(dist))
				for i := range cands {
					if cands[i].term == term {
						cands[i].weight = max(cands[i].weight, w)
						return
					}
				}
				cands = append(cands, cand{term, e.x.DocFreq(term), w})
			})
			// Remember the closest word for "did you mean".
			if best >= 0 {
				s.corrections[t.Form] = e.x.Form(best)
			} else {
				s.corrections[t.Form] = ""
			}
		}
	}
	// Keep the best expansions: closest first, then most frequent.
	slices.SortFunc(cands, func(x, y cand) int {
		if x.weight != y.weight {
			if x.weight > y.weight {
				return -1
			}
			return 1
		}
		return y.df - x.df
	})
	if len(cands) > e.params.MaxExpansions {
		cands = cands[:e.params.MaxExpansions]
	}
	for _, c := range cands {
		a.terms = append(a.terms, addSlot(c.term))
		a.weights = append(a.weights, c.weight)
	}
}

// highlightTerms returns the index terms of the positive clauses, for
// [Result.Terms] and snippets.
func (e *Engine) highlightTerms(s *scratch, p *plan, out []string) []string {
	s.seen = growBool(s.seen, len(p.slots))
	clear(s.seen)
	seen := s.seen
	for _, g := range p.groups {
		for _, ai := range g.alts {
			a := &p.alts[ai]
			for _, list := range [2][]int{a.terms, a.steps} {
				for _, si := range list {
					if si >= 0 && !seen[si] {
						seen[si] = true
						out = append(out, e.x.Term(p.slots[si].term))
					}
				}
			}
		}
	}
	return out
}
