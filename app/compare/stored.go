package compare

import (
	"math"

	"diptych/corpus/index"
)

// StoredVector returns d as the index stores it (weights as
// round(w·WeightScale)), for index.EncodeWith.
func StoredVector(d *Doc) index.Vector {
	conv := func(ws []Weight) []index.Weighted {
		if len(ws) == 0 {
			return nil
		}
		out := make([]index.Weighted, len(ws))
		for i, w := range ws {
			out[i] = index.Weighted{Key: w.Key, Q: uint16(math.Round(min(1, max(0, w.W)) * WeightScale))}
		}
		return out
	}
	return index.Vector{Terms: conv(d.Terms), Entities: conv(d.Entities)}
}

// StoredDoc returns the document vector of article i of ix, as Vectors
// computed it at build time: weights come back bit for bit, so Similarity
// of two stored docs equals the score the build ranked by.
func StoredDoc(ix *index.Index, i int) Doc {
	d := Doc{ID: ix.Articles[i].ID}
	if i >= len(ix.Vectors) {
		return d
	}
	conv := func(ws []index.Weighted) []Weight {
		if len(ws) == 0 {
			return nil
		}
		out := make([]Weight, len(ws))
		for k, w := range ws {
			out[k] = Weight{Key: w.Key, W: float64(w.Q) / WeightScale}
		}
		return out
	}
	d.Terms, d.Entities = conv(ix.Vectors[i].Terms), conv(ix.Vectors[i].Entities)
	return d
}

// StoredDocs returns the stored document vectors of every article of ix,
// in Articles order.
func StoredDocs(ix *index.Index) []Doc {
	docs := make([]Doc, len(ix.Articles))
	for i := range docs {
		docs[i] = StoredDoc(ix, i)
	}
	return docs
}

// StoredSimilar returns the similarity data of articles for
// index.EncodeWith: their document vectors (see Vectors) and their k most
// related articles (see Related).
func StoredSimilar(docs []Doc, related [][]Neighbor) index.Similar {
	sim := index.Similar{Vectors: make(map[string]index.Vector, len(docs)), Related: make(map[string][]string, len(docs))}
	for i := range docs {
		sim.Vectors[docs[i].ID] = StoredVector(&docs[i])
		if i < len(related) && len(related[i]) > 0 {
			ids := make([]string, len(related[i]))
			for k, n := range related[i] {
				ids[k] = n.ID
			}
			sim.Related[docs[i].ID] = ids
		}
	}
	return sim
}
