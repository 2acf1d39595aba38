package search

import (
	"cmp"
	"slices"

	"diptych/corpus"
	"diptych/corpus/index"
)

// countFacets counts one matching document.
func (e *Engine) countFacets(s *scratch, dd index.DocData, opts Options) {
	if opts.NoFacets {
		return
	}
	s.entBuf = dd.Entities(s.entBuf[:0])
	for _, en := range s.entBuf {
		s.entCount[en]++
	}
	if dd.Source >= 0 {
		s.srcCount[dd.Source]++
	}
	if m := month(dd.Published); m != "" {
		s.months[m]++
	}
}

// month returns the "YYYY-MM" of an ISO date, or "".
func month(date string) string {
	if len(date) >= 7 && date[4] == '-' {
		return date[:7]
	}
	return ""
}

// facets turns the counts into sorted facet lists.
func (e *Engine) facets(s *scratch) Facets {
	var f Facets
	var top [3]topN
	for i, n := range s.entCount {
		if n == 0 {
			continue
		}
		_, _, typ := e.x.Entity(i)
		if t := int(typ) - int(corpus.Person); t >= 0 && t < 3 {
			top[t].add(i, n)
		}
	}
	ent := func(t topN) []FacetCount {
		var out []FacetCount
		for _, c := range t.items {
			id, name, _ := e.x.Entity(c.i)
			out = append(out, FacetCount{Value: id, Label: name, Count: c.n})
		}
		return out
	}
	f.Persons, f.Orgs, f.Places = ent(top[0]), ent(top[1]), ent(top[2])
	var src topN
	for i, n := range s.srcCount {
		if n > 0 {
			src.add(i, n)
		}
	}
	for _, c := range src.items {
		name := e.x.Source(c.i)
		f.Sources = append(f.Sources, FacetCount{Value: name, Label: name, Count: c.n})
	}
	for m, n := range s.months {
		f.Months = append(f.Months, FacetCount{Value: m, Label: m, Count: n})
	}
	slices.SortFunc(f.Months, func(a, b FacetCount) int { return cmp.Compare(a.Value, b.Value) })
	return f
}

// topN keeps the maxFacetValues largest counts, most first; equal counts
// keep the lower index (entities and sources are sorted by id and name).
type topN struct {
	items []struct{ i, n int }
}

func (t *topN) add(i, n int) {
	if len(t.items) == maxFacetValues && n <= t.items[len(t.items)-1].n {
		return
	}
	j := len(t.items)
	for j > 0 && t.items[j-1].n < n {
		j--
	}
	t.items = slices.Insert(t.items, j, struct{ i, n int }{i, n})
	if len(t.items) > maxFacetValues {
		t.items = t.items[:maxFacetValues]
	}
}
