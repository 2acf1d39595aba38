package main

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
	byShared := l.stats().related(id)
	shared := make(map[int]int, len(byShared))
	for _, r := range byShared {
		shared[r.Article] = r.Count
	}
	var out []compareCandidate
	seen := map[int]bool{}
	for _, n := range l.related(id) {
		i, ok := l.stats().pos[n.ID]
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
