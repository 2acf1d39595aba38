package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func sampleSimilar() Similar {
	return Similar{
		Vectors: map[string]Vector{
			"truce-talks": {
				Terms:    []Weighted{{"gaza", 40000}, {"rafah", 30000}, {"truce", 65535}},
				Entities: []Weighted{{"antony-blinken", 50000}, {"rafah", 12}},
			},
			"ankara": {Terms: []Weighted{{"ankara", 1}, {"raf", 0}, {"rafah", 65535}}},
		},
		Related: map[string][]string{"truce-talks": {"ankara"}},
	}
}

func TestVectorsRoundTrip(t *testing.T) {
	arts, ents := sampleArticles()
	sim := sampleSimilar()
	data, err := EncodeWith(arts, ents, sim)
	require.NoError(t, err)
	ix, err := Decode(string(data))
	require.NoError(t, err)

	require.Len(t, ix.Vectors, 2)
	require.Len(t, ix.Related, 2)
	for i, a := range ix.Articles {
		assert.Equal(t, sim.Vectors[a.ID], ix.Vectors[i], a.ID)
	}
	assert.Equal(t, [][]int{nil, {0}}, ix.Related, "truce-talks (1) lists ankara (0)")
}

func TestVectorsAbsent(t *testing.T) {
	arts, ents := sampleArticles()
	data, err := Encode(arts, ents)
	require.NoError(t, err)
	ix, err := Decode(string(data))
	require.NoError(t, err)
	assert.Equal(t, []Vector{{}, {}}, ix.Vectors, "an index without similarity data has empty vectors")
	assert.Equal(t, [][]int{nil, nil}, ix.Related)
}

func TestEncodeWithRejects(t *testing.T) {
	arts, ents := sampleArticles()
	cases := []struct {
		name string
		edit func(*Similar)
		want string
	}{
		{"unknown article vector", func(s *Similar) { s.Vectors["nope"] = Vector{} }, `unknown article "nope"`},
		{"unknown entity", func(s *Similar) {
			s.Vectors["ankara"] = Vector{Entities: []Weighted{{"nobody", 1}}}
		}, `unknown entity "nobody"`},
		{"unsorted terms", func(s *Similar) {
			s.Vectors["ankara"] = Vector{Terms: []Weighted{{"b", 1}, {"a", 1}}}
		}, "not sorted"},
		{"duplicate terms", func(s *Similar) {
			s.Vectors["ankara"] = Vector{Terms: []Weighted{{"a", 1}, {"a", 2}}}
		}, "not sorted"},
		{"unknown related", func(s *Similar) { s.Related["ankara"] = []string{"nope"} }, `unknown article "nope"`},
		{"related to itself", func(s *Similar) { s.Related["ankara"] = []string{"ankara"} }, "lists itself"},
		{"related of unknown", func(s *Similar) { s.Related["nope"] = nil }, `unknown article "nope"`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sim := sampleSimilar()
			c.edit(&sim)
			_, err := EncodeWith(arts, ents, sim)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

// TestVectorsCorrupt damages the two sections directly (the container's
// checksum would catch a damaged file before them): every truncation and
// every flipped byte must give an error or a valid result, never a panic.
func TestVectorsCorrupt(t *testing.T) {
	arts, ents := sampleArticles()
	sim := sampleSimilar()
	data, err := EncodeWith(arts, ents, sim)
	require.NoError(t, err)
	sections, err := readContainer(string(data))
	require.NoError(t, err)
	ix, err := Decode(string(data))
	require.NoError(t, err)
	vec, rel := sections["vectors"], sections["related"]
	require.NotEmpty(t, vec)
	require.NotEmpty(t, rel)

	for n := 0; n < len(vec); n++ {
		_, err := decodeVectors(vec[:n], 2, ix.Entities)
		assert.Error(t, err, "vectors truncated to %d bytes", n)
	}
	for n := 0; n < len(rel); n++ {
		_, err := decodeRelated(rel[:n], 2)
		assert.Error(t, err, "related truncated to %d bytes", n)
	}
	_, err = decodeVectors(vec+"x", 2, ix.Entities)
	assert.ErrorContains(t, err, "trailing")
	_, err = decodeVectors(vec, 3, ix.Entities)
	assert.ErrorContains(t, err, "2 vectors for 3 articles")
	_, err = decodeRelated(rel, 1)
	assert.ErrorContains(t, err, "2 lists for 1 articles")
	for i := 0; i < len(vec); i++ {
		for _, x := range []byte{0, 1, 0x7f, 0x80, 0xff} {
			b := []byte(vec)
			b[i] = x
			vs, err := decodeVectors(string(b), 2, ix.Entities)
			if err == nil {
				for _, v := range vs {
					assert.NoError(t, checkSorted(v.Terms))
					assert.NoError(t, checkSorted(v.Entities))
				}
			}
		}
	}
	for i := 0; i < len(rel); i++ {
		for _, x := range []byte{0, 1, 2, 0x80, 0xff} {
			b := []byte(rel)
			b[i] = x
			rs, err := decodeRelated(string(b), 2)
			if err == nil {
				for k, list := range rs {
					for _, p := range list {
						assert.True(t, p >= 0 && p < 2 && p != k, "position %d in list %d", p, k)
					}
				}
			}
		}
	}
}

func FuzzDecodeVectors(f *testing.F) {
	arts, ents := sampleArticles()
	data, err := EncodeWith(arts, ents, sampleSimilar())
	require.NoError(f, err)
	sections, err := readContainer(string(data))
	require.NoError(f, err)
	ix, err := Decode(string(data))
	require.NoError(f, err)
	f.Add(sections["vectors"])
	f.Fuzz(func(t *testing.T, s string) {
		vs, err := decodeVectors(s, 2, ix.Entities)
		if err == nil {
			for _, v := range vs {
				require.NoError(t, checkSorted(v.Terms))
				require.NoError(t, checkSorted(v.Entities))
			}
		}
	})
}
