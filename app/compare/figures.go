package compare

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
)

// FigureRef is one reported figure of a comparison, with what the view
// shows beside it.
type FigureRef struct {
	// Index is the figure's index in its article's Figures.
	Index int `json:"index"`
	// Sentence is the index of the sentence that reports it, or -1.
	Sentence int `json:"sentence"`
	// Text is the figure as written ("at least 27,585 deaths").
	Text      string `json:"text"`
	Value     string `json:"value"`
	Unit      string `json:"unit"`
	Qualifier string `json:"qualifier,omitempty"`
	// Date is the article's publication date, "" when unknown.
	Date string `json:"date,omitempty"`
	// Attribution is who the sentence credits the figure to ("Gaza's
	// health ministry"), or "" when it does not say.
	Attribution string `json:"attribution,omitempty"`
}

// FigurePair is two figures, one per side, that measure the same thing.
type FigurePair struct {
	// Measure is what both count, normalised ("deaths", "duration",
	// "hostages").
	Measure string    `json:"measure"`
	Left    FigureRef `json:"left"`
	Right   FigureRef `json:"right"`
	// Score is how sure the pairing is: the similarity of the words around
	// the two figures, plus a bonus for values of the same magnitude.
	Score float64 `json:"score"`
	// Differs is true when the two values are not the same quantity
	// (after converting units such as weeks to days).
	Differs bool `json:"differs"`
	// Earlier is "left" or "right", the side whose article is dated first,
	// or "" when a date is missing or the dates are equal. A view shows a
	// differing pair as a progression in this order, not as an error:
	// counts reported weeks apart are expected to differ.
	Earlier string `json:"earlier,omitempty"`
}

// FigureSets are the figures of a comparison: pairs measuring the same
// thing, and the rest of each side.
type FigureSets struct {
	Pairs     []FigurePair `json:"pairs"`
	OnlyLeft  []FigureRef  `json:"only_left"`
	OnlyRight []FigureRef  `json:"only_right"`
}

// minFigureScore is the least pairing score for two figures of the same
// measure: below it, the words around them have too little in common to
// say they count the same thing.
const minFigureScore = 0.25

// minFigureContext is the least similarity of the sentences of two figures
// for pairing them at all: close values alone say nothing ("over 200
// Palestinians" killed in a June raid, "about 1,200 people" on 7 October).
const minFigureContext = 0.05

// magnitudeWeight is how much values of the same magnitude add to a
// figure pair's score (up to magnitudeWeight for equal values).
const magnitudeWeight = 0.3

// pairFigures pairs the figures of l and r that share a measure, most
// alike first, each figure at most once. sim is the sentence similarity
// matrix of l and r (see similarityMatrix).
func pairFigures(l, r *analysed, sim []float64) FigureSets {
	lf := figureInfos(l)
	rf := figureInfos(r)
	m := len(r.sentences)
	type cand struct {
		i, j int
		s    float64
	}
	var cands []cand
	for i, a := range lf {
		for j, b := range rf {
			if a.measure != b.measure || (a.who != "" && b.who != "" && a.who != b.who) {
				continue // "over 200 Palestinians" and "311 soldiers" are not one count
			}
			if a.ref.Sentence < 0 || b.ref.Sentence < 0 {
				continue
			}
			ctx := sim[a.ref.Sentence*m+b.ref.Sentence]
			s := ctx + magnitudeWeight*magnitudeCloseness(a.amount, b.amount)
			if ctx >= minFigureContext && s >= minFigureScore {
				cands = append(cands, cand{i, j, s})
			}
		}
	}
	sortStable(cands, func(a, b cand) int { return cmp.Compare(b.s, a.s) })
	usedL := make([]bool, len(lf))
	usedR := make([]bool, len(rf))
	var fs FigureSets
	for _, c := range cands {
		if usedL[c.i] || usedR[c.j] {
			continue
		}
		usedL[c.i], usedR[c.j] = true, true
		a, b := lf[c.i], rf[c.j]
		p := FigurePair{Measure: a.measure, Left: a.ref, Right: b.ref, Score: round3(c.s), Differs: a.amount != b.amount}
		switch d, ok := daysBetween(a.ref.Date, b.ref.Date); {
		case ok && d > 0:
			p.Earlier = "left"
		case ok && d < 0:
			p.Earlier = "right"
		}
		fs.Pairs = append(fs.Pairs, p)
	}
	sortStable(fs.Pairs, func(a, b FigurePair) int { return cmp.Compare(a.Left.Index, b.Left.Index) })
	for i, f := range lf {
		if !usedL[i] {
			fs.OnlyLeft = append(fs.OnlyLeft, f.ref)
		}
	}
	for j, f := range rf {
		if !usedR[j] {
			fs.OnlyRight = append(fs.OnlyRight, f.ref)
		}
	}
	return fs
}

// figureInfo is a figure with what pairing needs to know about it.
type figureInfo struct {
	ref     FigureRef
	measure string
	// amount is the value in the measure's base unit (days for
	// durations), NaN when the value does not parse.
	amount float64
	// who is whom a count of people or deaths is about ("palestinians",
	// "soldiers"), "" when the unit does not say ("deaths", "people").
	who string
}

// contextWords is how many words on each side of a figure decide what it
// measures ("killed 45,000 Palestinians" counts deaths).
const contextWords = 8

func figureInfos(r *analysed) []figureInfo {
	var out []figureInfo
	for k, f := range r.a.Figures {
		if !fits(r.a, f.Span) {
			r.warn("figure %q at %+v does not fit the article", f.Value, f.Span)
			continue
		}
		si := r.sentenceAt(f.Span)
		ref := FigureRef{Index: k, Sentence: si, Text: f.Span.Text(r.a), Value: f.Value, Unit: f.Unit, Qualifier: f.Qualifier, Date: r.a.Published}
		fi := figureInfo{ref: ref, amount: parseAmount(f.Value)}
		var near []word
		if si >= 0 {
			ws := r.sentWords[si]
			first := slices.IndexFunc(ws, func(w word) bool { return w.end > f.Start })
			if first < 0 {
				first = len(ws)
			}
			last := first
			for last < len(ws) && ws[last].start < f.End {
				last++
			}
			fi.amount = amountOf(f.Value, ws[first:last])
			near = ws[max(0, first-contextWords):min(len(ws), last+contextWords)]
			s := r.sentences[si]
			fi.ref.Attribution = attribution(r.a.Paragraphs[s.Para], s.Start, s.End, ws)
		}
		fi.measure, fi.amount = measure(f.Unit, near, fi.amount)
		fi.who = who(f.Unit)
		out = append(out, fi)
	}
	return out
}

// genericUnits name a count without saying of whom.
var genericUnits = map[string]bool{
	"death": true, "deaths": true, "dead": true, "fatality": true, "fatalities": true,
	"killed": true, "lives": true, "casualties": true, "casualty": true,
	"people": true, "person": true, "persons": true,
}

// who returns whom a count of people is about: the unit itself unless it
// is generic (see genericUnits) or not a people unit at all.
func who(unit string) string {
	u := strings.ToLower(strings.TrimSpace(unit))
	if genericUnits[u] {
		return ""
	}
	if m := measureOfUnit[u]; m == "people" {
		return u
	}
	return ""
}

// measureOfUnit maps a figure's unit to what it measures. Units it does not
// list measure themselves.
var measureOfUnit = map[string]string{
	"death": "deaths", "deaths": "deaths", "dead": "deaths", "fatality": "deaths",
	"fatalities": "deaths", "killed": "deaths", "lives": "deaths", "casualties": "deaths",
	"casualty": "deaths",
	"people":   "people", "person": "people", "persons": "people", "palestinians": "people",
	"israelis": "people", "civilians": "people", "children": "people", "women": "people",
	"residents": "people", "inhabitants": "people", "soldiers": "people",
	"hostage": "hostages", "hostages": "hostages", "captives": "hostages",
	"day": "duration", "days": "duration", "week": "duration", "weeks": "duration",
	"month": "duration", "months": "duration", "hour": "duration", "hours": "duration",
	"year": "duration", "years": "duration",
}

// daysPer converts duration units to days.
var daysPer = map[string]float64{
	"hour": 1.0 / 24, "hours": 1.0 / 24, "day": 1, "days": 1, "week": 7, "weeks": 7,
	"month": 30, "months": 30, "year": 365, "years": 365,
}

// measure returns what a figure with unit counts and its amount in that
// measure's base unit. A count of people next to a word of dying ("killed
// 45,000 Palestinians", "the deaths of 1,200 Israelis") counts deaths.
func measure(unit string, near []word, amount float64) (string, float64) {
	u := strings.ToLower(strings.TrimSpace(unit))
	m, ok := measureOfUnit[u]
	if !ok {
		return u, amount
	}
	if d, ok := daysPer[u]; ok {
		return m, amount * d
	}
	if m == "people" {
		for _, w := range near {
			if strings.HasPrefix(w.norm, "kill") || strings.HasPrefix(w.norm, "death") || strings.HasPrefix(w.norm, "dead") || strings.HasPrefix(w.norm, "die") || strings.HasPrefix(w.norm, "fatal") {
				return "deaths", amount
			}
		}
	}
	return m, amount
}

// parseAmount parses a figure's decimal Value, NaN when it is not one:
// strconv.ParseFloat after dropping commas. Plain decimals ("27,585",
// "2.4") and words are told apart without strconv's parser, which a
// browser would otherwise compile for the first comparison; the results
// are the same (TestParseAmount).
func parseAmount(v string) float64 {
	s := strings.ReplaceAll(v, ",", "")
	if x, ok := parsePlainDecimal(s); ok {
		return x
	}
	if s == "" || s[0] >= 0x80 || ('a' <= s[0]|0x20 && s[0]|0x20 <= 'z' && !isInfOrNaN(s)) {
		return math.NaN() // what ParseFloat says of words
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return math.NaN()
	}
	return x
}

// float64pow10 are the powers of ten a float64 holds exactly.
var float64pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// parsePlainDecimal parses digits with at most one inner point and at most
// 15 digits: the mantissa and the power of ten are then exact, so one
// division gives the correctly rounded value, as ParseFloat's exact path
// does.
func parsePlainDecimal(s string) (float64, bool) {
	var m uint64
	digits, frac, point := 0, 0, -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			m = m*10 + uint64(c-'0')
			digits++
			if point >= 0 {
				frac++
			}
		case c == '.' && point < 0 && i > 0 && i < len(s)-1:
			point = i
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	return float64(m) / float64pow10[frac], true
}

// isInfOrNaN reports whether s spells one of the words ParseFloat reads as
// a number.
func isInfOrNaN(s string) bool {
	switch strings.ToLower(s) {
	case "inf", "infinity", "nan":
		return true
	}
	return false
}

// amountOf is the figure's value, from its Value, or from its words ws
// when Value is missing, unparsable or 0 while the text names another
// number ("40-day" with Value "0"): the first number in the text, in digits
// ("27,585", "2.4") or as a word ("six"), times a following "million" or
// "thousand". NaN when there is none.
func amountOf(value string, ws []word) float64 {
	if v := parseAmount(value); !math.IsNaN(v) && v != 0 {
		return v
	}
	for k, w := range ws {
		x := parseAmount(w.norm)
		if math.IsNaN(x) {
			n, ok := numberWords[w.norm]
			if !ok {
				continue
			}
			x = float64(n)
		}
		if k+1 < len(ws) {
			switch ws[k+1].norm {
			case "million":
				x *= 1e6
			case "thousand":
				x *= 1e3
			case "billion":
				x *= 1e9
			}
		}
		return x
	}
	return parseAmount(value)
}

// numberWords are the number words news prose spells out.
var numberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"hundred": 100, "dozen": 12,
}

// magnitudeCloseness is 1 for equal amounts, falling to 0 for amounts a
// factor of ten or more apart, and 0 when either is unknown or not
// positive.
func magnitudeCloseness(a, b float64) float64 {
	if !(a > 0) || !(b > 0) {
		return 0
	}
	return max(0, 1-math.Abs(math.Log10(a/b)))
}

// reportingVerbs credit what a sentence reports to the words before them.
var reportingVerbs = map[string]bool{
	"report": true, "reports": true, "reported": true, "reporting": true,
	"say": true, "says": true, "said": true, "confirmed": true, "confirms": true,
	"estimate": true, "estimates": true, "estimated": true, "stated": true,
	"counted": true,
}

// leadingWords are dropped from the front of an attribution.
var leadingWords = map[string]bool{"with": true, "and": true, "but": true, "while": true, "as": true, "the": true, "a": true}

// maxAttributionWords bounds an attribution found before a reporting verb:
// a longer clause is a sentence's subject, not a source.
const maxAttributionWords = 6

// attribution returns who the sentence p[start:end] (with words ws, offsets
// in p) credits for what it reports: the phrase after "according to" up to
// the next punctuation, else the few words between the start of a clause
// and a reporting verb ("Palestinian health authorities report ..."), else
// "".
func attribution(p string, start, end int, ws []word) string {
	sentence := p[start:end]
	if i := indexFold(sentence, "according to "); i >= 0 {
		rest := sentence[i+len("according to "):]
		if end := strings.IndexAny(rest, ",.;:"); end >= 0 {
			rest = rest[:end]
		}
		return strings.TrimSpace(rest)
	}
	for k, w := range ws {
		if !reportingVerbs[w.norm] || k == 0 {
			continue
		}
		// Walk back to the start of the clause: the sentence start or a
		// comma, semicolon, colon or bracket between two words.
		first := k
		for first > 0 && !strings.ContainsAny(p[ws[first-1].end:ws[first].start], ",;:(") {
			first--
		}
		for first < k && leadingWords[ws[first].norm] {
			first++
		}
		if first < k && k-first <= maxAttributionWords {
			return p[ws[first].start:ws[k-1].end]
		}
	}
	return ""
}

// indexFold is strings.Index, ignoring ASCII case in s.
func indexFold(s, lowerSub string) int {
	for i := 0; i+len(lowerSub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(lowerSub)], lowerSub) {
			return i
		}
	}
	return -1
}
