package ingest

import (
	"cmp"
	"hash/fnv"
	"slices"
	"strings"

	"diptych/corpus"
)

// Duplicate is a pair of articles with the same or nearly the same body.
// Both stay in the corpus; the pair is reported so that a user can decide.
type Duplicate struct {
	// A and B are the article IDs, A < B.
	A string `json:"a"`
	B string `json:"b"`
	// Exact is true when the bodies are identical after normalising case,
	// punctuation and white space.
	Exact bool `json:"exact"`
	// Similarity is the Jaccard similarity of the bodies' word 5-gram sets,
	// in [NearDuplicateSimilarity, 1].
	Similarity float64 `json:"similarity"`
}

// NearDuplicateSimilarity is the smallest word 5-gram Jaccard similarity
// at which two articles are reported as near duplicates (0.8: the same
// story with a changed paragraph or two, or different furniture).
const NearDuplicateSimilarity = 0.8

// shingleSize is the number of words in one shingle.
const shingleSize = 5

// minhash parameters: numHashes signatures in bands of bandRows rows. With
// 16 bands of 4, pairs at similarity 0.8 become candidates with probability
// 1-(1-0.8^4)^16 > 0.999; candidates are then checked exactly.
const (
	numHashes = 64
	bandRows  = 4
)

// findDuplicates returns the duplicate pairs among arts (sorted by ID),
// sorted by A then B.
func findDuplicates(arts []corpus.Article) []Duplicate {
	type sig struct {
		exact    uint64
		shingles []uint64
		mins     [numHashes]uint64
	}
	sigs := make([]sig, len(arts))
	for i := range arts {
		norm := normKey(strings.Join(arts[i].Paragraphs, " "))
		h := fnv.New64a()
		h.Write([]byte(norm))
		sigs[i].exact = h.Sum64()
		ws := strings.Fields(norm)
		wh := make([]uint64, len(ws))
		for j, w := range ws {
			h := fnv.New64a()
			h.Write([]byte(w))
			wh[j] = h.Sum64()
		}
		k := min(shingleSize, len(ws))
		sh := make([]uint64, 0, len(ws))
		for j := 0; j+k <= len(ws) && k > 0; j++ {
			var x uint64
			for _, v := range wh[j : j+k] {
				x = mix(x*31 + v)
			}
			sh = append(sh, x)
		}
		slices.Sort(sh)
		sigs[i].shingles = slices.Compact(sh)
		// The numHashes hash functions are h1 + f*h2 (double hashing), which
		// is as good as independent ones for banding and far cheaper.
		for f := range numHashes {
			sigs[i].mins[f] = ^uint64(0)
		}
		for _, x := range sh {
			h1, h2 := mix(x), mix(x^0x9E3779B97F4A7C15)|1
			for f := range numHashes {
				if v := h1 + uint64(f)*h2; v < sigs[i].mins[f] {
					sigs[i].mins[f] = v
				}
			}
		}
	}
	pairs := map[[2]int]bool{}
	for b := 0; b < numHashes/bandRows; b++ {
		buckets := map[[bandRows]uint64][]int{}
		for i := range sigs {
			if len(sigs[i].shingles) == 0 {
				continue
			}
			var key [bandRows]uint64
			copy(key[:], sigs[i].mins[b*bandRows:(b+1)*bandRows])
			buckets[key] = append(buckets[key], i)
		}
		for _, ids := range buckets {
			for x := 0; x < len(ids); x++ {
				for y := x + 1; y < len(ids); y++ {
					pairs[[2]int{ids[x], ids[y]}] = true
				}
			}
		}
	}
	var out []Duplicate
	for p := range pairs {
		i, j := p[0], p[1]
		exact := sigs[i].exact == sigs[j].exact
		sim := jaccard(sigs[i].shingles, sigs[j].shingles)
		if !exact && sim < NearDuplicateSimilarity {
			continue
		}
		a, b := arts[i].ID, arts[j].ID
		if b < a {
			a, b = b, a
		}
		out = append(out, Duplicate{A: a, B: b, Exact: exact, Similarity: sim})
	}
	slices.SortFunc(out, func(x, y Duplicate) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	return out
}

// jaccard is |a∩b| / |a∪b| for sorted sets.
func jaccard(a, b []uint64) float64 {
	i, j, inter := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			inter++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 1
	}
	return float64(inter) / float64(union)
}

// mix is the SplitMix64 finaliser, a cheap good 64-bit hash permutation.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}
