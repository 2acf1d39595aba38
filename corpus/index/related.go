package index

import "fmt"

// The "related" section holds, per article (in Articles order), the
// articles most similar to it, best first, as positions in Articles: a
// count, then the positions. Scores are not stored: the app recomputes
// them from the "vectors" section (app/compare.Similarity), so a list and
// its scores cannot disagree.

func encodeRelated(ids []string, related map[string][]string) ([]byte, error) {
	for id, list := range related {
		if _, ok := findID(ids, id); !ok {
			return nil, fmt.Errorf("related: list for unknown article %q", id)
		}
		for _, o := range list {
			if _, ok := findID(ids, o); !ok {
				return nil, fmt.Errorf("related: article %q lists unknown article %q", id, o)
			}
			if o == id {
				return nil, fmt.Errorf("related: article %q lists itself", id)
			}
		}
	}
	var b []byte
	b = appendUint(b, len(ids))
	for _, id := range ids {
		list := related[id]
		b = appendUint(b, len(list))
		for _, o := range list {
			p, _ := findID(ids, o)
			b = appendUint(b, p)
		}
	}
	return b, nil
}

func decodeRelated(data string, numArticles int) ([][]int, error) {
	r := reader{s: data}
	n := r.count()
	if r.err == nil && n != numArticles {
		r.fail(fmt.Errorf("%d lists for %d articles", n, numArticles))
	}
	var out [][]int
	if r.err == nil {
		out = make([][]int, n)
	}
	for i := 0; i < n && r.err == nil; i++ {
		c := r.count()
		if c == 0 {
			continue
		}
		out[i] = make([]int, c)
		for j := range out[i] {
			p := r.int(numArticles - 1)
			if r.err == nil && p == i {
				r.fail(fmt.Errorf("article %d lists itself", i))
			}
			out[i][j] = p
		}
	}
	if r.err == nil && !r.done() {
		r.fail(fmt.Errorf("%d trailing bytes", len(r.s)-r.off))
	}
	if r.err != nil {
		return nil, fmt.Errorf("related section: %w", r.err)
	}
	return out, nil
}
