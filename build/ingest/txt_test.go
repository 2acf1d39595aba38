package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseText(t *testing.T) {
	body := "The council approved the plan on Monday after a long debate about costs and the timetable."
	tests := []struct {
		name                                  string
		in                                    string
		title, source, author, published, url string
		paras                                 []string
	}{
		{
			name:  "title then blank-line paragraphs (BBC style)",
			in:    "Council approves plan\n\n" + body + "\n\nSecond paragraph.\n",
			title: "Council approves plan", paras: []string{body, "Second paragraph."},
		},
		{
			name:  "one paragraph per line when there are no blank lines",
			in:    "Council approves plan\n" + body + "\nSecond paragraph.\n",
			title: "Council approves plan", paras: []string{body, "Second paragraph."},
		},
		{
			name:  "hard-wrapped text is joined",
			in:    "Council approves plan\n\nThe council approved the plan on Monday after a long\ndebate about costs and the timetable for the works, which\nwill start in May and last for most of the summer months\naccording to the engineers who were asked by the council\nto look at the old bridge and its two stone arches again.\n",
			title: "Council approves plan",
			paras: []string{"The council approved the plan on Monday after a long debate about costs and the timetable for the works, which will start in May and last for most of the summer months according to the engineers who were asked by the council to look at the old bridge and its two stone arches again."},
		},
		{
			name:  "section label and date before the title",
			in:    "LOCAL NEWS\nFri 13 Dec 2024 4:18 pm - Jerusalem Time\nCouncil approves plan\n" + body + "\n",
			title: "Council approves plan", published: "2024-12-13T16:18:00+02:00", paras: []string{body},
		},
		{
			name:  "outlet, section, URL and date after the title",
			in:    "Council approves plan\n\nhttps://example.org/img/photo.jpg\nThe Valley Times\nPolitics\n10/06/2024 21h02\n\n" + body + "\n",
			title: "Council approves plan", source: "The Valley Times", published: "2024-06-10T21:02", paras: []string{body},
		},
		{
			name:  "byline and explicit fields",
			in:    "Council approves plan\nBy Jane Doe\nSource: Valley Radio\nURL: https://example.org/plan\n" + body + "\n",
			title: "Council approves plan", author: "Jane Doe", source: "Valley Radio", url: "https://example.org/plan", paras: []string{body},
		},
		{
			name:  "junk line, repeated title, counter",
			in:    "\" \"\n\nCouncil approves plan\nCouncil approves plan\n\n0 95\n\n" + body + "\n",
			title: "Council approves plan", paras: []string{body},
		},
		{
			name:  "a standfirst after the title is body",
			in:    "Council approves plan\nCosts rise by a third as works are delayed\n" + body + "\n",
			title: "Council approves plan", paras: []string{"Costs rise by a third as works are delayed", body},
		},
		{
			name:  "a short line among body lines is body",
			in:    "Rovers v United\n\nRiverside Park\n\nTuesday, 1 March\n\n" + body + "\n",
			title: "Rovers v United", paras: []string{"Riverside Park", "Tuesday, 1 March", body},
		},
		{
			name:  "no title when the text starts with body",
			in:    body + "\nSecond paragraph.\n",
			paras: []string{body, "Second paragraph."},
		},
		{
			name:  "trailing furniture and teaser block",
			in:    "Council approves plan\n\n" + body + "\n\nShare:\nCheck Also\n\nBridge to close for repairs\n\nThe old bridge will close on Monday while …\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n",
			title: "Council approves plan", paras: []string{body},
		},
		{
			name:  "a long section after a Related marker is kept",
			in:    "Council approves plan\n\n" + body + "\n\nRelated\n\nA.\n\nB.\n\nC.\n\nD.\n\nE.\n",
			title: "Council approves plan", paras: []string{body, "A.", "B.", "C.", "D.", "E."},
		},
		{
			name:  "numbers in the body are kept",
			in:    "Rovers 2-1 United\n\n" + body + "\n\n27,595\n",
			title: "Rovers 2-1 United", paras: []string{body, "27,595"},
		},
		{
			name:  "an update stamp after the date is metadata",
			in:    "Council approves plan\nPublished 13 Dec 2024\nUpdated: 14 Dec 2024 10:00\n" + body + "\n",
			title: "Council approves plan", published: "2024-12-13", paras: []string{body},
		},
		{
			name:  "compound metadata line",
			in:    "Council approves plan\nBy Jane Doe | Valley News | June 10, 2024 9:02 am\n" + body + "\n",
			title: "Council approves plan", author: "Jane Doe", source: "Valley News", published: "2024-06-10T09:02", paras: []string{body},
		},
		{
			name:  "a compound line with prose is body",
			in:    "Council approves plan\nVotes | cheers and some boos from the gallery\n" + body + "\n",
			title: "Council approves plan", paras: []string{"Votes | cheers and some boos from the gallery", body},
		},
		{
			name:  "a one-word headline",
			in:    "Brexit\n\n" + body + "\n",
			title: "Brexit", paras: []string{body},
		},
		{
			name:  "short lines with no title after them are body",
			in:    "Roses are red\nSKY\nBLUE\n" + body + "\n",
			title: "Roses are red", paras: []string{"SKY", "BLUE", body},
		},
		{
			name:  "all-capital short lines then body: no title, lines kept",
			in:    "SKY\nBLUE\n" + body + "\n",
			paras: []string{"SKY", "BLUE", body},
		},
		{
			name:  "outlet named only by furniture",
			in:    "Council approves plan\n\n" + body + "\n\nJoin Valley Daily Whatsapp group\n",
			title: "Council approves plan", source: "Valley Daily", paras: []string{body},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(tc.in)
			a := d.art
			assert.Equal(t, tc.title, a.Title)
			assert.Equal(t, tc.source, a.Source)
			assert.Equal(t, tc.author, a.Author)
			assert.Equal(t, tc.published, a.Published)
			assert.Equal(t, tc.url, a.URL)
			assert.Equal(t, tc.paras, finalParagraphs(a.Paragraphs))
		})
	}
}

func TestIsFurniture(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Share your opinion", true},
		{"Share:", true},
		{"Leave a Reply", true},
		{"Your email address will not be published. Required fields are marked *", true},
		{"About Author", true},
		{"Join NewsTrack Whatsapp group", true},
		{"Related News", true},
		{"Check Also", true},
		{"The views expressed in this article do not reflect the opinion of ICARO, or any of its affiliates.", true},
		{"Read more: Council budget approved", true},
		{"© 2024 Valley Times", true},
		{"Advertisement", true},
		{"Residents were asked to share their opinion on the plan.", false},
		{"He did not leave a reply to the letter.", false},
		{"Related talks will continue next week in Cairo.", false},
		{"Comments from the minister angered the opposition.", false},
		{"Copyright 2024 Valley Media Ltd", true},
		{"Copyright holders welcomed the ruling.", false},
		{"Facebook", true},
		{"Facebook said it would appeal.", false},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			assert.Equal(t, tc.want, isFurniture(tc.line))
		})
	}
}

func TestCheckText(t *testing.T) {
	tests := []struct {
		name, in, want, msg string
	}{
		{"CRLF becomes LF", "a\r\nb\r\n", "a\nb\n", ""},
		{"old Mac CR", "a\rb", "a\nb", ""},
		{"BOM dropped", "\xEF\xBB\xBFTitle", "Title", ""},
		{"empty", "", "", "empty file"},
		{"NUL", "ab\x00", "", "binary file, not text (NUL byte at offset 2)"},
		{"UTF-16 big endian", "\xfe\xff\x00T", "", "UTF-16 text is not supported: save the file as UTF-8"},
		{"invalid UTF-8", "ok\nno \xff", "", "invalid UTF-8 at line 2 (byte offset 6, byte 0xFF): save the file as UTF-8"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, msg := checkText([]byte(tc.in))
			assert.Equal(t, tc.want, got)
			assert.Equal(t, tc.msg, msg)
		})
	}
}
