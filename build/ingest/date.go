package ingest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // "Jerusalem Time" must resolve on every machine.
)

// A parsed date is written in ISO 8601 exactly as precise as the text:
//
//	"2024-06-10"                 a date only
//	"2024-06-10T21:02"           a local time, no zone given (none is invented)
//	"2024-06-10T21:02:05"        seconds when the text gives them
//	"2024-12-13T16:18:00+02:00"  a time with a zone or offset (RFC 3339)
//
// Accepted forms (case-insensitive, optional weekday, optional "Published:",
// "Updated", "Posted on" prefix):
//
//	2024-06-10, 2024-06-10T21:02:05Z, 2024-06-10 21:02 +0200, 2024/06/10
//	10/06/2024 21h02, 10.06.2024, 10-06-2024   numeric: DAY FIRST, unless the
//	                                           first number cannot be a month's
//	                                           day order (06/13/2024 is June 13)
//	13 Dec 2024, 13th December 2024, Dec 13, 2024, December 13 2024
//	times: 21:02, 21h02, 21.02, 4:18 pm, 4 pm, 9:02 p.m., with "at", "-", "|" or "," before
//	zones: Z, UTC, GMT, +02:00, +0200, GMT+2, UTC-05:00, EST/EDT/CST/CDT/MST/
//	       MDT/PST/PDT, CET/CEST, EET/EEST, BST, MSK, JST, and "CITY Time" for the
//	       cities in zoneCities ("Jerusalem Time", "Eastern Time")
//
// A named zone is turned into the offset in force at that date and time.

var (
	reDatePrefix = regexp.MustCompile(`(?i)^(?:(?:published|posted|updated|last updated|date|dated|first published)\s*(?:on|at)?\s*[:\-–]?\s*)`)
	reWeekday    = regexp.MustCompile(`(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+`)
	reISODate    = regexp.MustCompile(`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})`)
	reNumDate    = regexp.MustCompile(`^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})`)
	reDMY        = regexp.MustCompile(`(?i)^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})`)
	reMDY        = regexp.MustCompile(`(?i)^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`)
	reTime       = regexp.MustCompile(`(?i)^(?:T|,?\s*(?:at\s+|[-–|,]\s*)?)(\d{1,2})(?:[:h.](\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(am|pm|a\.m\.|p\.m\.)?`)
	reOffset     = regexp.MustCompile(`(?i)^(?:utc|gmt)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$`)
)

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
	"sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
	"dec": 12, "december": 12,
}

// zoneAbbrevs are the unambiguous zone abbreviations, as fixed offsets in
// minutes. Ambiguous ones (IST, AST) are not guessed.
var zoneAbbrevs = map[string]int{
	"z": 0, "utc": 0, "gmt": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300,
	"mst": -420, "mdt": -360, "pst": -480, "pdt": -420, "cet": 60, "cest": 120,
	"eet": 120, "eest": 180, "bst": 60, "msk": 180, "jst": 540,
}

// zoneCities maps the names used in "NAME Time" to IANA zones.
var zoneCities = map[string]string{
	"jerusalem": "Asia/Jerusalem", "israel": "Asia/Jerusalem", "gaza": "Asia/Gaza",
	"cairo": "Africa/Cairo", "beirut": "Asia/Beirut", "amman": "Asia/Amman",
	"damascus": "Asia/Damascus", "riyadh": "Asia/Riyadh", "mecca": "Asia/Riyadh",
	"doha": "Asia/Qatar", "dubai": "Asia/Dubai", "tehran": "Asia/Tehran",
	"baghdad": "Asia/Baghdad", "ankara": "Europe/Istanbul", "istanbul": "Europe/Istanbul",
	"moscow": "Europe/Moscow", "kyiv": "Europe/Kyiv", "london": "Europe/London",
	"paris": "Europe/Paris", "berlin": "Europe/Berlin", "brussels": "Europe/Brussels",
	"new york": "America/New_York", "washington": "America/New_York", "eastern": "America/New_York",
	"central": "America/Chicago", "mountain": "America/Denver", "pacific": "America/Los_Angeles",
	"tokyo": "Asia/Tokyo", "beijing": "Asia/Shanghai", "india": "Asia/Kolkata", "delhi": "Asia/Kolkata",
	"karachi": "Asia/Karachi", "singapore": "Asia/Singapore", "sydney": "Australia/Sydney",
}

// parseDate reads s, which must be a date and nothing else (a header line
// of a scraped article, a front matter value). It returns the ISO 8601 form
// described above and ok; note is non-empty when part of the text (a zone
// name) was not understood and was left out.
func parseDate(s string) (iso string, note string, ok bool) {
	s = strings.TrimSpace(cleanSpace(s))
	s = reDatePrefix.ReplaceAllString(s, "")
	s = reWeekday.ReplaceAllString(s, "")
	var y, d int
	var m time.Month
	var rest string
	switch {
	case reISODate.MatchString(s):
		g := reISODate.FindStringSubmatch(s)
		y, m, d = atoi(g[1]), time.Month(atoi(g[2])), atoi(g[3])
		rest = s[len(g[0]):]
	case reNumDate.MatchString(s):
		g := reNumDate.FindStringSubmatch(s)
		a, b := atoi(g[1]), atoi(g[2])
		y = atoi(g[3])
		if a <= 12 && b > 12 {
			m, d = time.Month(a), b // month first: the second number cannot be a month
		} else {
			d, m = a, time.Month(b) // day first, the documented default
		}
		rest = s[len(g[0]):]
	case reDMY.MatchString(s) && months[strings.ToLower(reDMY.FindStringSubmatch(s)[2])] != 0:
		g := reDMY.FindStringSubmatch(s)
		d, m, y = atoi(g[1]), months[strings.ToLower(g[2])], atoi(g[3])
		rest = s[len(g[0]):]
	case reMDY.MatchString(s) && months[strings.ToLower(reMDY.FindStringSubmatch(s)[1])] != 0:
		g := reMDY.FindStringSubmatch(s)
		m, d, y = months[strings.ToLower(g[1])], atoi(g[2]), atoi(g[3])
		rest = s[len(g[0]):]
	default:
		return "", "", false
	}
	if y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return "", "", false
	}
	date := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return date, "", true
	}
	g := reTime.FindStringSubmatch(rest)
	if g == nil || (g[2] == "" && g[4] == "") { // a bare number is not a time
		return "", "", false
	}
	hh, mm, ss := atoi(g[1]), atoi(g[2]), -1
	if g[3] != "" {
		ss = atoi(g[3])
	}
	if ampm := strings.ToLower(strings.ReplaceAll(g[4], ".", "")); ampm != "" {
		if hh < 1 || hh > 12 {
			return "", "", false
		}
		if ampm == "pm" && hh != 12 {
			hh += 12
		} else if ampm == "am" && hh == 12 {
			hh = 0
		}
	}
	if hh > 23 || mm > 59 || ss > 59 {
		return "", "", false
	}
	local := fmt.Sprintf("%sT%02d:%02d", date, hh, mm)
	if ss >= 0 {
		local += fmt.Sprintf(":%02d", ss)
	}
	zone := strings.TrimSpace(rest[len(g[0]):])
	zone = strings.TrimSpace(strings.TrimLeft(zone, "-–|,("))
	zone = strings.TrimSuffix(zone, ")")
	if zone == "" {
		return local, "", true
	}
	off, known := zoneOffset(zone, y, m, d, hh, mm)
	if !known {
		if len(words(zone)) > 3 {
			return "", "", false // more text than a zone name: not a date line
		}
		return local, fmt.Sprintf("time zone %q not understood: kept the local time without a zone", zone), true
	}
	t := time.Date(y, m, d, hh, mm, max(ss, 0), 0, time.FixedZone("", off))
	return t.Format(time.RFC3339), "", true
}

// zoneOffset returns the UTC offset in seconds that zone names at the given
// local time.
func zoneOffset(zone string, y int, m time.Month, d, hh, mm int) (int, bool) {
	z := strings.ToLower(zone)
	if g := reOffset.FindStringSubmatch(z); g != nil {
		h, mi := atoi(g[2]), atoi(g[3])
		if h > 14 || mi > 59 {
			return 0, false
		}
		off := h*3600 + mi*60
		if g[1] == "-" {
			off = -off
		}
		return off, true
	}
	if o, ok := zoneAbbrevs[z]; ok {
		return o * 60, true
	}
	z = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(z, " time"), " standard"))
	if name, ok := zoneCities[z]; ok {
		loc, err := time.LoadLocation(name)
		if err != nil {
			return 0, false
		}
		_, off := time.Date(y, m, d, hh, mm, 0, 0, loc).Zone()
		return off, true
	}
	return 0, false
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
