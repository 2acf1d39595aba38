package ingest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

func TestFindDuplicates(t *testing.T) {
	story := strings.Fields(`The harbour authority voted on Tuesday to add two early ferry crossings on weekdays
		starting in April after commuters asked for the change in a petition signed by more than one thousand
		four hundred people who said the first boat left too late for the morning trains to the city and that
		the last boat on Fridays was always full long before it was due to leave the quay`)
	text := func(ws []string) []string { return []string{strings.Join(ws, " ")} }
	edited := append(append([]string{}, story...), "Officials", "will", "review", "it", "in", "a", "year.")
	other := strings.Fields(`The town library will open until nine in the evening on Thursdays from next month the
		council said after a survey in which most readers asked for evening hours and more places to study`)
	arts := []corpus.Article{
		{ID: "a", Paragraphs: text(story)},
		{ID: "b", Paragraphs: []string{strings.ToUpper(strings.Join(story, "  ")) + "!"}},
		{ID: "c", Paragraphs: text(edited)},
		{ID: "d", Paragraphs: text(other)},
	}
	got := findDuplicates(arts)
	require.Len(t, got, 3)
	assert.Equal(t, Duplicate{A: "a", B: "b", Exact: true, Similarity: 1}, got[0], "case and punctuation do not matter")
	assert.Equal(t, "a", got[1].A)
	assert.Equal(t, "c", got[1].B)
	assert.False(t, got[1].Exact)
	assert.GreaterOrEqual(t, got[1].Similarity, NearDuplicateSimilarity)
	assert.Less(t, got[1].Similarity, 1.0)
	assert.Equal(t, "b", got[2].A)
	assert.Equal(t, "c", got[2].B)
}

func TestLoadReportsDuplicatesWithoutMerging(t *testing.T) {
	body := "\n\nThe harbour authority voted on Tuesday to add two early ferry crossings on weekdays, starting in April.\n"
	res, err := Load(writeFiles(t, map[string]string{
		"x/ferry.txt": "Ferry timetable changes approved" + body,
		"y/ferry.txt": "More ferries for early commuters" + body,
	}), Options{})
	require.NoError(t, err)
	assert.Len(t, res.Articles, 2)
	assert.Equal(t, []Duplicate{{A: "ferry-timetable-changes-approved", B: "more-ferries-early-commuters", Exact: true, Similarity: 1}}, res.Duplicates)
}
