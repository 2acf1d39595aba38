package compare

// daysBetween returns the whole days from date a to date b (both ISO 8601
// as corpus.Article.Published holds them, compared by calendar date) and
// whether both parse.
func daysBetween(a, b string) (int, bool) {
	da, ok := parseDate(a)
	if !ok {
		return 0, false
	}
	db, ok := parseDate(b)
	if !ok {
		return 0, false
	}
	return db - da, true
}

// parseDate parses the calendar date at the start of an ISO 8601 date or
// date-time ("2024-12-13", "2024-12-13T16:18", "2024-12-13T16:18:00+02:00")
// and returns it as days since 1970-01-01. It accepts what
// time.Parse(time.DateOnly, s[:10]) accepts (TestParseDate holds them
// together), without the time package's parser: a comparison should run
// little code it has not run before (see sortStable).
func parseDate(s string) (int, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			if s[i] < '0' || s[i] > '9' {
				return 0, false
			}
			n = n*10 + int(s[i]-'0')
		}
		return n, true
	}
	y, ok1 := num(s[0:4])
	m, ok2 := num(s[5:7])
	d, ok3 := num(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > daysIn(m, y) {
		return 0, false
	}
	return daysFromCivil(y, m, d), true
}

func daysIn(m, y int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil is the number of days from 1970-01-01 to y-m-d in the
// proleptic Gregorian calendar (Howard Hinnant's days_from_civil).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 { // year 0's January and February
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}
