package search

import (
	"slices"

	"diptych/corpus"
	"diptych/corpus/text"
)

// snippetTerms returns the terms to mark in snippets: the query's terms
// (from highlightTerms) without stop words (unless the query is all stop
// words).
func (e *Engine) snippetTerms(p *plan, terms []string) map[string]bool {
	out := map[string]bool{}
	for _, t := range terms {
		if p.allStop || !isStopTerm(t) {
			out[t] = true
		}
	}
	return out
}

// snippet cuts the passage of paragraph para of a (document doc) around
// the query's matches.
func (e *Engine) snippet(s *scratch, terms map[string]bool, doc int, a *corpus.Article, para int, hint snippetHint) Snippet {
	if para < 0 || para >= len(a.Paragraphs) {
		if len(a.Paragraphs) == 0 {
			return Snippet{Para: -1}
		}
		para = 0
	}
	text := a.Paragraphs[para]
	limit := e.params.SnippetBytes
	s.toks = s.toks[:0]
	var matches [][2]int
	if hint.tokens > 0 && limit > 0 && len(text) > 3*limit {
		// Analyse only the stretch where the matches start, estimated
		// from the paragraph's mean bytes per word; fall back to the
		// whole paragraph if the estimate misses.
		bpt := float64(len(text)) / float64(hint.tokens)
		lo := snapSpace(text, int(float64(hint.first-6)*bpt), -1)
		hi := snapSpace(text, int(float64(hint.first+2)*bpt)+limit+limit/4, +1)
		s.toks = s.paras.tokens(s.an, paraKey{doc, para, lo, hi}, text, s.toks)
		matches = markMatches(s.toks, terms, matches)
	}
	if len(matches) == 0 {
		s.toks = s.paras.tokens(s.an, paraKey{doc, para, 0, len(text)}, text, s.toks[:0])
		matches = markMatches(s.toks, terms, matches)
	}
	if limit <= 0 || len(text) <= limit {
		return Snippet{Para: para, Text: text, Matches: matches}
	}
	return cutSnippet(para, text, s.toks, matches, limit)
}

// snapSpace moves byte offset i of text to a space (or an end), looking
// backwards (dir -1) or forwards (+1).
func snapSpace(text string, i, dir int) int {
	if i <= 0 {
		return 0
	}
	if i >= len(text) {
		return len(text)
	}
	for i > 0 && i < len(text) && text[i] != ' ' && text[i] != '\n' {
		i += dir
	}
	return i
}

// markMatches appends the offsets of the tokens whose term is in terms.
func markMatches(toks []text.Token, terms map[string]bool, matches [][2]int) [][2]int {
	for _, t := range toks {
		if terms[t.Term] {
			if t.Joined {
				// The parts are marked already when they match; mark the
				// whole compound only if they do not.
				if len(matches) > 0 && matches[len(matches)-1][1] > t.Start {
					continue
				}
			}
			matches = append(matches, [2]int{t.Start, t.End})
		}
	}
	slices.SortFunc(matches, func(x, y [2]int) int { return x[0] - y[0] })
	return matches
}

// cutSnippet cuts text (paragraph para, analysed into toks) to about limit
// bytes around the densest run of matches.
func cutSnippet(para int, text string, toks []text.Token, matches [][2]int, limit int) Snippet {
	// Choose the window of at most limit bytes that holds the most
	// matches, starting at a word a little before the first of them.
	bestStart, bestN := 0, -1
	for i, m := range matches {
		n := 0
		for _, m2 := range matches[i:] {
			if m2[1]-m[0] > limit {
				break
			}
			n++
		}
		if n > bestN {
			bestStart, bestN = m[0], n
		}
	}
	// Back up a few words for context, at a token boundary.
	start, end := 0, len(text)
	if bestN > 0 {
		start = bestStart
		back := 0
		for i := len(toks) - 1; i >= 0; i-- {
			t := toks[i]
			if t.Start < bestStart && !t.Joined {
				back++
				start = t.Start
				if back == 4 || bestStart-t.Start > limit/4 {
					break
				}
			}
		}
	}
	end = start + limit
	if end >= len(text) {
		end = len(text)
		// Use the room left to show more before the matches.
		for _, t := range toks {
			if t.Start >= end-limit && t.Start <= start {
				start = t.Start
				break
			}
		}
	} else {
		// End at the last word that fits.
		cut := start
		for _, t := range toks {
			if t.End <= end && t.End > cut {
				cut = t.End
			}
		}
		end = cut
	}
	out := Snippet{Para: para}
	prefix := ""
	if start > 0 {
		prefix = "…"
	}
	out.Text = prefix + text[start:end]
	if end < len(text) {
		out.Text += "…"
	}
	for _, m := range matches {
		if m[0] >= start && m[1] <= end {
			out.Matches = append(out.Matches, [2]int{m[0] - start + len(prefix), m[1] - start + len(prefix)})
		}
	}
	return out
}

// MatchSpans returns the words of article id's body that query q matches,
// for highlighting in the article view, in (Para, Start) order. It returns
// nil if the article is not in the index.
func (e *Engine) MatchSpans(q, id string) []corpus.Span {
	d, ok := e.byID[id]
	if !ok {
		return nil
	}
	s := e.getScratch()
	defer e.putScratch(s)
	pq := Parse(q, false)
	p := e.compile(s, &pq)
	terms := e.snippetTerms(p, e.highlightTerms(s, p, nil))
	a := e.docs.Article(d)
	var spans []corpus.Span
	for i, para := range a.Paragraphs {
		s.toks = s.an.Tokens(para, s.toks[:0])
		lastEnd := -1
		for _, t := range s.toks {
			if !terms[t.Term] {
				continue
			}
			if t.Joined && t.Start < lastEnd {
				continue
			}
			spans = append(spans, corpus.Span{Para: i, Start: t.Start, End: t.End})
			lastEnd = t.End
		}
	}
	slices.SortFunc(spans, func(x, y corpus.Span) int {
		if x.Para != y.Para {
			return x.Para - y.Para
		}
		return x.Start - y.Start
	})
	return spans
}
