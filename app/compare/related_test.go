package compare

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

func TestSimilarity(t *testing.T) {
	tests := []struct {
		name string
		a, b Doc
		want float64
	}{
		{"same terms", Doc{Terms: []Weight{{"gaza", 0.6}, {"truce", 0.8}}}, Doc{Terms: []Weight{{"gaza", 0.6}, {"truce", 0.8}}}, 1},
		{"disjoint", Doc{Terms: []Weight{{"gaza", 1}}}, Doc{Terms: []Weight{{"bank", 1}}}, 0},
		{"partial", Doc{Terms: []Weight{{"gaza", 0.6}, {"truce", 0.8}}}, Doc{Terms: []Weight{{"truce", 1}}}, 0.8},
		{"entities blend when both have them",
			Doc{Terms: []Weight{{"truce", 1}}, Entities: []Weight{{"hamas", 1}}},
			Doc{Terms: []Weight{{"truce", 1}}, Entities: []Weight{{"rafah", 1}}}, 1 - EntityShare},
		{"entities ignored when one side has none",
			Doc{Terms: []Weight{{"truce", 1}}, Entities: []Weight{{"hamas", 1}}},
			Doc{Terms: []Weight{{"truce", 1}}}, 1},
		{"empty", Doc{}, Doc{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.InDelta(t, tt.want, Similarity(&tt.a, &tt.b), 1e-12)
			assert.Equal(t, Similarity(&tt.a, &tt.b), Similarity(&tt.b, &tt.a), "symmetric")
		})
	}
}

func TestVectors(t *testing.T) {
	arts := []corpus.Article{
		{ID: "a", Title: "Truce talks", Paragraphs: []string{"Hamas weighs a truce in Gaza. The truce talks go on."}},
		{ID: "b", Title: "Rafah", Paragraphs: []string{"Troops gather near Rafah in Gaza."}},
	}
	docs := Vectors(arts, VectorParams{})
	require.Len(t, docs, 2)
	assert.Equal(t, "a", docs[0].ID)
	var norm float64
	keys := map[string]float64{}
	for k, w := range docs[0].Terms {
		norm += w.W * w.W
		keys[w.Key] = w.W
		if k > 0 {
			assert.Less(t, docs[0].Terms[k-1].Key, w.Key, "sorted by key")
		}
	}
	assert.InDelta(t, 1, norm, 1e-4, "unit length, up to quantisation")
	for _, w := range docs[0].Terms {
		q := math.Round(w.W * WeightScale)
		assert.Equal(t, w.W, q/WeightScale, "a 16-bit store gives the weight back exactly")
	}
	assert.Contains(t, keys, "truce")
	assert.NotContains(t, keys, "the", "stop words carry no weight")
	assert.Greater(t, keys["truce"], keys["gaza"], "a term in every article weighs less")

	small := Vectors(arts, VectorParams{MaxTerms: 2})
	assert.Len(t, small[0].Terms, 2, "MaxTerms keeps the heaviest terms")
	assert.Equal(t, "truce", small[0].Terms[len(small[0].Terms)-1].Key)
}

// TestRelatedMatchesSimilarity checks that Related's inverted-index scores
// are exactly Similarity, ranked best first, at most k, never self.
func TestRelatedMatchesSimilarity(t *testing.T) {
	s := loadSeeds(t)
	docs := Vectors(s.ordered, DefaultVectorParams)
	for _, k := range []int{0, 1, 3, 10} {
		t.Run(fmt.Sprintf("k=%d", k), func(t *testing.T) {
			rel := Related(docs, k)
			require.Len(t, rel, len(docs))
			for i, ns := range rel {
				assert.Equal(t, Rank(&docs[i], docs, k), ns, "Rank is Related for one article")
				assert.LessOrEqual(t, len(ns), k)
				assert.Len(t, ns, min(k, len(docs)-1), "the seeds all share terms")
				for j, n := range ns {
					assert.NotEqual(t, docs[i].ID, n.ID)
					o := docIndex(docs, n.ID)
					assert.Equal(t, Similarity(&docs[i], &docs[o]), n.Score)
					if j > 0 {
						assert.GreaterOrEqual(t, ns[j-1].Score, n.Score)
					}
				}
			}
		})
	}
}

func TestRelatedSeeds(t *testing.T) {
	s := loadSeeds(t)
	docs := Vectors(s.ordered, DefaultVectorParams)
	rel := Related(docs, 2)
	top := map[string][]string{}
	for i, ns := range rel {
		for _, n := range ns {
			top[s.keys[i]] = append(top[s.keys[i]], keyOf(s, n.ID))
		}
	}
	// 004's nearest is 002: both cover Blinken's February 2024 truce push
	// (six-week / 40-day pause, Rafah). 002 and 003 both detail the truce
	// proposal and its sponsors, so 002's two nearest are 003 and 004.
	assert.Equal(t, "002", top["004"][0])
	assert.ElementsMatch(t, []string{"003", "004"}, top["002"])
	assert.Equal(t, "002", top["003"][0])
	assert.Len(t, top["000"], 2)
}

func TestRelatedEmpty(t *testing.T) {
	assert.Empty(t, Related(nil, 5))
	rel := Related([]Doc{{ID: "only"}}, 5)
	require.Len(t, rel, 1)
	assert.Empty(t, rel[0])
}

func docIndex(docs []Doc, id string) int {
	for i := range docs {
		if docs[i].ID == id {
			return i
		}
	}
	return -1
}

func keyOf(s *seeds, id string) string {
	for i := range s.ordered {
		if s.ordered[i].ID == id {
			return s.keys[i]
		}
	}
	return ""
}

// TestPairSimilarityIsSimilarity checks the shortcut Compare takes without
// stored vectors against Similarity of the pair's own Vectors.
func TestPairSimilarityIsSimilarity(t *testing.T) {
	s := loadSeeds(t)
	for _, pair := range [][2]string{{"002", "004"}, {"000", "003"}} {
		l, r := s.articles[pair[0]], s.articles[pair[1]]
		docs := Vectors([]corpus.Article{*l, *r}, VectorParams{MaxTerms: 1 << 20})
		an := newAnalyser()
		// Vectors quantises weights; pairSimilarity does not.
		assert.InDelta(t, Similarity(&docs[0], &docs[1]), pairSimilarity(an.analyse(l), an.analyse(r)), 1e-4)
		assert.InDelta(t, Similarity(&docs[0], &docs[1]), Compare(l, r, Options{}).Similarity, 1e-4)
		assert.Equal(t, Similarity(&docs[0], &docs[1]), Compare(l, r, Options{LeftDoc: &docs[0], RightDoc: &docs[1]}).Similarity)
	}
}
