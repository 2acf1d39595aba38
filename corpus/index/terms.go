package index

import (
	"fmt"
	"sort"
	"strings"

	"github.com/blevesearch/segment"

	"diptych/corpus"
)

// The "terms" section is the walking skeleton's inverted index: a sorted
// term dictionary and, per term, the ascending list of article positions
// (delta-encoded uvarints) whose title or body contains it. The search issue
// replaces it with positional, per-field postings.

// terms splits s into lower-cased words with UAX#29 word segmentation,
// keeping only words that contain a letter or a digit.
func terms(s string) []string {
	var out []string
	seg := segment.NewWordSegmenterDirect([]byte(s))
	for seg.Segment() {
		if seg.Type() == segment.None {
			continue
		}
		out = append(out, strings.ToLower(seg.Text()))
	}
	return out
}

// Terms analyses s the way the index analysed the articles, for look-ups.
func Terms(s string) []string { return terms(s) }

func encodeTerms(articles []corpus.Article) []byte {
	docs := map[string][]int{}
	for i := range articles {
		a := &articles[i]
		seen := map[string]bool{}
		add := func(s string) {
			for _, t := range terms(s) {
				if !seen[t] {
					seen[t] = true
					docs[t] = append(docs[t], i)
				}
			}
		}
		add(a.Title)
		for _, p := range a.Paragraphs {
			add(p)
		}
	}
	dict := make([]string, 0, len(docs))
	for t := range docs {
		dict = append(dict, t)
	}
	sort.Strings(dict)
	var b []byte
	b = appendUint(b, len(dict))
	for _, t := range dict {
		b = appendString(b, t)
		var p []byte
		prev := 0
		for _, d := range docs[t] {
			p = appendUint(p, d-prev)
			prev = d
		}
		b = appendUint(b, len(docs[t]))
		b = appendString(b, string(p))
	}
	return b
}

// termTable is the decoded dictionary; postings stay encoded until used.
type termTable struct {
	dict     []string
	postings []string
	counts   []int
}

func decodeTerms(data string, nDocs int) (termTable, error) {
	r := reader{s: data}
	n := r.count()
	t := termTable{dict: make([]string, n), postings: make([]string, n), counts: make([]int, n)}
	for i := 0; i < n && r.err == nil; i++ {
		t.dict[i] = r.str()
		t.counts[i] = r.int(nDocs)
		t.postings[i] = r.str()
		if r.err == nil && i > 0 && t.dict[i-1] >= t.dict[i] {
			r.fail(fmt.Errorf("terms not sorted at %q", t.dict[i]))
		}
	}
	if r.err == nil && !r.done() {
		r.fail(fmt.Errorf("%d trailing bytes", len(r.s)-r.off))
	}
	if r.err != nil {
		return termTable{}, fmt.Errorf("terms section: %w", r.err)
	}
	return t, nil
}

// docs returns the article positions for term, or nil. A damaged posting
// list yields the positions decoded before the damage.
func (t termTable) docs(term string, nDocs int) []int {
	i := sort.SearchStrings(t.dict, term)
	if i == len(t.dict) || t.dict[i] != term {
		return nil
	}
	r := reader{s: t.postings[i]}
	out := make([]int, 0, t.counts[i])
	d := 0
	for k := 0; k < t.counts[i]; k++ {
		d += r.int(nDocs)
		if r.err != nil || d >= nDocs {
			break
		}
		out = append(out, d)
	}
	return out
}
