package compare

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestParseDate holds parseDate to time.Parse(time.DateOnly, ...): the
// same dates accepted, the same days since 1970 (time.Time.Sub, which the
// engine used before, saturates for dates over 292 years apart).
func TestParseDate(t *testing.T) {
	cases := []string{
		"1970-01-01", "2024-12-13", "2024-12-13T16:18", "2024-12-13T16:18:00+02:00",
		"2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "2100-03-01",
		"0000-01-01", "0000-02-29", "0000-03-01", "0001-01-01", "9999-12-31",
		"2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-01",
		"2024/01/01", "20240101xx", "2024-01-0x", "", "2024-01", "-024-01-01",
		"1969-12-31", "1600-03-01", "2024-06-10T21:02",
	}
	for _, s := range cases {
		t.Run(s, func(t *testing.T) {
			days, ok := parseDate(s)
			var want time.Time
			var err error = errShortDate
			if len(s) >= 10 {
				want, err = time.Parse(time.DateOnly, s[:10])
			}
			assert.Equal(t, err == nil, ok, "accepted")
			if err == nil {
				assert.Equal(t, int(want.Unix()/86400), days)
			}
		})
	}
	d, ok := daysBetween("2024-06-10", "2024-07-01T10:00")
	assert.True(t, ok)
	assert.Equal(t, 21, d)
}

var errShortDate = assertError("shorter than a date")

type assertError string

func (e assertError) Error() string { return string(e) }
