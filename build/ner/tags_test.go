package ner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestTagsRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		spans []span
		n     int
	}{
		{"none", nil, 3},
		{"unit", []span{{1, 2, labelLOC}}, 3},
		{"multi-token", []span{{0, 3, labelPER}}, 4},
		{"adjacent", []span{{0, 2, labelORG}, {2, 3, labelMISC}}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tags := spansToTags(tt.spans, tt.n)
			assert.Equal(t, tt.spans, tagsToSpans(tags, nil))
			for k := 1; k < len(tags); k++ {
				assert.True(t, allowed(tags[k-1], tags[k]), "tag %d after %d", tags[k], tags[k-1])
			}
		})
	}
}

func TestTagsToSpansLenient(t *testing.T) {
	// B-PER with no L, then O: closed where it stops.
	tags := []int{makeTag(labelPER, posB), makeTag(labelPER, posI), tagO, makeTag(labelLOC, posI)}
	assert.Equal(t, []span{{0, 2, labelPER}, {3, 4, labelLOC}}, tagsToSpans(tags, nil))
	// A sentence start closes an open entity.
	tags = []int{makeTag(labelORG, posB), makeTag(labelORG, posL)}
	assert.Equal(t, []span{{0, 1, labelORG}, {1, 2, labelORG}}, tagsToSpans(tags, []bool{true, true}))
}

func TestAllowed(t *testing.T) {
	assert.False(t, allowed(-1, makeTag(labelPER, posI)), "I at sentence start")
	assert.True(t, allowed(-1, makeTag(labelPER, posB)))
	assert.False(t, allowed(makeTag(labelPER, posB), tagO), "O inside an entity")
	assert.False(t, allowed(makeTag(labelPER, posB), makeTag(labelORG, posL)), "label change inside an entity")
	assert.True(t, allowed(makeTag(labelPER, posL), makeTag(labelORG, posU)))
}
