package compare

import (
	"cmp"
	"math"
	"slices"

	"diptych/corpus"
)

// Weight is one coordinate of a document vector: a stem or an entity id
// and its weight.
type Weight struct {
	Key string  `json:"k"`
	W   float64 `json:"w"`
}

// Doc is an article's document vector: the TF-IDF weights of its stems
// (title and body) and of its canonical entities, each part of unit length
// (up to the rounding of weights to multiples of 1/WeightScale) and sorted
// by key. It is small enough to store in the index, so the
// browser can score any two articles without the corpus statistics.
type Doc struct {
	ID       string   `json:"id"`
	Terms    []Weight `json:"terms"`
	Entities []Weight `json:"entities,omitempty"`
}

// VectorParams tunes document vectors.
type VectorParams struct {
	// MaxTerms keeps only a document's heaviest terms, which bounds what
	// the index stores per article and the cost of Related. Default 64,
	// range [1, ∞); 0 means the default.
	MaxTerms int
}

// DefaultVectorParams are the vector parameters used when none are given.
var DefaultVectorParams = VectorParams{MaxTerms: 64}

// EntityShare is the weight of the entity part in Similarity: score =
// (1−EntityShare)·terms + EntityShare·entities, for two documents that both
// have entities; otherwise the term cosine alone.
const EntityShare = 0.25

// termCounts are the stems and entity ids of a document with their counts.
type termCounts struct {
	terms map[string]int
	ents  map[string]int
}

// Vectors returns the document vector of every article, with IDF computed
// over articles: a term's weight is (1+ln tf)·ln(1+N/df), likewise for
// entity mentions.
func Vectors(articles []corpus.Article, p VectorParams) []Doc {
	an := newAnalyser()
	counts := make([]termCounts, len(articles))
	ptrs := make([]*corpus.Article, len(articles))
	for i := range articles {
		ptrs[i] = &articles[i]
		counts[i] = an.countTerms(&articles[i])
	}
	return vectorsFromCounts(counts, ptrs, p)
}

// countTerms counts the stems of a's title and body and its entity
// mentions, without splitting sentences.
func (an *analyser) countTerms(a *corpus.Article) termCounts {
	c := termCounts{terms: map[string]int{}, ents: map[string]int{}}
	add := func(s string) {
		plain, joined := an.words(s)
		for _, ws := range [2][]word{plain, joined} {
			for _, w := range ws {
				if w.stem != "" {
					c.terms[w.stem]++
				}
			}
		}
	}
	add(a.Title)
	for _, p := range a.Paragraphs {
		add(p)
	}
	for _, m := range a.Mentions {
		if m.Entity != "" && fits(a, m.Span) {
			c.ents[m.Entity]++
		}
	}
	return c
}

func vectorsFromCounts(counts []termCounts, articles []*corpus.Article, p VectorParams) []Doc {
	if p.MaxTerms <= 0 {
		p.MaxTerms = DefaultVectorParams.MaxTerms
	}
	df := map[string]int{}
	edf := map[string]int{}
	for _, c := range counts {
		for t := range c.terms {
			df[t]++
		}
		for e := range c.ents {
			edf[e]++
		}
	}
	n := float64(len(counts))
	docs := make([]Doc, len(counts))
	for i, c := range counts {
		docs[i] = Doc{
			ID:       articles[i].ID,
			Terms:    weigh(c.terms, df, n, p.MaxTerms),
			Entities: weigh(c.ents, edf, n, 0),
		}
	}
	return docs
}

// weigh returns the unit-length TF-IDF vector of counts, keeping the
// limit heaviest keys (all when limit is 0), sorted by key.
func weigh(counts map[string]int, df map[string]int, n float64, limit int) []Weight {
	ws := make([]Weight, 0, len(counts))
	for k, tf := range counts {
		ws = append(ws, Weight{k, (1 + math.Log(float64(tf))) * math.Log(1+n/float64(df[k]))})
	}
	if limit > 0 && len(ws) > limit {
		slices.SortFunc(ws, func(a, b Weight) int { return cmp.Or(cmp.Compare(b.W, a.W), cmp.Compare(a.Key, b.Key)) })
		ws = ws[:limit]
	}
	var norm float64
	for _, w := range ws {
		norm += w.W * w.W
	}
	if norm > 0 {
		norm = math.Sqrt(norm)
		for k := range ws {
			ws[k].W = quantize(ws[k].W / norm)
		}
	}
	slices.SortFunc(ws, func(a, b Weight) int { return cmp.Compare(a.Key, b.Key) })
	if len(ws) == 0 {
		return nil
	}
	return ws
}

// WeightScale is the denominator of every weight Vectors returns: weights
// are multiples of 1/WeightScale, so an index can store a weight w as the
// 16-bit integer round(w·WeightScale) and give back exactly the same
// float64 (q/WeightScale). Related at build time and Similarity in the
// browser then compute bit-identical scores.
const WeightScale = 65535

// quantize rounds w in [0, 1] to a multiple of 1/WeightScale.
func quantize(w float64) float64 { return math.Round(w*WeightScale) / WeightScale }

// Similarity returns how alike two documents are, in [0, 1]: the cosine of
// their term vectors blended with the cosine of their entity vectors (see
// EntityShare). It is symmetric, and it is the score Related ranks by.
func Similarity(a, b *Doc) float64 {
	return blend(dotWeights(a.Terms, b.Terms), dotWeights(a.Entities, b.Entities), len(a.Entities) > 0 && len(b.Entities) > 0)
}

func blend(terms, ents float64, withEntities bool) float64 {
	s := terms
	if withEntities {
		s = (1-EntityShare)*terms + EntityShare*ents
	}
	return min(1, max(0, s))
}

// dotWeights is the dot product of two key-sorted vectors, summed in key
// order (Related sums in the same order, so scores are bit-identical).
func dotWeights(a, b []Weight) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].Key < b[j].Key:
			i++
		case a[i].Key > b[j].Key:
			j++
		default:
			s += a[i].W * b[j].W
			i++
			j++
		}
	}
	return s
}

// Neighbor is a related document and its Similarity score.
type Neighbor struct {
	ID    string  `json:"id"`
	Score float64 `json:"score"`
}

// Related returns, for each doc, the k most similar other docs, best
// first (ties by id), leaving out those with score 0. Scores equal
// Similarity exactly. It accumulates dot products through an inverted
// index, so its cost grows with shared terms rather than with all N² pairs.
func Related(docs []Doc, k int) [][]Neighbor {
	type posting struct {
		doc int32
		w   float64
	}
	terms := map[string][]posting{}
	ents := map[string][]posting{}
	for d := range docs {
		for _, w := range docs[d].Terms {
			terms[w.Key] = append(terms[w.Key], posting{int32(d), w.W})
		}
		for _, w := range docs[d].Entities {
			ents[w.Key] = append(ents[w.Key], posting{int32(d), w.W})
		}
	}
	out := make([][]Neighbor, len(docs))
	tacc := make([]float64, len(docs))
	eacc := make([]float64, len(docs))
	seen := make([]bool, len(docs))
	var touched []int32
	for d := range docs {
		touched = touched[:0]
		for _, w := range docs[d].Terms {
			for _, p := range terms[w.Key] {
				if !seen[p.doc] {
					seen[p.doc] = true
					touched = append(touched, p.doc)
				}
				tacc[p.doc] += w.W * p.w
			}
		}
		for _, w := range docs[d].Entities {
			for _, p := range ents[w.Key] {
				if !seen[p.doc] {
					seen[p.doc] = true
					touched = append(touched, p.doc)
				}
				eacc[p.doc] += w.W * p.w
			}
		}
		top := topK{k: k}
		for _, o := range touched {
			if int(o) != d {
				s := blend(tacc[o], eacc[o], len(docs[d].Entities) > 0 && len(docs[o].Entities) > 0)
				if s > 0 {
					top.add(Neighbor{docs[o].ID, s})
				}
			}
			tacc[o], eacc[o], seen[o] = 0, 0, false
		}
		out[d] = top.sorted()
	}
	return out
}

// pairSimilarity is Similarity for two analysed articles scored against
// each other alone (N = 2, no MaxTerms cut): what Compare reports when it
// is not given the articles' stored vectors. It works on the analyser's
// integer ids, without building Docs.
func pairSimilarity(l, r *analysed) float64 {
	n := max(l.space(), r.space())
	lc := make([]int32, n)
	rc := make([]int32, n)
	count := func(c []int32, a *analysed) {
		for _, t := range a.titleTerms {
			c[t]++
		}
		for _, ts := range a.sentTerms {
			for _, t := range ts {
				c[t]++
			}
		}
	}
	count(lc, l)
	count(rc, r)
	var dot, ln, rn float64
	for t := range n {
		a, b := lc[t], rc[t]
		if a == 0 && b == 0 {
			continue
		}
		idf := math.Log(1 + 2.0/1)
		if a > 0 && b > 0 {
			idf = math.Log(1 + 2.0/2)
		}
		var wa, wb float64
		if a > 0 {
			wa = (1 + math.Log(float64(a))) * idf
		}
		if b > 0 {
			wb = (1 + math.Log(float64(b))) * idf
		}
		dot += wa * wb
		ln += wa * wa
		rn += wb * wb
	}
	terms := cosine(dot, ln, rn)
	dot, ln, rn = 0, 0, 0
	lCounts, rCounts := l.entityCounts(), r.entityCounts()
	for e, a := range lCounts {
		idf := math.Log(1 + 2.0/1)
		b := rCounts[e]
		if b > 0 {
			idf = math.Log(1 + 2.0/2)
		}
		wa := (1 + math.Log(float64(a))) * idf
		ln += wa * wa
		if b > 0 {
			dot += wa * (1 + math.Log(float64(b))) * idf
		}
	}
	for e, b := range rCounts {
		idf := math.Log(1 + 2.0/1)
		if lCounts[e] > 0 {
			idf = math.Log(1 + 2.0/2)
		}
		wb := (1 + math.Log(float64(b))) * idf
		rn += wb * wb
	}
	return blend(terms, cosine(dot, ln, rn), len(lCounts) > 0 && len(rCounts) > 0)
}

func cosine(dot, a, b float64) float64 {
	if a == 0 || b == 0 {
		return 0
	}
	return dot / math.Sqrt(a*b)
}

// Rank scores every doc against query with Similarity and returns the k
// best, best first (ties by id), leaving out query's own id and scores of
// 0; k < 0 means all. It is the live form of Related for one article (the
// "compare with" list): Related(docs, k)[i] equals Rank(&docs[i], docs, k).
func Rank(query *Doc, docs []Doc, k int) []Neighbor {
	var ns []Neighbor
	for i := range docs {
		if docs[i].ID == query.ID {
			continue
		}
		if s := Similarity(query, &docs[i]); s > 0 {
			ns = append(ns, Neighbor{docs[i].ID, s})
		}
	}
	slices.SortFunc(ns, func(a, b Neighbor) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID)) })
	if k >= 0 && len(ns) > k {
		ns = ns[:k]
	}
	return ns
}

// better orders neighbours best first: higher score, then smaller id.
func better(a, b Neighbor) bool {
	return a.Score > b.Score || (a.Score == b.Score && a.ID < b.ID)
}

// topK keeps the k best neighbours seen (all of them when k < 0) in a
// min-heap whose root is the worst kept, so a corpus where every article
// touches every other costs n log k per article instead of a sort of n.
type topK struct {
	k    int
	heap []Neighbor
	any  bool // something was offered (k = 0 then gives an empty, not nil, list)
}

func (t *topK) add(n Neighbor) {
	t.any = true
	if t.k < 0 || len(t.heap) < t.k {
		t.heap = append(t.heap, n)
		if t.k >= 0 {
			t.up(len(t.heap) - 1)
		}
		return
	}
	if t.k == 0 || !better(n, t.heap[0]) {
		return
	}
	t.heap[0] = n
	t.down(0)
}

func (t *topK) up(i int) {
	for i > 0 {
		p := (i - 1) / 2
		if !better(t.heap[p], t.heap[i]) {
			return
		}
		t.heap[p], t.heap[i] = t.heap[i], t.heap[p]
		i = p
	}
}

func (t *topK) down(i int) {
	for {
		w, l, r := i, 2*i+1, 2*i+2
		if l < len(t.heap) && better(t.heap[w], t.heap[l]) {
			w = l
		}
		if r < len(t.heap) && better(t.heap[w], t.heap[r]) {
			w = r
		}
		if w == i {
			return
		}
		t.heap[i], t.heap[w] = t.heap[w], t.heap[i]
		i = w
	}
}

// sorted returns the kept neighbours, best first.
func (t *topK) sorted() []Neighbor {
	ns := t.heap
	if ns == nil && t.any {
		ns = []Neighbor{}
	}
	slices.SortFunc(ns, func(a, b Neighbor) int { return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(a.ID, b.ID)) })
	return ns
}
