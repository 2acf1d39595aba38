package compare

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/build/ingest"
	"diptych/build/ner"
	"diptych/corpus"
)

// pipelineSeeds are the seed articles as the real build pipeline makes
// them (build/ingest, then build/ner), by file number, with the entities.
type pipelineSeeds struct {
	articles map[string]*corpus.Article
	entities map[string]corpus.Entity
}

func (p *pipelineSeeds) lookup(id string) (corpus.Entity, bool) {
	e, ok := p.entities[id]
	return e, ok
}

func loadPipelineSeeds(t testing.TB) *pipelineSeeds {
	t.Helper()
	res, err := ingest.Load("../../corpus/articles", ingest.Options{})
	require.NoError(t, err)
	x, err := ner.Load()
	require.NoError(t, err)
	ents, err := x.Annotate(res.Articles)
	require.NoError(t, err)
	p := &pipelineSeeds{articles: map[string]*corpus.Article{}, entities: map[string]corpus.Entity{}}
	for i := range res.Articles {
		a := &res.Articles[i]
		p.articles[filepath.Base(a.File)[:3]] = a
	}
	for _, e := range ents {
		p.entities[e.ID] = e
	}
	return p
}

// TestComparePipelineGolden pins comparisons of seed pairs as the real
// pipeline annotates them. Unlike TestCompareSeedsGolden, these goldens
// also move when build/ner changes: review such diffs for regressions in
// what the comparison shows.
func TestComparePipelineGolden(t *testing.T) {
	p := loadPipelineSeeds(t)
	for _, pair := range [][2]string{{"002", "004"}, {"001", "004"}, {"000", "001"}} {
		name := "pipeline_" + pair[0] + "_" + pair[1]
		t.Run(name, func(t *testing.T) {
			checkGolden(t, name, report(Compare(p.articles[pair[0]], p.articles[pair[1]], Options{Entities: p.lookup})))
		})
	}
}

// TestComparePipeline002With004 checks the example on the real
// pipeline's annotations.
func TestComparePipeline002With004(t *testing.T) {
	p := loadPipelineSeeds(t)
	c := Compare(p.articles["002"], p.articles["004"], Options{Entities: p.lookup})

	pr := pairWith(t, c, "40-day truce")
	assert.Contains(t, sentenceText(c.Right, pr.Right), "six-week pause")

	assert.Contains(t, ids(c.Entities.Shared), "rafah")
	g := quoteGroup(t, c, "benjamin-netanyahu")
	assert.Empty(t, g.Left)
	require.Len(t, g.Right, 1)
	assert.Contains(t, g.Right[0].Text, "total victory")

	var truce *FigurePair
	for i, f := range c.Figures.Pairs {
		if strings.Contains(f.Left.Text, "40-day") {
			truce = &c.Figures.Pairs[i]
		}
	}
	require.NotNil(t, truce, "the truce lengths are paired")
	assert.Contains(t, truce.Right.Text, "six-week")
	assert.True(t, truce.Differs)
}

func TestComparePipelineDeathTolls(t *testing.T) {
	p := loadPipelineSeeds(t)
	c := Compare(p.articles["001"], p.articles["004"], Options{Entities: p.lookup})
	var found bool
	for _, f := range c.Figures.Pairs {
		if strings.Contains(f.Left.Text, "40,000") {
			found = true
			assert.Contains(t, f.Right.Text, "27,585")
			assert.Equal(t, "deaths", f.Measure)
			assert.True(t, f.Differs)
		}
	}
	assert.True(t, found, "over 40,000 deaths is paired")
}
