package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
	"diptych/corpus/index"
)

// TestStoredRoundTrip checks that vectors and related lists survive the
// index bit for bit: Similarity of stored docs equals the build's scores.
func TestStoredRoundTrip(t *testing.T) {
	s := loadSeeds(t)
	arts := s.ordered
	var ents []corpus.Entity
	for _, e := range s.entities {
		ents = append(ents, e)
	}
	docs := Vectors(arts, DefaultVectorParams)
	require.NotEmpty(t, docs[0].Entities, "the seeds have entities, so entity keys are tested")
	rel := Related(docs, 20)
	data, err := index.EncodeWith(arts, ents, StoredSimilar(docs, rel))
	require.NoError(t, err)
	ix, err := index.Decode(string(data))
	require.NoError(t, err)

	byID := map[string]int{}
	for i := range docs {
		byID[docs[i].ID] = i
	}
	stored := StoredDocs(ix)
	require.Len(t, stored, len(docs))
	for i, d := range stored {
		want := docs[byID[d.ID]]
		assert.Equal(t, want, d, "doc %s comes back bit for bit", d.ID)
		var ids []string
		for _, p := range ix.Related[i] {
			ids = append(ids, ix.Articles[p].ID)
		}
		var wantIDs []string
		for _, n := range rel[byID[d.ID]] {
			wantIDs = append(wantIDs, n.ID)
			assert.Equal(t, n.Score, Similarity(&stored[i], &stored[indexOf(ix, n.ID)]), "score %s-%s", d.ID, n.ID)
		}
		assert.Equal(t, wantIDs, ids, "related list of %s", d.ID)
	}
}

func indexOf(ix *index.Index, id string) int {
	for i := range ix.Articles {
		if ix.Articles[i].ID == id {
			return i
		}
	}
	return -1
}
