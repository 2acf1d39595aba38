package ner

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"diptych/corpus"
)

var monthNum = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "jan.": 1, "feb": 2, "feb.": 2, "mar.": 3, "apr": 4, "apr.": 4, "jun.": 6, "jul.": 7,
	"aug": 8, "aug.": 8, "sep": 9, "sep.": 9, "sept": 9, "sept.": 9, "oct": 10, "oct.": 10,
	"nov": 11, "nov.": 11, "dec": 12, "dec.": 12,
}

var weekdayNum = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// futureCues before a date in its sentence make an incomplete date point
// forward ("before January 20", "next Friday", "will meet on Monday").
var futureCues = map[string]bool{
	"until": true, "till": true, "before": true, "next": true, "will": true,
	"'ll": true, "upcoming": true, "scheduled": true, "due": true, "expected": true, "coming": true,
}

// parsePublished reads the date part of an ISO 8601 publication date.
func parsePublished(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	return t, err == nil
}

// dateFinder holds what date normalisation needs about one article.
type dateFinder struct {
	doc    *artDoc
	pub    time.Time
	hasPub bool
}

// isDay reports whether s is a day of the month ("7", "7th", "21st").
func isDay(s string) (int, bool) {
	s = strings.TrimRight(s, "stndrh")
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= 31
}

func isYear(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1900 && n <= 2099
}

// future reports whether a future cue precedes token k in its sentence.
func (f *dateFinder) future(k int) bool {
	d := f.doc.d
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if futureCues[d.info[j].lower] {
			return true
		}
		if d.sentStart[j] {
			break
		}
	}
	return false
}

// findDates returns the DATE mentions of doc, normalised against the
// article's publication date where one is known.
func findDates(doc *artDoc, published string) []corpus.Mention {
	f := &dateFinder{doc: doc}
	f.pub, f.hasPub = parsePublished(published)
	var out []corpus.Mention
	for k := 0; k < len(doc.toks); {
		n, val := f.match(k)
		if n == 0 {
			k++
			continue
		}
		out = append(out, corpus.Mention{Span: doc.spanOf(k, k+n), Type: corpus.Date, Value: val})
		k += n
	}
	return out
}

// same reports whether token j exists and is in the paragraph of token k.
func (f *dateFinder) same(k, j int) bool {
	return j < len(f.doc.toks) && f.doc.para[j] == f.doc.para[k]
}

// match returns the length of the date starting at token k (0 if none) and
// its value.
func (f *dateFinder) match(k int) (int, string) {
	d := f.doc.d
	lo := d.info[k].lower
	word := func(j int) string {
		if !f.same(k, j) {
			return ""
		}
		return d.info[j].lower
	}
	// raw keeps digits (lower maps them to 0).
	raw := func(j int) string {
		if !f.same(k, j) {
			return ""
		}
		return d.info[j].norm
	}
	// ISO date.
	if len(lo) == 10 && lo[4] == '-' && lo[7] == '-' {
		if t, err := time.Parse("2006-01-02", d.info[k].norm); err == nil {
			return 1, t.Format("2006-01-02")
		}
	}
	capital := d.info[k].cls == clsTitle || d.info[k].cls == clsCaps
	// Month [day][,] [year]
	if m, ok := monthNum[lo]; ok && capital {
		n := 1
		day, hasDay := isDay(raw(k + 1))
		if hasDay {
			n = 2
		}
		year, hasYear := 0, false
		if y, ok := isYear(raw(k + n)); ok {
			year, hasYear, n = y, true, n+1
		} else if word(k+n) == "," {
			if y, ok := isYear(raw(k + n + 1)); ok {
				year, hasYear, n = y, true, n+2
			}
		}
		if lo == "may" && !hasDay && !hasYear {
			return 0, ""
		}
		return n, f.resolve(k, year, hasYear, m, day, hasDay)
	}
	// Day Month [year]
	if day, ok := isDay(raw(k)); ok && d.info[k].cls == clsDigit {
		if m, ok := monthNum[word(k+1)]; ok {
			n := 2
			year, hasYear := 0, false
			if y, ok := isYear(raw(k + 2)); ok {
				year, hasYear, n = y, true, 3
			}
			return n, f.resolve(k, year, hasYear, m, day, true)
		}
	}
	// Weekday, optionally "last"/"next"/"this".
	if wd, ok := weekdayNum[lo]; ok && capital {
		return 1, f.weekday(k, wd, f.future(k))
	}
	if lo == "last" || lo == "next" || lo == "this" {
		next := word(k + 1)
		if wd, ok := weekdayNum[next]; ok {
			return 2, f.weekday(k, wd, lo == "next")
		}
		switch next {
		case "week", "weekend":
			return 2, ""
		case "month":
			return 2, f.monthOffset(map[string]int{"last": -1, "next": 1, "this": 0}[lo])
		case "year":
			if !f.hasPub {
				return 2, ""
			}
			return 2, strconv.Itoa(f.pub.Year() + map[string]int{"last": -1, "next": 1, "this": 0}[lo])
		}
	}
	// "a week ago", "three days ago".
	if f.same(k, k+2) && d.info[k+2].lower == "ago" {
		n := 0
		switch {
		case lo == "a" || lo == "one":
			n = 1
		case smallNumbers[lo] > 0:
			n = int(smallNumbers[lo])
		default:
			if v, err := strconv.Atoi(raw(k)); err == nil && v > 0 && v < 1000 {
				n = v
			}
		}
		unit := strings.TrimSuffix(word(k+1), "s")
		if n > 0 {
			switch unit {
			case "day":
				return 3, f.dayOffset(-n)
			case "week":
				return 3, f.dayOffset(-7 * n)
			case "month":
				return 3, f.monthOffset(-n)
			case "year":
				if !f.hasPub {
					return 3, ""
				}
				return 3, strconv.Itoa(f.pub.Year() - n)
			}
		}
	}
	switch lo {
	case "today", "tonight":
		return 1, f.dayOffset(0)
	case "yesterday":
		return 1, f.dayOffset(-1)
	case "tomorrow":
		return 1, f.dayOffset(1)
	}
	// A year after a preposition: "in 2023", "since 2019".
	if y, ok := isYear(raw(k)); ok && d.info[k].cls == clsDigit && k > 0 && f.same(k, k-1) {
		switch d.info[k-1].lower {
		case "in", "since", "of", "until", "by", "from", "during", "early", "late", "mid", "before", "after":
			return 1, strconv.Itoa(y)
		}
	}
	return 0, ""
}

func (f *dateFinder) dayOffset(days int) string {
	if !f.hasPub {
		return ""
	}
	return f.pub.AddDate(0, 0, days).Format("2006-01-02")
}

func (f *dateFinder) monthOffset(months int) string {
	if !f.hasPub {
		return ""
	}
	t := time.Date(f.pub.Year(), f.pub.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, months, 0)
	return t.Format("2006-01")
}

// weekday resolves a weekday against the publication date: the latest such
// day on or before it, or the first on or after it when forward.
func (f *dateFinder) weekday(k int, wd time.Weekday, forward bool) string {
	if !f.hasPub {
		return ""
	}
	diff := int(wd) - int(f.pub.Weekday())
	if forward {
		if diff < 0 {
			diff += 7
		}
	} else if diff > 0 {
		diff -= 7
	}
	return f.pub.AddDate(0, 0, diff).Format("2006-01-02")
}

// resolve normalises a date that may lack its year or day: a missing year
// is the one that puts the date most recently on or before publication (or
// first after it, when a future cue precedes).
func (f *dateFinder) resolve(k, year int, hasYear bool, month, day int, hasDay bool) string {
	if !hasYear {
		if !f.hasPub {
			return ""
		}
		forward := f.future(k)
		year = f.pub.Year()
		dd := day
		if !hasDay {
			dd = 1
		}
		t := time.Date(year, time.Month(month), dd, 0, 0, 0, 0, time.UTC)
		if !forward && t.After(f.pub) {
			year--
		}
		if forward && t.Before(f.pub) && (hasDay || month < int(f.pub.Month())) {
			year++
		}
	}
	if !hasDay {
		return fmt.Sprintf("%04d-%02d", year, month)
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return "" // 31 June
	}
	return t.Format("2006-01-02")
}
