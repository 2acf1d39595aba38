package compare

import (
	"math"
	"slices"
)

// AlignParams tunes sentence alignment. Zero fields take their defaults.
type AlignParams struct {
	// MinScore is the least sentence similarity for a pair on one row.
	// Default 0.12, range (0, 1]: lower pairs more, and more loosely.
	MinScore float64
	// MovedScore is the least similarity for pairing two sentences that
	// the in-order alignment left alone because they appear in a
	// different order ("moved" pairs, linked across rows). Default 0.25,
	// range [MinScore, 1]; above 1 turns moved pairs off. It is higher
	// than MinScore because order is evidence too: a pair that keeps the
	// articles' order needs less lexical overlap to be believed.
	//
	// The two defaults were chosen on testdata/compare/alignment_gold.json
	// (18 hand-judged pairs; precision 0.81, recall 0.72 there, see
	// TestAlignmentAgainstGold): a small set, so treat them as a start.
	MovedScore float64
	// EntityWeight scales the weight of a sentence's canonical entities
	// next to its stems in the sentence vectors. Default 1, range [0, 4]:
	// 0 ignores entities (words still count), above 1 favours sentences
	// about the same people and places.
	EntityWeight float64
	// AnchorBonus is added to the similarity of two sentences that report
	// figures measuring the same thing (see FigurePair): "a 40-day truce"
	// and "a six-week pause" share few words but one fact. Default 0.2,
	// range [0, 1].
	AnchorBonus float64
}

// DefaultAlignParams are the alignment parameters used when none are given.
var DefaultAlignParams = AlignParams{MinScore: 0.12, MovedScore: 0.25, EntityWeight: 1, AnchorBonus: 0.2}

func (p AlignParams) withDefaults() AlignParams {
	d := DefaultAlignParams
	if p.MinScore > 0 {
		d.MinScore = p.MinScore
	}
	if p.MovedScore > 0 {
		d.MovedScore = p.MovedScore
	}
	if p.EntityWeight > 0 {
		d.EntityWeight = p.EntityWeight
	}
	if p.AnchorBonus > 0 {
		d.AnchorBonus = p.AnchorBonus
	}
	return d
}

// Pair is two sentences, one on each side, that say the same thing.
type Pair struct {
	Left  int     `json:"left"`
	Right int     `json:"right"`
	Score float64 `json:"score"`
	// Moved is true when the two sentences come in a different order
	// relative to the other pairs: they sit on different rows and the UI
	// links them instead.
	Moved bool `json:"moved,omitempty"`
	// Diff is the word-level difference from the left sentence to the
	// right one.
	Diff []Op `json:"diff"`
}

// RowKind says what a row of the comparison shows.
type RowKind uint8

// The kinds of row.
const (
	// Aligned rows show a pair, one sentence on each side.
	Aligned RowKind = iota + 1
	// OnlyLeft rows show a left sentence with no partner.
	OnlyLeft
	// OnlyRight rows show a right sentence with no partner.
	OnlyRight
	// MovedLeft rows show a left sentence whose partner is on another row.
	MovedLeft
	// MovedRight rows show a right sentence whose partner is on another row.
	MovedRight
)

var rowKindNames = [...]string{"", "aligned", "only-left", "only-right", "moved-left", "moved-right"}

// String returns the kind's name ("aligned", "only-left", ...).
func (k RowKind) String() string {
	if int(k) < len(rowKindNames) {
		return rowKindNames[k]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (k RowKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Row is one line of the two-column layout.
type Row struct {
	Kind RowKind `json:"kind"`
	// Left and Right are sentence indices, -1 for an empty cell.
	Left  int `json:"left"`
	Right int `json:"right"`
	// Pair is the index in Comparison.Pairs of the pair this row shows or
	// links to, or -1.
	Pair int `json:"pair"`
}

// align pairs the sentences of l and r, given their similarity matrix (see
// similarityMatrix) and anchors, sentence pairs (left, right) that report
// the same figure: an in-order (monotone) alignment
// that maximises the total similarity of the pairs, by dynamic programming
// over the sentence similarity matrix, then "moved" pairs among the
// sentences left over. It returns the pairs sorted by left sentence and the
// rows in reading order.
func align(l, r *analysed, sim []float64, anchors [][2]int, p AlignParams) ([]Pair, []Row) {
	n, m := len(l.sentences), len(r.sentences)
	if len(anchors) > 0 {
		sim = slices.Clone(sim)
	}
	for _, a := range anchors {
		if a[0] >= 0 && a[0] < n && a[1] >= 0 && a[1] < m {
			k := a[0]*m + a[1]
			sim[k] = min(1, sim[k]+p.AnchorBonus)
		}
	}

	// best[i][j]: best total over the first i left and j right sentences.
	w := m + 1
	best := make([]float64, (n+1)*w)
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			v := max(best[(i-1)*w+j], best[i*w+j-1])
			if s := sim[(i-1)*m+j-1]; s >= p.MinScore {
				v = max(v, best[(i-1)*w+j-1]+s)
			}
			best[i*w+j] = v
		}
	}
	var pairs []Pair
	for i, j := n, m; i > 0 && j > 0; {
		s := sim[(i-1)*m+j-1]
		switch {
		case s >= p.MinScore && best[i*w+j] == best[(i-1)*w+j-1]+s:
			pairs = append(pairs, Pair{Left: i - 1, Right: j - 1, Score: round3(s)})
			i, j = i-1, j-1
		case best[i*w+j] == best[(i-1)*w+j]:
			i--
		default:
			j--
		}
	}
	slices.Reverse(pairs)

	// Moved pairs: greedily, the most similar leftovers first.
	usedL := make([]bool, n)
	usedR := make([]bool, m)
	for _, q := range pairs {
		usedL[q.Left], usedR[q.Right] = true, true
	}
	type cand struct {
		i, j int
		s    float64
	}
	var cands []cand
	for i := range n {
		if usedL[i] {
			continue
		}
		for j := range m {
			if !usedR[j] && sim[i*m+j] >= p.MovedScore {
				cands = append(cands, cand{i, j, sim[i*m+j]})
			}
		}
	}
	sortStable(cands, func(a, b cand) int {
		if a.s != b.s {
			if a.s > b.s {
				return -1
			}
			return 1
		}
		return 0
	})
	for _, c := range cands {
		if usedL[c.i] || usedR[c.j] {
			continue
		}
		usedL[c.i], usedR[c.j] = true, true
		pairs = append(pairs, Pair{Left: c.i, Right: c.j, Score: round3(c.s), Moved: true})
	}
	sortStable(pairs, func(a, b Pair) int { return a.Left - b.Left })

	return pairs, layRows(pairs, n, m)
}

// layRows walks both sides in order, giving each in-order pair one row and
// every other sentence a row of its own; a side's unpaired sentences come
// before the next pair, left side first.
func layRows(pairs []Pair, n, m int) []Row {
	pairOfL := make([]int, n)
	pairOfR := make([]int, m)
	for i := range pairOfL {
		pairOfL[i] = -1
	}
	for j := range pairOfR {
		pairOfR[j] = -1
	}
	for k, q := range pairs {
		pairOfL[q.Left], pairOfR[q.Right] = k, k
	}
	rows := make([]Row, 0, n+m)
	i, j := 0, 0
	single := func(left bool, idx int) Row {
		var pk int
		if left {
			pk = pairOfL[idx]
		} else {
			pk = pairOfR[idx]
		}
		switch {
		case left && pk >= 0:
			return Row{Kind: MovedLeft, Left: idx, Right: -1, Pair: pk}
		case left:
			return Row{Kind: OnlyLeft, Left: idx, Right: -1, Pair: -1}
		case pk >= 0:
			return Row{Kind: MovedRight, Left: -1, Right: idx, Pair: pk}
		default:
			return Row{Kind: OnlyRight, Left: -1, Right: idx, Pair: -1}
		}
	}
	for i < n || j < m {
		// The next in-order pair at or after (i, j), if any.
		switch {
		case i < n && (pairOfL[i] < 0 || pairs[pairOfL[i]].Moved):
			rows = append(rows, single(true, i))
			i++
		case j < m && (pairOfR[j] < 0 || pairs[pairOfR[j]].Moved):
			rows = append(rows, single(false, j))
			j++
		case i < n && j < m:
			// Both at the same in-order pair (monotonicity guarantees it).
			k := pairOfL[i]
			rows = append(rows, Row{Kind: Aligned, Left: i, Right: j, Pair: k})
			i++
			j++
		case i < n:
			rows = append(rows, single(true, i))
			i++
		default:
			rows = append(rows, single(false, j))
			j++
		}
	}
	return rows
}

// similarityMatrix returns the n×m row-major matrix of sentence
// similarities: the cosine of the sentences' TF-IDF vectors, whose terms
// are their stems plus their canonical entities (so "Blinken" and
// "Antony Blinken" agree), with a term's IDF computed over the sentences of
// both articles: a word every sentence uses weighs little.
//
// It works on flat arrays indexed by the analyser's term ids and
// allocates only the matrix and the vectors: it runs for every
// comparison, in a browser whose garbage collector stops everything.
func similarityMatrix(l, r *analysed, entityWeight float64) []float64 {
	n, m := len(l.sentences), len(r.sentences)
	an := l.an
	ids := max(l.space(), r.space())
	if cap(an.df) < ids {
		an.df = make([]int32, ids+ids/2)
	}
	df := an.df[:ids]
	lv := sentenceVectors(l, df, &an.sortBuf)
	rv := sentenceVectors(r, df, &an.sortBuf)
	total := float64(n + m)
	lv.weigh(df, total, entityWeight)
	rv.weigh(df, total, entityWeight)
	for _, v := range [2]*vectors{lv, rv} {
		for _, t := range v.ids {
			df[termIndex(t)] = 0
		}
	}

	// The right side's postings: for each of its terms, the sentences
	// holding it with its weight there. slot (df, all zero again) gives
	// each right term its number plus one.
	slot := df
	var starts []int32
	for _, t := range rv.ids {
		k := termIndex(t)
		if slot[k] == 0 {
			starts = append(starts, 0)
			slot[k] = int32(len(starts))
		}
		starts[slot[k]-1]++
	}
	sum := int32(0)
	for k, c := range starts {
		starts[k] = sum
		sum += c
	}
	starts = append(starts, sum)
	next := append(an.nextBuf[:0], starts...)
	an.nextBuf = next
	postJ := make([]int32, len(rv.ids))
	postW := make([]float64, len(rv.ids))
	for j := range m {
		for k := rv.off[j]; k < rv.off[j+1]; k++ {
			s := slot[termIndex(rv.ids[k])] - 1
			postJ[next[s]], postW[next[s]] = int32(j), rv.ws[k]
			next[s]++
		}
	}

	// Each cosine sums the products of shared terms in ascending term
	// order, as a merge of the two sorted vectors would.
	sim := make([]float64, n*m)
	for i := range n {
		row := sim[i*m : (i+1)*m]
		for k := lv.off[i]; k < lv.off[i+1]; k++ {
			s := slot[termIndex(lv.ids[k])]
			if s == 0 {
				continue
			}
			w := lv.ws[k]
			for p := starts[s-1]; p < starts[s]; p++ {
				row[postJ[p]] += w * postW[p]
			}
		}
		for j, x := range row {
			row[j] = min(x, 1)
		}
	}
	for _, t := range rv.ids {
		slot[termIndex(t)] = 0
	}
	return sim
}

// termIndex is the analyser id of a vector term: stems are their id,
// entities -1-id (see sentenceVectors).
func termIndex(t int32) int32 {
	if t < 0 {
		return -1 - t
	}
	return t
}

// vectors are the sentence vectors of one article in flat arrays: sentence
// i has the distinct terms ids[off[i]:off[i+1]], ascending, with their
// weights in ws.
type vectors struct {
	off []int
	ids []int32
	// ws are the terms' counts in their sentence until weigh turns them
	// into weights.
	ws []float64
}

// sentenceVectors returns the distinct terms of each sentence of a, its
// stems' ids followed by its entities' as -1-id (so the two never collide
// and sort apart), with their counts, and adds each sentence's terms to
// the document frequencies df. buf is scratch space.
func sentenceVectors(a *analysed, df []int32, buf *[]int32) *vectors {
	total := 0
	for i, ts := range a.sentTerms {
		total += len(ts) + len(a.sentEntIDs[i])
	}
	v := &vectors{off: make([]int, 1, len(a.sentTerms)+1), ids: make([]int32, 0, total), ws: make([]float64, 0, total)}
	for i, ts := range a.sentTerms {
		t := append((*buf)[:0], ts...)
		for _, e := range a.sentEntIDs[i] {
			t = append(t, -1-e)
		}
		sortTerms(t)
		*buf = t
		for k := 0; k < len(t); {
			e := k
			for e < len(t) && t[e] == t[k] {
				e++
			}
			v.ids = append(v.ids, t[k])
			v.ws = append(v.ws, float64(e-k))
			df[termIndex(t[k])]++
			k = e
		}
		v.off = append(v.off, len(v.ids))
	}
	return v
}

// sortTerms sorts a sentence's terms: by insertion, which suits the few
// terms of a sentence, and with the standard sort past a few dozen.
func sortTerms(t []int32) {
	if len(t) > 48 {
		slices.Sort(t)
		return
	}
	for i := 1; i < len(t); i++ {
		for j := i; j > 0 && t[j] < t[j-1]; j-- {
			t[j], t[j-1] = t[j-1], t[j]
		}
	}
}

// weigh turns each term count tf into (1+ln tf)·idf, entity terms
// (negative ids) also times entityWeight, and scales each sentence's
// vector to unit length.
func (v *vectors) weigh(df []int32, total, entityWeight float64) {
	for i := 0; i+1 < len(v.off); i++ {
		ws := v.ws[v.off[i]:v.off[i+1]]
		var norm float64
		for k, t := range v.ids[v.off[i]:v.off[i+1]] {
			w := (1 + math.Log(ws[k])) * math.Log(1+total/float64(df[termIndex(t)]))
			if t < 0 {
				w *= entityWeight
			}
			ws[k] = w
			norm += w * w
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for k := range ws {
				ws[k] /= norm
			}
		}
	}
}

// round3 rounds x to three decimals, so goldens and the UI agree on
// printed scores.
func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
