package search

import (
	"strings"
	"unicode/utf8"

	"diptych/corpus/text"
)

// isStopTerm reports whether index term t is a stop word (stop words are
// indexed under their own form).
func isStopTerm(t string) bool { return text.IsStop(t) }

// didYouMean returns q with every unknown word replaced by the closest
// indexed word (fewest edits, then most documents), or "" if every word is
// known or none has a close neighbour.
func (e *Engine) didYouMean(s *scratch, q string, pq *Query) string {
	if !s.unknown {
		return "" // compile found every word it looked up
	}
	type repl struct {
		start, end int
		with       string
	}
	var rs []repl
	n := 0 // clause number, for the tokens compile left in s.clauseToks
	for _, g := range pq.Groups {
		for _, c := range g.Alts {
			n++
			if c.Prefix {
				continue
			}
			for _, t := range s.clauseToks[n-1] {
				if t.Joined || t.Stop {
					continue
				}
				if _, ok := e.lookup(t); ok {
					continue
				}
				if w := e.closest(s, t.Form); w != "" {
					rs = append(rs, repl{c.Start + t.Start, c.Start + t.End, w})
				}
			}
		}
	}
	if len(rs) == 0 {
		return ""
	}
	var b strings.Builder
	last := 0
	for _, r := range rs {
		if r.start < last {
			continue
		}
		b.WriteString(q[last:r.start])
		b.WriteString(r.with)
		last = r.end
	}
	b.WriteString(q[last:])
	return b.String()
}

// closest returns the indexed form nearest to form, or "" (reusing what
// compile found when it corrected the word).
func (e *Engine) closest(s *scratch, form string) string {
	if w, ok := s.corrections[form]; ok {
		return w
	}
	d := maxEdits(utf8.RuneCountInString(form))
	if d == 0 {
		return ""
	}
	best, bestDist, bestDF := -1, d+1, -1
	e.x.FuzzyForms(form, d, func(f, dist int) {
		if text.IsStop(e.x.Form(f)) {
			return
		}
		df := e.x.DocFreq(e.x.FormTerm(f))
		if dist < bestDist || dist == bestDist && df > bestDF {
			best, bestDist, bestDF = f, dist, df
		}
	})
	if best < 0 {
		return ""
	}
	return e.x.Form(best)
}
