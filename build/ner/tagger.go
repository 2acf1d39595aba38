package ner

// decoder holds the scratch space of Viterbi decoding, reused across
// sentences so tagging allocates little.
type decoder struct {
	feats  []uint64
	static [][numTags]float32
	delta  [][numTags]float32
	back   [][numTags]int8
	// prevRows caches the weights of the previous-tag feature, which do
	// not depend on the token.
	prevRows [numTags + 1][numTags]float32
	ready    scorer
}

// startTag stands for "no previous tag" in transition features.
const startTag = numTags

// tagStage runs Viterbi decoding of w over every sentence of d and returns
// the tags. s1 is nil for stage one, else stage one's tags and agg their
// aggregation.
func tagStage(w scorer, d *docInfo, s1 []int, agg map[string][numLabels]int32) []int {
	tags := make([]int, len(d.toks))
	var dec decoder
	for a := 0; a < len(d.toks); {
		b := a + 1
		for b < len(d.toks) && !d.sentStart[b] {
			b++
		}
		dec.decode(w, d, a, b, s1, agg, tags)
		a = b
	}
	return tags
}

// transFeatures appends the features of token k that depend on the
// previous tag prev.
func (d *docInfo) transFeatures(dst []uint64, k, prev int) []uint64 {
	ti := &d.info[k]
	c := prevClass(prev)
	return append(dst,
		hi(ftPrevTag, prev, 0, 0),
		hmix(hs(ftPrevTagWord, ti.lower), c),
		hmix(hs(ftPrevTagShape, ti.shape), c),
	)
}

// numPrevClasses is the number of coarse previous-tag classes that word
// and shape features are conjoined with: O, inside an entity of each label,
// just after an entity of each label, sentence start.
const numPrevClasses = 2*int(numLabels) - 1 + 1

// prevClass maps a previous tag to its coarse class.
func prevClass(prev int) int {
	switch {
	case prev == startTag || prev < 0:
		return numPrevClasses - 1
	case prev == tagO:
		return 0
	case tagPos(prev) == posB || tagPos(prev) == posI:
		return int(tagLabel(prev))
	default:
		return int(tagLabel(prev)) + int(numLabels) - 1
	}
}

// allowedTable[p][t] says whether tag t may follow p (p == startTag at a
// sentence start).
var allowedTable = func() (tab [numTags + 1][numTags]bool) {
	for p := 0; p <= numTags; p++ {
		for t := 0; t < numTags; t++ {
			if p == startTag {
				tab[p][t] = allowed(-1, t)
			} else {
				tab[p][t] = allowed(p, t)
			}
		}
	}
	return tab
}()

// localFeatures appends the features of token k that do not depend on tags
// of this stage.
func (d *docInfo) localFeatures(dst []uint64, k int, s1 []int, agg map[string][numLabels]int32) []uint64 {
	dst = d.staticFeatures(dst, k)
	if s1 != nil {
		dst = d.stage2Features(dst, k, agg, s1)
	}
	return dst
}

// decode writes the best tags of sentence [a, b) into tags[a:b].
func (dec *decoder) decode(w scorer, d *docInfo, a, b int, s1 []int, agg map[string][numLabels]int32, tags []int) {
	n := b - a
	if dec.ready != w {
		for p := range dec.prevRows {
			dec.prevRows[p] = [numTags]float32{}
			f := [1]uint64{hi(ftPrevTag, p, 0, 0)}
			w.addScores(&dec.prevRows[p], f[:])
		}
		dec.ready = w
	}
	if cap(dec.static) < n {
		dec.static = make([][numTags]float32, n)
		dec.delta = make([][numTags]float32, n)
		dec.back = make([][numTags]int8, n)
	}
	static, delta, back := dec.static[:n], dec.delta[:n], dec.back[:n]
	for i := 0; i < n; i++ {
		dec.feats = d.localFeatures(dec.feats[:0], a+i, s1, agg)
		static[i] = [numTags]float32{}
		w.addScores(&static[i], dec.feats)
	}
	const neg = -1e30
	for i := 0; i < n; i++ {
		k := a + i
		ti := &d.info[k]
		hw, hsh := hs(ftPrevTagWord, ti.lower), hs(ftPrevTagShape, ti.shape)
		var cls [numPrevClasses][numTags]float32
		for c := range cls {
			if i == 0 && c != numPrevClasses-1 || i > 0 && c == numPrevClasses-1 {
				continue
			}
			tf := [2]uint64{hmix(hw, c), hmix(hsh, c)}
			w.addScores(&cls[c], tf[:])
		}
		if i == 0 {
			tr := &cls[numPrevClasses-1]
			for t := 0; t < numTags; t++ {
				if allowedTable[startTag][t] {
					delta[0][t] = static[0][t] + tr[t] + dec.prevRows[startTag][t]
				} else {
					delta[0][t] = neg
				}
				back[0][t] = -1
			}
			continue
		}
		for t := 0; t < numTags; t++ {
			delta[i][t] = neg
		}
		for p := 0; p < numTags; p++ {
			if delta[i-1][p] <= neg/2 {
				continue
			}
			tr, pr := &cls[prevClass(p)], &dec.prevRows[p]
			ok := &allowedTable[p]
			for t := 0; t < numTags; t++ {
				if !ok[t] {
					continue
				}
				if s := delta[i-1][p] + tr[t] + pr[t] + static[i][t]; s > delta[i][t] {
					delta[i][t] = s
					back[i][t] = int8(p)
				}
			}
		}
	}
	// The sentence must end outside an entity.
	best := -1
	for t := 0; t < numTags; t++ {
		if delta[n-1][t] <= neg/2 || t != tagO && (tagPos(t) == posB || tagPos(t) == posI) {
			continue
		}
		if best < 0 || delta[n-1][t] > delta[n-1][best] {
			best = t
		}
	}
	if best < 0 {
		best = tagO
	}
	for i := n - 1; i >= 0; i-- {
		tags[a+i] = best
		if i > 0 {
			best = int(back[i][best])
			if best < 0 {
				best = tagO
			}
		}
	}
}

// tagDoc runs both stages over d and returns its entities.
func (m *model) tagDoc(d *docInfo) []span {
	s1 := tagStage(m.stage1, d, nil, nil)
	if m.stage2 == nil {
		return tagsToSpans(s1, d.sentStart)
	}
	agg := d.aggregate(s1)
	s2 := tagStage(m.stage2, d, s1, agg)
	return tagsToSpans(s2, d.sentStart)
}
