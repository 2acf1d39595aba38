package ner

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFindFigures(t *testing.T) {
	type fig struct{ text, value, unit, qual string }
	tests := []struct {
		name string
		text string
		want []fig
	}{
		{"qualified toll", "resulting in at least 27,585 deaths in Gaza", []fig{{"at least 27,585 deaths", "27585", "deaths", "at least"}}},
		{"over", "authorities report over 40,000 deaths.", []fig{{"over 40,000 deaths", "40000", "deaths", "over"}}},
		{"about people", "killing about 1,200 people in Israel", []fig{{"about 1,200 people", "1200", "people", "about"}}},
		{"demonym unit", "The war has killed 45,000 Palestinians.", []fig{{"45,000 Palestinians", "45000", "palestinians", ""}}},
		{"scale word", "half of its 2.4 million inhabitants", []fig{{"2.4 million inhabitants", "2400000", "inhabitants", ""}}},
		{"hyphenated duration", "a six-week cease-fire is proposed", []fig{{"six-week cease-fire", "6", "week", ""}}},
		{"digits hyphenated", "Israel's 14-month war", []fig{{"14-month war", "14", "month", ""}}},
		{"written number", "including six policemen", []fig{{"six policemen", "6", "policemen", ""}}},
		{"of its", "207 of its staff members have been killed", []fig{{"207 of its staff members", "207", "staff members", ""}}},
		{"vague", "tens of thousands of people fled", []fig{{"tens of thousands of people", "10000", "people", "tens of"}}},
		{"percent", "prices rose 5 percent", []fig{{"5 percent", "5", "percent", ""}}},
		{"modifier then noun", "two new domains and three other", []fig{{"two new domains", "2", "new domains", ""}}},
		{"dates are not figures", "On October 7, 2023, in 2023", nil},
		{"bare number is not a figure", "the score was 3", nil},
		{"one is not counted", "no one takes any steps", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := ruleDoc("", tt.text)
			var got []fig
			for _, f := range findFigures(doc) {
				got = append(got, fig{f.Text(doc.a), f.Value, f.Unit, f.Qualifier})
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
