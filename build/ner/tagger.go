package ner

// tagStage runs one greedy left-to-right pass of w over d and returns the
// tags. s1 is nil for stage one, else stage one's tags.
func tagStage(w *weights, d *docInfo, s1 []int, agg map[string][numLabels]int32) []int {
	n := len(d.toks)
	tags := make([]int, n)
	feats := make([]uint64, 0, 96)
	for k := 0; k < n; k++ {
		feats = d.features(feats[:0], k, tags, s1, agg)
		var scores [numTags]float32
		w.addScores(&scores, feats)
		tags[k] = bestAllowed(&scores, prevTag(d, tags, k))
	}
	return tags
}

// features appends all features of token k given the tags so far.
func (d *docInfo) features(dst []uint64, k int, tags, s1 []int, agg map[string][numLabels]int32) []uint64 {
	dst = d.staticFeatures(dst, k)
	p1, p2 := prevTag(d, tags, k), -1
	if p1 >= 0 && k > 1 && !d.sentStart[k-1] {
		p2 = tags[k-2]
	}
	dst = d.tagFeatures(dst, k, p1, p2)
	if s1 != nil {
		dst = d.stage2Features(dst, k, agg, s1)
	}
	return dst
}

// prevTag is the tag before token k in its sentence, or -1.
func prevTag(d *docInfo, tags []int, k int) int {
	if k == 0 || d.sentStart[k] {
		return -1
	}
	return tags[k-1]
}

// bestAllowed returns the best-scoring tag that may follow prev.
func bestAllowed(scores *[numTags]float32, prev int) int {
	best := -1
	for t := 0; t < numTags; t++ {
		if !allowed(prev, t) {
			continue
		}
		if best < 0 || scores[t] > scores[best] {
			best = t
		}
	}
	return best
}

// tagDoc runs both stages over d and returns its entities.
func (m *model) tagDoc(d *docInfo) []span {
	s1 := tagStage(m.stage1, d, nil, nil)
	agg := d.aggregate(s1)
	s2 := tagStage(m.stage2, d, s1, agg)
	return tagsToSpans(s2, d.sentStart)
}
