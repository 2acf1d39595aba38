package main

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFacetsFromURL(t *testing.T) {
	tests := []struct {
		name  string
		query string
		want  facets
	}{
		{"none", "q=x", facets{}},
		{"each kind", "person=antony-blinken&org=hamas&place=gaza&source=ICARO+Media+Group&month=2024-06",
			facets{Person: []string{"antony-blinken"}, Org: []string{"hamas"}, Place: []string{"gaza"}, Source: []string{"ICARO Media Group"}, Month: []string{"2024-06"}}},
		{"repeated values once", "person=a&person=a&person=b", facets{Person: []string{"a", "b"}}},
		{"bad month dropped", "month=June&month=2024-13", facets{}},
		{"empty dropped", "person=&org=%20", facets{}},
		{"too many bounded", "place=1&place=2&place=3&place=4&place=5&place=6&place=7&place=8&place=9&place=10",
			facets{Place: []string{"1", "2", "3", "4", "5", "6", "7", "8"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := url.ParseQuery(tc.query)
			require.NoError(t, err)
			assert.Equal(t, tc.want, facetsFromURL(v))
		})
	}
}

func TestEngineQuery(t *testing.T) {
	tests := []struct {
		name string
		q    string
		f    facets
		want string
	}{
		{"no facets", "gaza", facets{}, "gaza"},
		{"person first, query last", "rafa", facets{Person: []string{"antony-blinken"}}, "person:antony-blinken rafa"},
		{"source with spaces quoted", "", facets{Source: []string{"ICARO Media Group"}}, `source:"ICARO Media Group" `},
		{"quote in a value removed", "", facets{Source: []string{`a "b`}}, `source:"a b" `},
		{"month is a range", "x", facets{Month: []string{"2024-12"}}, "after:2024-12 before:2025-01 x"},
		{"every kind", "", facets{Person: []string{"p"}, Org: []string{"o"}, Place: []string{"l"}}, "person:p org:o place:l "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, engineQuery(tc.q, tc.f))
		})
	}
}

func TestFacetsToggle(t *testing.T) {
	f := facets{}.toggle(facetPerson, "a").toggle(facetPerson, "b")
	assert.Equal(t, []string{"a", "b"}, f.Person)
	g := f.toggle(facetPerson, "a")
	assert.Equal(t, []string{"b"}, g.Person)
	assert.Equal(t, []string{"a", "b"}, f.Person, "toggle does not change the original")
	m := facets{}.toggle(facetMonth, "2024-06").toggle(facetMonth, "2024-07")
	assert.Equal(t, []string{"2024-07"}, m.Month, "one month at a time")
	assert.True(t, m.has(facetMonth, "2024-07"))
	assert.Equal(t, 1, m.count())
}

func TestSearchURLRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		q    string
		f    facets
		want string
	}{
		{"home", "", facets{}, "/"},
		{"query", "a & b", facets{}, "/search?q=a+%26+b"},
		{"facets only", "", facets{Person: []string{"antony-blinken"}}, "/search?person=antony-blinken"},
		{"both, q first", "rafah", facets{Source: []string{"ICARO Media Group"}, Month: []string{"2024-06"}}, "/search?q=rafah&month=2024-06&source=ICARO+Media+Group"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := searchURL(tc.q, tc.f)
			assert.Equal(t, tc.want, got)
			u, err := url.Parse(got)
			require.NoError(t, err)
			r := parseRoute(u)
			assert.Equal(t, viewHome, r.view)
			assert.Equal(t, tc.q, r.query)
			assert.Equal(t, tc.f.values(), r.facet.values())
		})
	}
}

func TestMonthLabels(t *testing.T) {
	assert.Equal(t, "June 2024", monthLabel("2024-06"))
	assert.Equal(t, "nope", monthLabel("nope"))
	assert.Equal(t, "10 June 2024", dayLabel("2024-06-10T21:02"))
	assert.Equal(t, "June 2024", dayLabel("2024-06"))
	assert.Equal(t, "2024", dayLabel("2024"))
}
