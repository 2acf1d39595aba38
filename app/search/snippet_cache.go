package search

import "diptych/corpus/text"

// paraCache keeps the analysed words of the passages snippets were cut
// from lately. Search as you type asks for the same articles' passages
// key after key, with other words to mark: analysing a passage
// (segmenting, folding, stemming) is most of a snippet's cost, marking the
// words is little. The zero value is an empty cache.
type paraCache struct {
	toks map[paraKey][]text.Token
	size int // tokens held
}

// paraKey names a passage: bytes [lo, hi) of paragraph para of document
// doc.
type paraKey struct{ doc, para, lo, hi int }

// maxCachedTokens bounds the tokens a cache holds (a few thousand
// passages, a few MB); when full it starts again.
const maxCachedTokens = 1 << 16

// tokens appends the tokens of passage k of paragraph p to dst, with
// offsets into p, analysing it with an only if the cache lacks it.
func (c *paraCache) tokens(an *text.Analyzer, k paraKey, p string, dst []text.Token) []text.Token {
	if t, ok := c.toks[k]; ok {
		return append(dst, t...)
	}
	start := len(dst)
	dst = an.Tokens(p[k.lo:k.hi], dst)
	for i := start; i < len(dst); i++ {
		dst[i].Start += k.lo
		dst[i].End += k.lo
	}
	n := len(dst) - start
	if n > maxCachedTokens/8 {
		return dst // too big to keep
	}
	if c.toks == nil || c.size+n > maxCachedTokens {
		c.toks, c.size = make(map[paraKey][]text.Token), 0
	}
	c.toks[k] = append([]text.Token(nil), dst[start:]...)
	c.size += n
	return dst
}
