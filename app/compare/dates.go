package compare

import "time"

// daysBetween returns the whole days from date a to date b (both ISO 8601
// as corpus.Article.Published holds them, compared by calendar date) and
// whether both parse.
func daysBetween(a, b string) (int, bool) {
	ta, ok := parseDate(a)
	if !ok {
		return 0, false
	}
	tb, ok := parseDate(b)
	if !ok {
		return 0, false
	}
	return int(tb.Sub(ta).Hours() / 24), true
}

// parseDate parses the calendar date at the start of an ISO 8601 date or
// date-time ("2024-12-13", "2024-12-13T16:18", "2024-12-13T16:18:00+02:00").
func parseDate(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	return t, err == nil
}
