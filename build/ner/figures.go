package ner

import (
	"math"
	"strconv"
	"strings"

	"diptych/corpus"
)

var smallNumbers = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

var scales = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

// vague quantities: "thousands of", "tens of thousands of".
var vague = map[string]float64{"dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}

// qualifiers that may precede a figure, longest first when matched.
var qualifiers = []string{
	"more than", "fewer than", "less than", "at least", "at most", "up to", "as many as", "as few as",
	"an estimated", "close to", "upwards of", "in excess of", "nearly", "almost", "about", "around",
	"approximately", "roughly", "some", "over", "under", "only", "just", "exactly", "estimated",
}

// timeUnits may follow a hyphenated number ("six-week", "14-month").
var timeUnits = map[string]bool{
	"second": true, "minute": true, "hour": true, "day": true, "week": true, "month": true, "year": true,
	"decade": true, "mile": true, "kilometre": true, "kilometer": true, "km": true, "metre": true, "meter": true,
	"point": true, "run": true, "man": true, "member": true, "nation": true, "storey": true, "story": true, "percent": true,
}

// notUnit words cannot be what a number counts.
var notUnit = map[string]bool{
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "and": true, "or": true, "but": true,
	"the": true, "a": true, "an": true, "by": true, "with": true, "from": true, "as": true, "than": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "have": true, "has": true,
	"had": true, "will": true, "would": true, "could": true, "may": true, "might": true, "who": true,
	"which": true, "that": true, "this": true, "these": true, "those": true, "it": true, "its": true,
	"their": true, "his": true, "her": true, "after": true, "before": true, "since": true, "during": true,
	"within": true, "into": true, "out": true, "up": true, "down": true, "off": true, "not": true, "so": true,
	"when": true, "where": true, "while": true, "if": true, "per": true, "times": true,
}

// modifiers are adjectives that come between a number and what it counts.
var modifiers = map[string]bool{
	"new": true, "other": true, "additional": true, "further": true, "separate": true, "different": true,
	"major": true, "key": true, "senior": true, "young": true, "old": true, "small": true, "large": true,
	"big": true, "main": true, "top": true, "first": true, "last": true, "next": true, "previous": true,
	"same": true, "such": true, "more": true, "extra": true, "former": true,
}

// figureFinder finds figures in one article.
type figureFinder struct {
	doc       *artDoc
	qualWords [][]string
	inDate    []bool
	figures   []corpus.Figure
}

// findFigures returns the figures of doc: a number (digits or words), the
// noun it counts and its qualifier.
func findFigures(doc *artDoc) []corpus.Figure {
	f := &figureFinder{doc: doc, inDate: make([]bool, len(doc.toks))}
	for _, q := range qualifiers {
		f.qualWords = append(f.qualWords, strings.Fields(q))
	}
	df := &dateFinder{doc: doc}
	for k := 0; k < len(doc.toks); {
		if n, _ := df.match(k); n > 0 {
			for j := k; j < k+n; j++ {
				f.inDate[j] = true
			}
			k += n
			continue
		}
		k++
	}
	for k := 0; k < len(doc.toks); {
		k = f.at(k)
	}
	return f.figures
}

func (f *figureFinder) lower(j int) string { return f.doc.d.info[j].lower }

func (f *figureFinder) same(k, j int) bool {
	return j >= 0 && j < len(f.doc.toks) && f.doc.para[j] == f.doc.para[k]
}

// parseDigits reads "27,585", "2.4" or "45,000".
func parseDigits(s string) (float64, bool) {
	s = strings.ReplaceAll(s, ",", "")
	if s == "" || strings.Count(s, ".") > 1 {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil && v >= 0
}

// number reads a number starting at token k: digits or words, with a scale
// ("2.4 million", "two hundred", "tens of thousands"). It returns the value,
// the tokens used, and a vague qualifier ("tens of", "thousands of").
func (f *figureFinder) number(k int) (float64, int, string) {
	d := f.doc.d
	ti := &d.info[k]
	var v float64
	n := 0
	if ti.cls == clsDigit {
		if strings.Contains(ti.norm, ":") || strings.Count(ti.norm, "-") > 0 || strings.Contains(ti.norm, "/") {
			return 0, 0, ""
		}
		x, ok := parseDigits(d.toks[k].Text)
		if !ok {
			return 0, 0, ""
		}
		v, n = x, 1
	} else if x, ok := smallNumbers[f.lower(k)]; ok {
		v, n = x, 1
		// "twenty-five" is one token; "twenty five" two.
		if f.same(k, k+1) {
			if y, ok := smallNumbers[f.lower(k+1)]; ok && x >= 20 && y < 10 {
				v, n = x+y, 2
			}
		}
	} else if parts := strings.SplitN(f.lower(k), "-", 2); len(parts) == 2 && smallNumbers[parts[0]] >= 20 && smallNumbers[parts[1]] > 0 && smallNumbers[parts[1]] < 10 {
		v, n = smallNumbers[parts[0]]+smallNumbers[parts[1]], 1
	} else if f.lower(k) == "tens" && f.same(k, k+2) && f.lower(k+1) == "of" && vague[f.lower(k+2)] > 0 {
		n = 3
		if f.same(k, k+3) && f.lower(k+3) == "of" {
			n = 4
		}
		return 10 * vague[f.lower(k+2)], n, "tens of"
	} else if x, ok := vague[f.lower(k)]; ok && f.same(k, k+1) && f.lower(k+1) == "of" {
		return x, 2, f.lower(k) + " of"
	} else {
		return 0, 0, ""
	}
	for f.same(k, k+n) {
		s, ok := scales[f.lower(k+n)]
		if !ok {
			break
		}
		v *= s
		n++
	}
	return v, n, ""
}

// unit reads what a figure counts, starting at token k: a noun, two words
// when the first is a modifier ("staff members"), or after "of its".
func (f *figureFinder) unit(k int) (string, int) {
	d := f.doc.d
	start := k
	if f.same(start, k+1) && f.lower(k) == "of" {
		switch f.lower(k + 1) {
		case "its", "their", "the", "his", "her", "our":
			k += 2
		}
	}
	ok := func(j int) bool {
		if !f.same(start, j) {
			return false
		}
		ti := &d.info[j]
		if ti.cls == clsPunct || ti.cls == clsDigit || notUnit[ti.lower] || strings.HasSuffix(ti.lower, "ly") {
			return false
		}
		return ti.cls == clsLower || ti.gaz&(1<<gzDemonym) != 0 || strings.HasSuffix(ti.lower, "s")
	}
	if !ok(k) {
		return "", 0
	}
	// "two new domains": the noun after a modifier.
	if modifiers[f.lower(k)] {
		if !ok(k+1) || d.info[k+1].cls != clsLower || modifiers[f.lower(k+1)] {
			return "", 0
		}
		return f.lower(k) + " " + f.lower(k+1), k + 2 - start
	}
	w := f.lower(k)
	if !strings.HasSuffix(w, "s") && ok(k+1) && d.info[k+1].cls == clsLower && strings.HasSuffix(f.lower(k+1), "s") {
		return w + " " + f.lower(k+1), k + 2 - start
	}
	return w, k + 1 - start
}

// at tries a figure at token k and returns where to continue.
func (f *figureFinder) at(k int) int {
	doc := f.doc
	if f.inDate[k] {
		return k + 1
	}
	// Qualifier.
	qual, q := "", 0
	for qi, cand := range qualifiers {
		ws := f.qualWords[qi]
		if !f.same(k, k+len(ws)) {
			continue
		}
		match := true
		for i, w := range ws {
			if f.lower(k+i) != w {
				match = false
				break
			}
		}
		if match {
			qual, q = cand, len(ws)
			break
		}
	}
	j := k + q
	if j >= len(doc.toks) || f.inDate[j] {
		return k + 1
	}
	// Hyphenated: "six-week cease-fire", "14-month war".
	if parts := strings.SplitN(strings.ToLower(doc.d.info[j].norm), "-", 2); len(parts) == 2 {
		var v float64
		okNum := false
		if x, ok := smallNumbers[parts[0]]; ok {
			v, okNum = x, true
		} else if x, ok := parseDigits(parts[0]); ok && doc.d.info[j].norm[0] >= '0' && doc.d.info[j].norm[0] <= '9' {
			v, okNum = x, true
		}
		u := strings.TrimSuffix(parts[1], "s")
		if okNum && timeUnits[u] {
			end := j + 1
			if f.same(j, end) && doc.d.info[end].cls == clsLower && !notUnit[f.lower(end)] {
				end++
			}
			f.add(k, end, v, u, qual)
			return end
		}
	}
	v, n, vq := f.number(j)
	if n == 0 {
		return k + 1
	}
	if vq != "" {
		qual = strings.TrimSpace(qual + " " + vq)
	}
	isWord := doc.d.info[j].cls != clsDigit
	if isWord && v < 2 {
		return j + n
	}
	// Percent and money.
	end := j + n
	u, un := "", 0
	if f.same(j, end) && (f.lower(end) == "%" || f.lower(end) == "percent" || f.lower(end) == "per") {
		u, un = "percent", 1
		if f.lower(end) == "per" && f.same(j, end+1) && f.lower(end+1) == "cent" {
			un = 2
		}
	} else if strings.HasSuffix(doc.toks[j+n-1].Text, "%") {
		u = "percent"
	} else if f.same(j, end) {
		u, un = f.unit(end)
	}
	if u == "" {
		return j + n
	}
	f.add(k, end+un, v, u, qual)
	return end + un
}

func (f *figureFinder) add(from, to int, v float64, unit, qual string) {
	val := strconv.FormatFloat(v, 'f', -1, 64)
	if v == math.Trunc(v) {
		val = strconv.FormatFloat(v, 'f', 0, 64)
	}
	f.figures = append(f.figures, corpus.Figure{Span: f.doc.spanOf(from, to), Value: val, Unit: unit, Qualifier: qual})
}
