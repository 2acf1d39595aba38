package search

import (
	"math"
	"slices"

	"diptych/corpus/index"
)

// feedbackEligible reports whether pseudo-relevance feedback applies to p.
func (e *Engine) feedbackEligible(p *plan, opts Options) bool {
	if e.params.Feedback <= 0 || e.params.FeedbackTerms <= 0 || opts.Sort != ByRelevance {
		return false
	}
	words := 0
	for _, g := range p.groups {
		if g.required || g.boost {
			return false
		}
		words++
	}
	return words >= e.params.FeedbackMinWords
}

// expand adds feedback boosts to p from the documents in s.heap (the first
// pass's best): each word's weight is the sum over those documents of the
// document's share of their total score times the word's share of the
// document's words (the relevance model, RM1), times its IDF so that
// words common everywhere do not dominate.
func (e *Engine) expand(s *scratch, p *plan) {
	if len(s.heap) == 0 {
		return
	}
	inQuery := make(map[int]int, len(p.slots))
	for i, sl := range p.slots {
		inQuery[sl.term] = i + 1
	}
	total := 0.0
	top := 0.0
	for _, en := range s.heap {
		top = max(top, en.score)
	}
	dw := func(sc float64) float64 {
		if e.params.FeedbackSharpness > 0 {
			return math.Exp(e.params.FeedbackSharpness * (sc - top) / top)
		}
		return sc
	}
	for _, en := range s.heap {
		total += dw(en.score)
	}
	if total <= 0 {
		return
	}
	weights := map[int]float64{}
	counts := map[int]int{}
	for _, en := range s.heap {
		a := e.docs.Article(en.doc)
		clear(counts)
		n := 0
		count := func(text string) {
			s.toks = s.an.Tokens(text, s.toks[:0])
			for _, t := range s.toks {
				if t.Joined {
					continue
				}
				n++
				if t.Stop || !hasLetter(t.Form) {
					continue
				}
				if term, ok := e.x.LookupTerm(t.Term); ok && (e.params.FeedbackQueryTerms || inQuery[term] == 0) {
					counts[term]++
				}
			}
		}
		count(a.Title)
		for _, para := range a.Paragraphs {
			count(para)
		}
		if n == 0 {
			continue
		}
		share := dw(en.score) / total
		for term, c := range counts {
			weights[term] += share * float64(c) / float64(n)
		}
	}
	type cand struct {
		term int
		w    float64
	}
	nd := float64(e.x.NumDocs())
	cands := make([]cand, 0, len(weights))
	for term, w := range weights {
		df := e.x.DocFreq(term)
		if df < 2 {
			continue // a word of one document says nothing about others
		}
		cands = append(cands, cand{term, w * math.Log(1+(nd-float64(df)+0.5)/(float64(df)+0.5))})
	}
	slices.SortFunc(cands, func(a, b cand) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return a.term - b.term
	})
	if len(cands) > e.params.FeedbackTerms {
		cands = cands[:e.params.FeedbackTerms]
	}
	for _, c := range cands {
		si := inQuery[c.term] - 1
		if si < 0 {
			df := e.x.DocFreq(c.term)
			p.slots = append(p.slots, slot{term: c.term, idf: math.Log(1 + (nd-float64(df)+0.5)/(float64(df)+0.5))})
			si = len(p.slots) - 1
		}
		p.groups = append(p.groups, cgroup{boost: true, slot: si, weight: e.params.FeedbackWeight * c.w / cands[0].w})
	}
}

func hasLetter(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' || c >= 0x80 {
			return true
		}
	}
	return false
}

var _ = index.FieldBody
