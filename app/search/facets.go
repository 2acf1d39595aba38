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
	for i, n := range s.entCount {
		if n == 0 {
			continue
		}
		id, name, typ := e.x.Entity(i)
		fc := FacetCount{Value: id, Label: name, Count: n}
		switch typ {
		case corpus.Person:
			f.Persons = append(f.Persons, fc)
		case corpus.Org:
			f.Orgs = append(f.Orgs, fc)
		case corpus.Place:
			f.Places = append(f.Places, fc)
		}
	}
	for i, n := range s.srcCount {
		if n > 0 {
			name := e.x.Source(i)
			f.Sources = append(f.Sources, FacetCount{Value: name, Label: name, Count: n})
		}
	}
	for m, n := range s.months {
		f.Months = append(f.Months, FacetCount{Value: m, Label: m, Count: n})
	}
	f.Persons = topFacets(f.Persons)
	f.Orgs = topFacets(f.Orgs)
	f.Places = topFacets(f.Places)
	f.Sources = topFacets(f.Sources)
	slices.SortFunc(f.Months, func(a, b FacetCount) int { return cmp.Compare(a.Value, b.Value) })
	return f
}

// topFacets sorts by count (then label) and keeps the first few.
func topFacets(fs []FacetCount) []FacetCount {
	slices.SortFunc(fs, func(a, b FacetCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return cmp.Compare(a.Label, b.Label)
	})
	if len(fs) > maxFacetValues {
		fs = fs[:maxFacetValues]
	}
	return fs
}
