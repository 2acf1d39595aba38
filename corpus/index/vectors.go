package index

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sort"

	"diptych/corpus"
)

// The "vectors" section holds every article's document vector, the data
// the comparison engine (app/compare) scores article similarity with, so
// the browser can rank any two articles without the corpus statistics.
//
// Layout: a dictionary of the term keys of all vectors (count, then the
// sorted strings, each stored as the length of the prefix it shares with
// the previous key and the rest), then per article (in Articles order) its
// term count, the term numbers as gaps from the previous one, its entity
// count and the entity positions (in the "entities" section) as gaps. Every
// key is followed by its weight as 2 little-endian bytes. Keys are stored
// sorted, so gaps are positive and a decoded vector is sorted by key.

// Vector is an article's document vector as the index stores it: term and
// entity keys, each sorted by key, with weights quantised to 16 bits.
type Vector struct {
	Terms    []Weighted
	Entities []Weighted
}

// Weighted is one coordinate of a Vector: a term (a stem) or an entity id,
// and its weight w in [0, 1] stored as Q = round(w·65535). Q/65535 gives
// back exactly the weight of a vector whose weights are multiples of
// 1/65535, as app/compare's are.
type Weighted struct {
	Key string
	Q   uint16
}

// encodeVectors encodes the vectors of arts (sorted by id) from vecs, by
// article id; an article with no entry gets an empty vector.
func encodeVectors(ids []string, vecs map[string]Vector, entityPos map[string]int) ([]byte, error) {
	for id := range vecs {
		if _, ok := findID(ids, id); !ok {
			return nil, fmt.Errorf("vectors: vector for unknown article %q", id)
		}
	}
	seen := map[string]bool{}
	for _, v := range vecs {
		for _, w := range v.Terms {
			seen[w.Key] = true
		}
	}
	dict := make([]string, 0, len(seen))
	for k := range seen {
		dict = append(dict, k)
	}
	slices.Sort(dict)
	num := make(map[string]int, len(dict))
	var b []byte
	b = appendUint(b, len(dict))
	prev := ""
	for i, k := range dict {
		num[k] = i
		p := commonPrefix(prev, k)
		b = appendUint(b, p)
		b = appendString(b, k[p:])
		prev = k
	}
	b = appendUint(b, len(ids))
	for _, id := range ids {
		v := vecs[id]
		if err := checkSorted(v.Terms); err != nil {
			return nil, fmt.Errorf("vectors: article %q terms: %w", id, err)
		}
		if err := checkSorted(v.Entities); err != nil {
			return nil, fmt.Errorf("vectors: article %q entities: %w", id, err)
		}
		b = appendUint(b, len(v.Terms))
		last := -1
		for _, w := range v.Terms {
			n := num[w.Key]
			b = appendUint(b, n-last-1)
			b = binary.LittleEndian.AppendUint16(b, w.Q)
			last = n
		}
		b = appendUint(b, len(v.Entities))
		last = -1
		for _, w := range v.Entities {
			n, ok := entityPos[w.Key]
			if !ok {
				return nil, fmt.Errorf("vectors: article %q refers to unknown entity %q", id, w.Key)
			}
			// Entity ids sort like entity positions, so gaps stay positive.
			b = appendUint(b, n-last-1)
			b = binary.LittleEndian.AppendUint16(b, w.Q)
			last = n
		}
	}
	return b, nil
}

// checkSorted reports keys that are not strictly increasing.
func checkSorted(ws []Weighted) error {
	for i := 1; i < len(ws); i++ {
		if ws[i-1].Key >= ws[i].Key {
			return fmt.Errorf("keys not sorted and unique at %q", ws[i].Key)
		}
	}
	return nil
}

// decodeVectors reads the "vectors" section for numArticles articles.
func decodeVectors(data string, numArticles int, entities []corpus.Entity) ([]Vector, error) {
	r := reader{s: data}
	nd := r.count()
	// The dictionary's keys are rebuilt from prefixes: one string holds
	// them all, so a key costs one allocation's share, not one each.
	var all []byte
	offs := make([]int, 0, nd+1)
	offs = append(offs, 0)
	prevStart := 0
	for i := 0; i < nd && r.err == nil; i++ {
		prevLen := len(all) - prevStart
		p := r.int(prevLen)
		rest := r.str()
		if r.err != nil {
			break
		}
		start := len(all)
		all = append(all, all[prevStart:prevStart+p]...)
		all = append(all, rest...)
		if i > 0 && string(all[start:]) <= string(all[prevStart:start]) {
			r.fail(fmt.Errorf("dictionary key %q not after %q", all[start:], all[prevStart:start]))
		}
		prevStart = start
		offs = append(offs, len(all))
	}
	keys := string(all)
	key := func(i int) string { return keys[offs[i]:offs[i+1]] }
	n := r.count()
	if r.err == nil && n != numArticles {
		r.fail(fmt.Errorf("%d vectors for %d articles", n, numArticles))
	}
	weights := func(limit int, name func(int) string) []Weighted {
		c := r.count()
		if c == 0 || r.err != nil {
			return nil
		}
		ws := make([]Weighted, c)
		last := -1
		for j := range ws {
			gap := r.uvarint()
			if r.err != nil {
				return nil
			}
			if gap >= uint64(limit) || last+1+int(gap) >= limit {
				r.fail(fmt.Errorf("key number %d+%d beyond %d keys", last+1, gap, limit))
				return nil
			}
			last += 1 + int(gap)
			if len(r.s)-r.off < 2 {
				r.fail(errShort)
				return nil
			}
			ws[j] = Weighted{Key: name(last), Q: uint16(r.s[r.off]) | uint16(r.s[r.off+1])<<8}
			r.off += 2
		}
		return ws
	}
	var vecs []Vector
	if r.err == nil {
		vecs = make([]Vector, n)
	}
	for i := 0; i < n && r.err == nil; i++ {
		vecs[i].Terms = weights(nd, key)
		vecs[i].Entities = weights(len(entities), func(p int) string { return entities[p].ID })
	}
	if r.err == nil && !r.done() {
		r.fail(fmt.Errorf("%d trailing bytes", len(r.s)-r.off))
	}
	if r.err != nil {
		return nil, fmt.Errorf("vectors section: %w", r.err)
	}
	return vecs, nil
}

// findID returns the position of id in ids, sorted.
func findID(ids []string, id string) (int, bool) {
	i := sort.SearchStrings(ids, id)
	return i, i < len(ids) && ids[i] == id
}
