package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, in, want string
		ok             bool
		note           bool
	}{
		{"seed 000: weekday, 12-hour clock, city zone in winter", "Fri 13 Dec 2024 4:18 pm - Jerusalem Time", "2024-12-13T16:18:00+02:00", true, false},
		{"city zone in summer is daylight time", "Mon 10 Jun 2024 9:00 am - Jerusalem Time", "2024-06-10T09:00:00+03:00", true, false},
		{"seed 003: numeric day first, 21h02, no zone stays local", "10/06/2024 21h02", "2024-06-10T21:02", true, false},
		{"numeric that can only be month first", "06/13/2024", "2024-06-13", true, false},
		{"dotted numeric", "10.06.2024", "2024-06-10", true, false},
		{"dashed numeric", "10-06-2024", "2024-06-10", true, false},
		{"ISO date", "2024-06-10", "2024-06-10", true, false},
		{"ISO slashes", "2024/06/10", "2024-06-10", true, false},
		{"RFC 3339 UTC", "2024-06-10T21:02:05Z", "2024-06-10T21:02:05Z", true, false},
		{"RFC 3339 offset and fraction", "2024-06-10T21:02:05.123+02:00", "2024-06-10T21:02:05+02:00", true, false},
		{"ISO with space and compact offset", "2024-06-10 21:02 +0200", "2024-06-10T21:02:00+02:00", true, false},
		{"RFC 1123", "Mon, 10 Jun 2024 21:02:00 GMT", "2024-06-10T21:02:00Z", true, false},
		{"day month year", "13 December 2024", "2024-12-13", true, false},
		{"ordinal day", "13th Dec. 2024", "2024-12-13", true, false},
		{"month day, year", "December 13, 2024", "2024-12-13", true, false},
		{"month day year at time with zone abbreviation", "Jun 10, 2024 at 9:02 p.m. EDT", "2024-06-10T21:02:00-04:00", true, false},
		{"full weekday and comma", "Monday, June 10, 2024", "2024-06-10", true, false},
		{"Published prefix", "Published: 10 June 2024", "2024-06-10", true, false},
		{"Posted on prefix with time", "Posted on 12/01/2024 07:15", "2024-01-12T07:15", true, false},
		{"GMT plus hours", "10 June 2024 21:02 GMT+3", "2024-06-10T21:02:00+03:00", true, false},
		{"parenthesised zone", "10 June 2024 21:02 (UTC)", "2024-06-10T21:02:00Z", true, false},
		{"12 am is midnight", "10 June 2024 12:05 am", "2024-06-10T00:05", true, false},
		{"unknown zone kept local with a note", "10 June 2024 21:02 IST", "2024-06-10T21:02", true, true},
		{"no year is not a date", "Tuesday, 1 March", "", false, false},
		{"a headline is not a date", "Blinken urges urgent ceasefire talks between Israel, Hamas", "", false, false},
		{"date then prose is not a date line", "10 June 2024 was the day the talks finally resumed in Cairo after weeks", "", false, false},
		{"impossible day", "31/02/2024", "", false, false},
		{"impossible month", "2024-13-01", "", false, false},
		{"bare number after date is not a time", "10 June 2024 5", "", false, false},
		{"hour out of range", "10 June 2024 25:00", "", false, false},
		{"13 pm", "10 June 2024 13:00 pm", "", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, note, ok := parseDate(tc.in)
			assert.Equal(t, tc.ok, ok)
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.note, note != "", "note: %q", note)
		})
	}
}
