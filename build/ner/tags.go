package ner

// label is a named-entity class the sequence model predicts. MISC is learnt
// (it keeps nationalities and events out of the other classes) but never
// reported: Diptych has no MISC type.
type label uint8

const (
	labelNone label = iota
	labelPER
	labelORG
	labelLOC
	labelMISC
	numLabels
)

var labelNames = [numLabels]string{"O", "PER", "ORG", "LOC", "MISC"}

func (l label) String() string { return labelNames[l] }

// parseLabel maps a CoNLL class name to a label.
func parseLabel(s string) (label, bool) {
	for i, n := range labelNames {
		if n == s {
			return label(i), true
		}
	}
	return labelNone, false
}

// The model tags tokens with BILOU tags: O, then for each label B (begin),
// I (inside), L (last) and U (unit, a one-token entity).
const (
	tagO    = 0
	numTags = 1 + 4*(int(numLabels)-1)
)

const (
	posB = iota
	posI
	posL
	posU
)

func makeTag(l label, pos int) int { return 1 + 4*(int(l)-1) + pos }

func tagLabel(t int) label {
	if t == tagO {
		return labelNone
	}
	return label((t-1)/4 + 1)
}

func tagPos(t int) int { return (t - 1) % 4 }

// allowed reports whether tag t may follow tag prev (prev < 0 at a sentence
// start).
func allowed(prev, t int) bool {
	open := prev > 0 && (tagPos(prev) == posB || tagPos(prev) == posI)
	if open {
		return t != tagO && tagLabel(t) == tagLabel(prev) && (tagPos(t) == posI || tagPos(t) == posL)
	}
	return t == tagO || tagPos(t) == posB || tagPos(t) == posU
}

// span is an entity found by the model: tokens [From, To) of a document.
type span struct {
	From, To int
	Label    label
}

// spansToTags writes the BILOU tags of spans over n tokens.
func spansToTags(spans []span, n int) []int {
	tags := make([]int, n)
	for _, s := range spans {
		if s.To-s.From == 1 {
			tags[s.From] = makeTag(s.Label, posU)
			continue
		}
		tags[s.From] = makeTag(s.Label, posB)
		for k := s.From + 1; k < s.To-1; k++ {
			tags[k] = makeTag(s.Label, posI)
		}
		tags[s.To-1] = makeTag(s.Label, posL)
	}
	return tags
}

// tagsToSpans reads entities back from BILOU tags, leniently: an entity left
// open at a sentence end or by a stray tag is closed where it stops.
func tagsToSpans(tags []int, sentStart []bool) []span {
	var out []span
	cur := -1
	var curL label
	closeAt := func(k int) {
		if cur >= 0 {
			out = append(out, span{cur, k, curL})
			cur = -1
		}
	}
	for k, t := range tags {
		if sentStart != nil && sentStart[k] {
			closeAt(k)
		}
		if t == tagO {
			closeAt(k)
			continue
		}
		l, p := tagLabel(t), tagPos(t)
		if cur >= 0 && (l != curL || p == posB || p == posU) {
			closeAt(k)
		}
		if cur < 0 {
			cur, curL = k, l
		}
		if p == posL || p == posU {
			closeAt(k + 1)
		}
	}
	closeAt(len(tags))
	return out
}
