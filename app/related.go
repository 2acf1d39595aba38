package main

import (
	"sync"

	"diptych/app/compare"
	"diptych/corpus"
)

// relatedDocs ranks the other articles by similarity to one article, for
// the article view's "compare with" list, with the comparison engine's
// Similarity (terms and entities). The document vectors are computed the
// first time they are needed, not at start-up, so opening the app does not
// pay for them.
type relatedDocs struct {
	articles []corpus.Article

	once sync.Once
	docs []compare.Doc
	pos  map[string]int
}

// similarTo returns article id's neighbours, most similar first, with
// their scores; articles with nothing in common are left out.
func (r *relatedDocs) similarTo(id string) []compare.Neighbor {
	r.once.Do(func() {
		r.docs = compare.Vectors(r.articles, compare.DefaultVectorParams)
		r.pos = make(map[string]int, len(r.docs))
		for i, d := range r.docs {
			r.pos[d.ID] = i
		}
	})
	i, ok := r.pos[id]
	if !ok {
		return nil
	}
	return compare.Rank(&r.docs[i], r.docs, -1)
}

// compareCandidate is an article to compare with: its position in the index,
// its Similarity score and the named entities it shares.
type compareCandidate struct {
	Article int
	Score   float64
	Shared  int
}

// compareCandidates returns every other article, most similar to article id
// first; those with a zero score follow in shared-entity order.
func (l *library) compareCandidates(id string) []compareCandidate {
	byShared := l.stats.related(id)
	shared := make(map[int]int, len(byShared))
	for _, r := range byShared {
		shared[r.Article] = r.Count
	}
	var out []compareCandidate
	seen := map[int]bool{}
	for _, n := range l.related.similarTo(id) {
		i, ok := l.stats.pos[n.ID]
		if !ok {
			continue
		}
		seen[i] = true
		out = append(out, compareCandidate{i, n.Score, shared[i]})
	}
	for _, r := range byShared {
		if !seen[r.Article] {
			out = append(out, compareCandidate{r.Article, 0, r.Count})
		}
	}
	return out
}
