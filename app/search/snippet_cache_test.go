package search

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus/text"
)

// TestParaCache: a cached passage gives the tokens a fresh analysis gives,
// offsets into the paragraph, appended after what dst holds; passages are
// told apart by document, paragraph and range; the cache stays bounded.
func TestParaCache(t *testing.T) {
	an := text.NewAnalyzer()
	para := "Ministers said the cease-fire talks in Doha would resume on Monday."
	fresh := func(lo, hi int) []text.Token {
		toks := text.NewAnalyzer().Tokens(para[lo:hi], nil)
		for i := range toks {
			toks[i].Start += lo
			toks[i].End += lo
		}
		return toks
	}
	var c paraCache
	tests := []struct {
		name   string
		k      paraKey
		lo, hi int
	}{
		{"whole paragraph", paraKey{1, 0, 0, len(para)}, 0, len(para)},
		{"whole paragraph again, from the cache", paraKey{1, 0, 0, len(para)}, 0, len(para)},
		{"a stretch", paraKey{1, 0, 15, 40}, 15, 40},
		{"the stretch again", paraKey{1, 0, 15, 40}, 15, 40},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prefix := []text.Token{{Form: "kept"}}
			got := c.tokens(an, tc.k, para, prefix)
			require.NotEmpty(t, got)
			assert.Equal(t, "kept", got[0].Form, "dst's tokens stay first")
			assert.Equal(t, fresh(tc.lo, tc.hi), got[1:])
			for _, tok := range got[1:] {
				assert.True(t, tok.Start >= tc.lo && tok.End <= tc.hi, "offsets into the paragraph, within the passage: %+v", tok)
			}
		})
	}
	assert.Len(t, c.toks, 2, "two passages cached")

	// Another document's paragraph under the same numbers is analysed
	// afresh.
	other := "Rugby coaches met in Cardiff."
	got := c.tokens(an, paraKey{2, 0, 0, len(other)}, other, nil)
	assert.Equal(t, "rugby", got[0].Form)

	// Many passages: the cache holds no more than its bound.
	long := strings.Repeat("word ", 2000)
	for d := range 100 {
		c.tokens(an, paraKey{d, 1, 0, len(long)}, long, nil)
		assert.LessOrEqual(t, c.size, maxCachedTokens)
	}
}
