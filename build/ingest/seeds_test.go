package ingest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadSeeds(t *testing.T) {
	res, err := Load("../../corpus/articles", Options{})
	require.NoError(t, err)
	require.Len(t, res.Articles, 5)
	byFile := map[string]int{}
	for i, a := range res.Articles {
		byFile[a.File[:3]] = i
	}
	tests := []struct {
		name, file, title, source, published string
	}{
		{"000 section label and Jerusalem time", "000", "Biden administration makes last-ditch diplomatic push to secure Gaza ceasefire", "", "2024-12-13T16:18:00+02:00"},
		{"001 junk line and counter", "001", "Blinken urges urgent ceasefire talks between Israel, Hamas", "", ""},
		{"002 check also teaser", "002", "Blinken presses Hamas for Gaza truce amid Israel talks", "", ""},
		{"003 outlet line and day-first date", "003", "US Secretary of State Urges International Pressure on Hamas for Cease-Fire in Gaza", "ICARO Media Group", "2024-06-10T21:02"},
		{"004 repeated title and NewsTrack furniture", "004", "Blinken's Diplomatic Mission: Urgent Ceasefire Talks in Israel", "NewsTrack", ""},
	}
	furniture := []string{"PALESTINE", "Share your opinion", "Leave a Reply", "Your email address", "Check Also",
		"Insurgents Advance", "Related", "Join NewsTrack", "About Author", "Share:", "0 95", "https://", "The views expressed", "Politics"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			i, ok := byFile[tc.file]
			require.True(t, ok)
			a := res.Articles[i]
			assert.Equal(t, tc.title, a.Title)
			assert.Equal(t, tc.source, a.Source)
			assert.Equal(t, tc.published, a.Published)
			for _, p := range a.Paragraphs {
				for _, f := range furniture {
					assert.False(t, strings.HasPrefix(p, f), "furniture %q left in paragraph %q", f, p)
				}
				assert.NotEqual(t, tc.title, p, "title repeated in body")
			}
		})
	}
}
