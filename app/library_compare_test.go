package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"diptych/corpus"
)

func TestShortestTwo(t *testing.T) {
	art := func(paras ...string) corpus.Article { return corpus.Article{Paragraphs: paras} }
	cases := []struct {
		name string
		as   []corpus.Article
		a, b int
		ok   bool
	}{
		{"none", nil, -1, -1, false},
		{"one", []corpus.Article{art("x")}, 0, -1, false},
		{"two", []corpus.Article{art("long one"), art("short")}, 1, 0, true},
		{"shortest last", []corpus.Article{art("ccc"), art("bb"), art("dddd"), art("a")}, 3, 1, true},
		{"shortest first", []corpus.Article{art("a"), art("bb"), art("ccc")}, 0, 1, true},
		{"paragraphs add up", []corpus.Article{art("aa", "aa"), art("bbb"), art("cc")}, 2, 1, true},
		{"ties keep the first", []corpus.Article{art("aa"), art("bb"), art("cc")}, 0, 1, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b, ok := shortestTwo(c.as, nil)
			assert.Equal(t, c.ok, ok)
			if c.ok {
				assert.Equal(t, [2]int{c.a, c.b}, [2]int{a, b})
			}
		})
	}
}

func TestWarmUpPair(t *testing.T) {
	full := func(body string) corpus.Article {
		return corpus.Article{Paragraphs: []string{body}, Figures: []corpus.Figure{{Value: "1"}}, Quotes: []corpus.Quote{{Speaker: "p"}},
			Mentions: []corpus.Mention{{Type: corpus.Person, Entity: "p"}}}
	}
	bare := func(body string) corpus.Article { return corpus.Article{Paragraphs: []string{body}} }
	cases := []struct {
		name string
		as   []corpus.Article
		a, b int
		ok   bool
	}{
		{"the shortest with figures, quotes and entities", []corpus.Article{bare("a"), full("cccc"), bare("bb"), full("ddd")}, 3, 1, true},
		{"fewer than two such: the shortest of all", []corpus.Article{bare("a"), full("cccc"), bare("bb")}, 0, 2, true},
		{"one article", []corpus.Article{full("a")}, 0, -1, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, b, ok := warmUpPair(c.as)
			assert.Equal(t, c.ok, ok)
			if c.ok {
				assert.Equal(t, [2]int{c.a, c.b}, [2]int{a, b})
			}
		})
	}
}
