package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStoryIntro(t *testing.T) {
	cases := []struct {
		name                  string
		shown, total, undated int
		want                  string
	}{
		{"all dated", 5, 5, 0, "5 articles, oldest first."},
		{"one undated", 5, 5, 1, "5 articles, oldest first; the one without a known date comes last."},
		{"some undated", 5, 5, 3, "5 articles, oldest first; the 3 without a known date come last."},
		{"none dated", 4, 4, 4, "4 articles; none has a known date, so their order says nothing."},
		{"the newest of more", 12, 40, 2, "The 12 newest of 40 articles, oldest first; the 2 without a known date come last."},
		{"one article", 1, 1, 1, "1 article, oldest first; the one without a known date comes last."},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, storyIntro(tc.shown, tc.total, tc.undated))
		})
	}
}
