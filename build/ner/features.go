package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Capitalisation classes of a token.
const (
	clsLower = iota // starts lower-case (or has no letters and no digits)
	clsTitle        // "Blinken"
	clsCaps         // "CIA", "LONDON"
	clsMixed        // "McDonald", "iPhone"
	clsDigit        // "1,200", "2023"
	clsPunct        // ",", "“"
)

// tokInfo is what feature extraction needs to know about one token.
type tokInfo struct {
	norm  string // text with typographic quotes made ASCII
	lower string // norm lower-cased, digits replaced by 0
	shape string // compressed word shape ("Xx", "X.X.", "d,d")
	cls   int
	gaz   uint32 // gazetteer lists the lower-cased word is in
}

// docInfo is a document prepared for tagging: token facts, sentence
// boundaries and document-wide statistics.
type docInfo struct {
	toks      []Token
	info      []tokInfo
	sentStart []bool
	capsSent  []bool // the token's sentence is a headline in capitals
	tableSent []bool // the token's sentence is mostly numbers (results, tables)
	// seen holds, per lower-cased word, where else it was seen: seenLower,
	// seenTitleMid (capitalised, mid-sentence, not in a headline),
	// seenCapsMid.
	seen map[string]uint8
	// gazPos holds multi-word gazetteer matches: per token, hashed
	// (list, BILOU position) features.
	gazFeats [][]uint64
}

const (
	seenLower = 1 << iota
	seenTitleMid
	seenCapsMid
	seenInitial
)

// normText makes typographic punctuation ASCII so that raw prose and CoNLL
// text share features. It returns s itself when nothing changes.
func normText(s string) string {
	if !strings.ContainsAny(s, "’‘“”«»–—`") {
		return s
	}
	r := strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "«", "\"", "»", "\"", "–", "-", "—", "--", "``", "\"", "`", "'")
	return r.Replace(s)
}

func lowerDigits(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' || c >= '1' && c <= '9' {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func wordShape(s string) (shape string, cls int) {
	var buf [16]byte
	n := 0
	var last byte
	upper, lower, digit, letters := 0, 0, 0, 0
	firstUpper := false
	for i, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			upper++
			letters++
			if i == 0 {
				firstUpper = true
			}
		case unicode.IsLetter(r):
			c = 'x'
			lower++
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			digit++
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '~'
		}
		if c != last && n < len(buf) {
			buf[n] = c
			n++
		}
		last = c
	}
	switch {
	case letters == 0 && digit > 0:
		cls = clsDigit
	case letters == 0 && digit == 0:
		cls = clsPunct
	case upper == 0:
		cls = clsLower
	case lower == 0:
		cls = clsCaps
		if upper == 1 && firstUpper {
			cls = clsTitle
		}
	case firstUpper && upper == 1:
		cls = clsTitle
	default:
		cls = clsMixed
		if firstUpper && lower > 0 && strings.ContainsAny(s, "-'") {
			cls = clsTitle
		}
	}
	return string(buf[:n]), cls
}

// prepare computes token facts and document statistics for toks.
func prepare(toks []Token, gz *gazetteer) *docInfo {
	n := len(toks)
	d := &docInfo{
		toks:      toks,
		info:      make([]tokInfo, n),
		sentStart: make([]bool, n),
		capsSent:  make([]bool, n),
		tableSent: make([]bool, n),
		seen:      make(map[string]uint8, n/2),
		gazFeats:  make([][]uint64, n),
	}
	for k, t := range toks {
		ti := &d.info[k]
		ti.norm = normText(t.Text)
		ti.lower = lowerDigits(ti.norm)
		ti.shape, ti.cls = wordShape(ti.norm)
		ti.gaz = gz.single[ti.lower]
		d.sentStart[k] = t.SentStart || k == 0
	}
	// Headlines: sentences whose words are mostly in capitals.
	for a := 0; a < n; {
		b := a + 1
		for b < n && !d.sentStart[b] {
			b++
		}
		caps, words, digits := 0, 0, 0
		for k := a; k < b; k++ {
			switch d.info[k].cls {
			case clsDigit:
				digits++
			case clsCaps:
				caps++
				words++
			case clsLower, clsTitle, clsMixed:
				words++
			}
		}
		if words > 0 && caps*2 > words && !(words == 1 && b-a > 2) {
			for k := a; k < b; k++ {
				d.capsSent[k] = true
			}
		}
		if digits*3 >= b-a && digits >= 2 {
			for k := a; k < b; k++ {
				d.tableSent[k] = true
			}
		}
		a = b
	}
	for k := range toks {
		ti := &d.info[k]
		var f uint8
		switch {
		case ti.cls == clsLower && ti.lower != "" && ti.shape != "" && ti.shape[0] == 'x':
			f = seenLower
		case d.sentStart[k] || k > 0 && d.sentStart[k-1] && isQuoteLike(toks[k-1].Text):
			f = seenInitial
		case d.capsSent[k]:
		case ti.cls == clsTitle:
			f = seenTitleMid
		case ti.cls == clsCaps:
			f = seenCapsMid
		}
		d.seen[ti.lower] |= f
	}
	gz.matchMulti(d)
	return d
}

// Feature templates. Their numbers are part of the model format: changing
// one means retraining.
const (
	ftBias = iota + 1
	ftWord
	ftLower
	ftShape
	ftPrefix
	ftSuffix
	ftPrev1
	ftNext1
	ftPrev2
	ftNext2
	ftPrevShape
	ftNextShape
	ftShape3
	ftBigramL
	ftBigramR
	ftInitial
	ftCapsSent
	ftSeen
	ftGaz
	ftGazPrev
	ftGazNext
	ftGazMulti
	ftHyphen
	ftCls3
	ftLen
	ftPrevTag
	ftPrevTags
	ftPrevTagWord
	ftPrevTagShape
	ftAgg
	ftAggMajor
	ftStage1
	ftStage1Prev
	ftStage1Next
	ftCapsSentLower
	ftNextNext
	ftGazPrev2
	ftTable
	ftAggCls
)

const (
	boundary = "<s>"
)

// staticFeatures appends the features of token k that do not depend on
// predicted tags.
func (d *docInfo) staticFeatures(dst []uint64, k int) []uint64 {
	ti := &d.info[k]
	n := len(d.toks)
	at := func(j int) *tokInfo {
		if j < 0 || j >= n {
			return nil
		}
		if j < k && d.sentStart[k] {
			return nil
		}
		return &d.info[j]
	}
	// Sentence-bounded neighbours.
	var p1, p2, n1, n2 *tokInfo
	if !d.sentStart[k] {
		p1 = at(k - 1)
		if p1 != nil && !d.sentStart[k-1] {
			p2 = at(k - 2)
		}
	}
	if k+1 < n && !d.sentStart[k+1] {
		n1 = at(k + 1)
		if k+2 < n && !d.sentStart[k+2] {
			n2 = at(k + 2)
		}
	}
	lw := func(t *tokInfo) string {
		if t == nil {
			return boundary
		}
		return t.lower
	}
	sh := func(t *tokInfo) string {
		if t == nil {
			return boundary
		}
		return t.shape
	}
	cl := func(t *tokInfo) int {
		if t == nil {
			return 9
		}
		return t.cls
	}
	dst = append(dst,
		hs(ftBias, ""),
		hs(ftWord, ti.norm),
		hs(ftLower, ti.lower),
		hs(ftShape, ti.shape),
		hs(ftPrev1, lw(p1)),
		hs(ftNext1, lw(n1)),
		hs(ftPrev2, lw(p2)),
		hs(ftNext2, lw(n2)),
		hs(ftPrevShape, sh(p1)),
		hs(ftNextShape, sh(n1)),
		hs2(ftShape3, sh(p1)+"|"+ti.shape, sh(n1)),
		hs2(ftBigramL, lw(p1), ti.lower),
		hs2(ftBigramR, ti.lower, lw(n1)),
		hi(ftCls3, cl(p1), ti.cls, cl(n1)),
		hs2(ftNextNext, lw(n1), lw(n2)),
	)
	lo := ti.lower
	for m := 1; m <= 4 && m < len(lo); m++ {
		dst = append(dst, hmix(hs(ftPrefix, lo[:m]), m), hmix(hs(ftSuffix, lo[len(lo)-m:]), m))
	}
	l := utf8.RuneCountInString(ti.norm)
	if l > 6 {
		l = 6
	}
	dst = append(dst, hi(ftLen, l, ti.cls, 0))
	initial := d.sentStart[k] || p1 != nil && d.sentStart[k-1] && isQuoteLike(d.toks[k-1].Text)
	if initial {
		dst = append(dst, hi(ftInitial, ti.cls, 0, 0), hs(ftInitial, ti.lower))
	}
	if d.tableSent[k] {
		dst = append(dst, hi(ftTable, ti.cls, cl(p1), cl(n1)), hs(ftTable, ti.lower))
	}
	if d.capsSent[k] {
		dst = append(dst, hi(ftCapsSent, ti.cls, 0, 0), hs(ftCapsSentLower, ti.lower))
	}
	// Where else the same word appears: lower-case elsewhere means a common
	// word capitalised by position; capitalised mid-sentence means a name.
	seen := d.seen[ti.lower]
	dst = append(dst, hi(ftSeen, int(seen), ti.cls, b2i(initial || d.capsSent[k])))
	for g := uint32(0); g < numGaz; g++ {
		if ti.gaz&(1<<g) != 0 {
			dst = append(dst, hi(ftGaz, int(g), ti.cls, 0))
		}
		if p1 != nil && p1.gaz&(1<<g) != 0 {
			dst = append(dst, hi(ftGazPrev, int(g), 0, 0))
		}
		if n1 != nil && n1.gaz&(1<<g) != 0 {
			dst = append(dst, hi(ftGazNext, int(g), 0, 0))
		}
		if p2 != nil && p2.gaz&(1<<g) != 0 {
			dst = append(dst, hi(ftGazPrev2, int(g), 0, 0))
		}
	}
	dst = append(dst, d.gazFeats[k]...)
	if i := strings.IndexByte(lo, '-'); i > 0 && i < len(lo)-1 {
		j := strings.LastIndexByte(lo, '-')
		dst = append(dst, hs(ftHyphen, lo[:i]), hs(ftHyphen+100, lo[j+1:]))
	}
	return dst
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// stage2Features appends features drawn from the first stage's entities
// across the whole document: how the same word was labelled elsewhere (the
// "extended prediction history" of Ratinov and Roth 2009).
func (d *docInfo) stage2Features(dst []uint64, k int, agg map[string][numLabels]int32, s1 []int) []uint64 {
	ti := &d.info[k]
	if ti.cls != clsPunct && ti.cls != clsDigit {
		counts := agg[ti.lower]
		own := tagLabel(s1[k])
		if counts[own] > 0 {
			counts[own]--
		}
		best, bestN, total := labelNone, int32(0), int32(0)
		for l := labelPER; l < numLabels; l++ {
			total += counts[l]
			if counts[l] > 0 {
				dst = append(dst, hi(ftAgg, int(l), 0, 0), hi(ftAggCls, int(l), ti.cls, b2i(d.capsSent[k])))
			}
			if counts[l] > bestN {
				best, bestN = l, counts[l]
			}
		}
		if total > 0 {
			frac := int(4 * bestN / max(total+counts[labelNone], 1))
			dst = append(dst, hi(ftAggMajor, int(best), frac, ti.cls))
		}
	}
	dst = append(dst, hi(ftStage1, s1[k], 0, 0))
	if k > 0 && !d.sentStart[k] {
		dst = append(dst, hi(ftStage1Prev, s1[k-1], 0, 0))
	}
	if k+1 < len(s1) && !d.sentStart[k+1] {
		dst = append(dst, hi(ftStage1Next, s1[k+1], 0, 0))
	}
	return dst
}

// aggregate counts, per lower-cased word, how often stage one gave each
// label (labelNone counts capitalised words left out).
func (d *docInfo) aggregate(s1 []int) map[string][numLabels]int32 {
	agg := make(map[string][numLabels]int32)
	for k, t := range s1 {
		ti := &d.info[k]
		if ti.cls == clsPunct || ti.cls == clsDigit || ti.cls == clsLower && t == tagO {
			continue
		}
		c := agg[ti.lower]
		c[tagLabel(t)]++
		agg[ti.lower] = c
	}
	return agg
}
