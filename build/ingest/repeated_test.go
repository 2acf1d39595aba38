package ingest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRemoveRepeatedLines(t *testing.T) {
	article := func(i int, source string) string {
		return fmt.Sprintf("Story number %d about the valley\n%s\n\nParagraph one of story %d, with its own facts and figures.\n\nThe mayor said plan %d was good.\n\nGet the Valley Times app for breaking news\n", i, source, i, i)
	}
	tests := []struct {
		name       string
		n          int
		wantRemove bool
	}{
		{"enough articles of one source: repeated closing line removed", 8, true},
		{"too few articles to tell: nothing removed", 7, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := map[string]string{}
			for i := range tc.n {
				files[fmt.Sprintf("valley/%02d.txt", i)] = article(i, "Source: Valley Times")
			}
			res, err := Load(writeFiles(t, files), Options{})
			require.NoError(t, err)
			require.Len(t, res.Articles, tc.n)
			for _, a := range res.Articles {
				joined := strings.Join(a.Paragraphs, "\n")
				assert.Equal(t, !tc.wantRemove, strings.Contains(joined, "Get the Valley Times app"))
				assert.Contains(t, joined, "Paragraph one of story")
			}
			if tc.wantRemove {
				require.NotEmpty(t, res.Warnings)
				assert.Contains(t, res.Warnings[len(res.Warnings)-1].Msg, `removed "Get the Valley Times app for breaking news"`)
			}
		})
	}
}

func TestRepeatedLinesSpareBodyText(t *testing.T) {
	// A sentence every article of a source repeats in the middle of its body
	// (a quote, a standard phrase) is body text: only edges are looked at.
	files := map[string]string{}
	for i := range 10 {
		files[fmt.Sprintf("%02d.txt", i)] = fmt.Sprintf("Story number %d about the valley\n\nOpening %d.\n\nSecond %d.\n\nThird %d.\n\nThe mayor said the plan was good.\n\nFifth %d.\n\nSixth %d.\n\nSeventh %d.\n", i, i, i, i, i, i, i)
	}
	res, err := Load(writeFiles(t, files), Options{})
	require.NoError(t, err)
	for _, a := range res.Articles {
		assert.Contains(t, a.Paragraphs, "The mayor said the plan was good.")
	}
}
