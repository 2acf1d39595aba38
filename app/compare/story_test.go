package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

func TestNewStory(t *testing.T) {
	s := loadSeeds(t)
	var arts []*corpus.Article
	keys := []string{"000", "001", "002", "003", "004"}
	for _, k := range keys {
		a := *s.articles[k]
		arts = append(arts, &a)
	}
	// 001 and 004 give no date in the text; date them for the progression
	// as their contents do (004: February 2024, 001: August 2024).
	arts[1].Published = "2024-08-19"
	arts[4].Published = "2024-02-07"
	st := NewStory(arts, nil, StoryOptions{Figures: true})

	var order []string
	for _, i := range st.Order {
		order = append(order, keys[i])
	}
	assert.Equal(t, []string{"004", "003", "001", "000", "002"}, order, "by date, undated (002) last")

	require.Len(t, st.Similarity, 5)
	for i := range st.Similarity {
		assert.Equal(t, 1.0, st.Similarity[i][i])
		for j := range st.Similarity {
			assert.Equal(t, st.Similarity[i][j], st.Similarity[j][i], "symmetric")
		}
	}

	// The Gaza death toll as a progression: 27,585 (Feb), over 40,000
	// (Aug), 45,000 (Dec).
	var tolls []string
	for _, fs := range st.Figures {
		if fs.Measure != "deaths" {
			continue
		}
		var vals []string
		for _, p := range fs.Points {
			vals = append(vals, keys[p.Article]+":"+p.Value)
		}
		if len(vals) > 0 && vals[0] == "004:27585" {
			tolls = vals
		}
	}
	assert.Equal(t, []string{"004:27585", "001:40000", "000:45000"}, tolls)
}

func TestNewStoryEmpty(t *testing.T) {
	st := NewStory(nil, nil, StoryOptions{Figures: true})
	assert.Empty(t, st.Order)
	assert.Empty(t, st.Figures)
}

func TestNewStoryWithoutFigures(t *testing.T) {
	s := loadSeeds(t)
	st := NewStory([]*corpus.Article{s.articles["002"], s.articles["004"]}, nil, StoryOptions{})
	assert.Len(t, st.Similarity, 2)
	assert.Nil(t, st.Figures)
}
