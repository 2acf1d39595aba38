package main

import (
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// facet names a kind of search facet, as it appears in the URL.
type facet string

// The facets a search can be narrowed by.
const (
	facetPerson facet = "person"
	facetOrg    facet = "org"
	facetPlace  facet = "place"
	facetSource facet = "source"
	facetMonth  facet = "month"
)

// facetKinds lists the facets in display order.
var facetKinds = [...]facet{facetPerson, facetOrg, facetPlace, facetSource, facetMonth}

// facets are the values chosen to narrow a search: entity ids for people,
// organisations and places, source names, and "YYYY-MM" months. They are
// part of the URL (/search?q=...&person=antony-blinken&month=2024-06).
type facets struct {
	Person, Org, Place, Source []string
	Month                      []string
}

// maxFacetValuesInURL bounds how many values of one facet a URL may carry,
// so a hostile link cannot make a huge query.
const maxFacetValuesInURL = 8

// facetsFromURL reads the facets of a search URL's query. Values that
// cannot be facets (empty, too long, a malformed month) are left out.
func facetsFromURL(v url.Values) facets {
	var f facets
	for _, k := range facetKinds {
		for _, s := range v[string(k)] {
			s = strings.TrimSpace(s)
			if s == "" || len(s) > maxIDLen || (k == facetMonth && !isMonth(s)) {
				continue
			}
			if p := f.list(k); len(*p) < maxFacetValuesInURL && !slices.Contains(*p, s) {
				*p = append(*p, s)
			}
		}
	}
	return f
}

// list returns the values of facet k.
func (f *facets) list(k facet) *[]string {
	switch k {
	case facetPerson:
		return &f.Person
	case facetOrg:
		return &f.Org
	case facetPlace:
		return &f.Place
	case facetSource:
		return &f.Source
	default:
		return &f.Month
	}
}

// empty reports whether no facet is chosen.
func (f facets) empty() bool { return f.count() == 0 }

// count returns the number of chosen values.
func (f facets) count() int {
	return len(f.Person) + len(f.Org) + len(f.Place) + len(f.Source) + len(f.Month)
}

// has reports whether value v of facet k is chosen.
func (f facets) has(k facet, v string) bool { return slices.Contains(*f.list(k), v) }

// toggle returns f with value v of facet k added, or removed if present.
func (f facets) toggle(k facet, v string) facets {
	out := f.clone()
	p := out.list(k)
	if i := slices.Index(*p, v); i >= 0 {
		*p = slices.Delete(*p, i, i+1)
	} else if k == facetMonth {
		*p = []string{v} // one month at a time
	} else {
		*p = append(*p, v)
	}
	return out
}

func (f facets) clone() facets {
	return facets{
		Person: slices.Clone(f.Person), Org: slices.Clone(f.Org), Place: slices.Clone(f.Place),
		Source: slices.Clone(f.Source), Month: slices.Clone(f.Month),
	}
}

// values returns the facets as URL query values.
func (f facets) values() url.Values {
	v := url.Values{}
	for _, k := range facetKinds {
		for _, s := range *f.list(k) {
			v.Add(string(k), s)
		}
	}
	return v
}

// engineQuery is query q with the facets written in the search engine's
// filter syntax (person:id source:"name" after:2024-06 before:2024-07).
// The filters come first, so that the reader's last word stays the word
// being typed (a prefix) for the engine. A month chosen twice or more
// cannot all hold: the first one is used.
func engineQuery(q string, f facets) string {
	if f.empty() {
		return q
	}
	var b strings.Builder
	add := func(name, v string) {
		v = strings.Join(strings.Fields(strings.ReplaceAll(v, `"`, " ")), " ")
		if v == "" {
			return
		}
		b.WriteString(name + ":")
		if strings.ContainsAny(v, " :") {
			b.WriteString(`"` + v + `"`)
		} else {
			b.WriteString(v)
		}
		b.WriteString(" ")
	}
	for _, v := range f.Person {
		add("person", v)
	}
	for _, v := range f.Org {
		add("org", v)
	}
	for _, v := range f.Place {
		add("place", v)
	}
	for _, v := range f.Source {
		add("source", v)
	}
	if len(f.Month) > 0 {
		if next, ok := nextMonth(f.Month[0]); ok {
			add("after", f.Month[0])
			add("before", next)
		}
	}
	b.WriteString(q)
	return b.String()
}

// isMonth reports whether s is a "YYYY-MM" month.
func isMonth(s string) bool {
	_, ok := nextMonth(s)
	return ok
}

// nextMonth returns the month after "YYYY-MM".
func nextMonth(s string) (string, bool) {
	t, err := time.Parse("2006-01", s)
	if err != nil {
		return "", false
	}
	return t.AddDate(0, 1, 0).Format("2006-01"), true
}

// monthLabel is "June 2024" for "2024-06", or s itself if it is no month.
func monthLabel(s string) string {
	t, err := time.Parse("2006-01", s)
	if err != nil {
		return s
	}
	return t.Month().String() + " " + strconv.Itoa(t.Year())
}
