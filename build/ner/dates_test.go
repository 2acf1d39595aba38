package ner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFindDates(t *testing.T) {
	const friday = "2024-12-13T16:18" // a Friday
	tests := []struct {
		name      string
		published string
		text      string
		want      [][2]string // text, value
	}{
		{"weekday on publication day", friday, "Blinken said on Friday that talks went on.", [][2]string{{"Friday", "2024-12-13"}}},
		{"past weekday", friday, "He arrived on Tuesday.", [][2]string{{"Tuesday", "2024-12-10"}}},
		{"next weekday", friday, "They will meet on Monday.", [][2]string{{"Monday", "2024-12-16"}}},
		{"full date", friday, "Since October 7, 2023, the war has gone on.", [][2]string{{"October 7, 2023", "2023-10-07"}}},
		{"month and day in the past", "2024-06-10", "The attack on October 7 started the war.", [][2]string{{"October 7", "2023-10-07"}}},
		{"month and day ahead", friday, "He hopes for a deal before January 20, when Trump takes office.", [][2]string{{"January 20", "2025-01-20"}}},
		{"day month year", "", "Fri 13 Dec 2024 4:18 pm", [][2]string{{"13 Dec 2024", "2024-12-13"}}},
		{"month alone", "2024-02-07", "The truce in November ended.", [][2]string{{"November", "2023-11"}}},
		{"relative words", friday, "Yesterday and last week, and last year.", [][2]string{{"Yesterday", "2024-12-12"}, {"last week", ""}, {"last year", "2023"}}},
		{"ago", friday, "They met a week ago and two years ago.", [][2]string{{"a week ago", "2024-12-06"}, {"two years ago", "2022"}}},
		{"year after preposition", "", "Elections were held in 2019.", [][2]string{{"2019", "2019"}}},
		{"unknown publication date leaves value empty", "", "On Monday, Blinken met Herzog.", [][2]string{{"Monday", ""}}},
		{"may the verb is not a date", friday, "Israel may agree.", nil},
		{"iso date", "", "LONDON 1996-08-30", [][2]string{{"1996-08-30", "1996-08-30"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := ruleDoc(tt.published, tt.text)
			var got [][2]string
			for _, m := range findDates(doc, tt.published) {
				got = append(got, [2]string{m.Text(doc.a), m.Value})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
