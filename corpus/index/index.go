package index

import (
	"errors"
	"fmt"
	"sort"

	"diptych/corpus"
	"diptych/corpus/text"
)

// Index is a decoded index: the articles, the canonical entities and the
// search structures. Its strings are substrings of the data it was decoded
// from; it is read-only and safe for concurrent use.
type Index struct {
	// Articles are sorted by ID.
	Articles []corpus.Article
	// Entities are sorted by ID.
	Entities []corpus.Entity
	// Search is the search section: dictionaries, positional postings and
	// per-article data for filters and facets. Its document i is
	// Articles[i]. The query engine (app/search) reads it.
	Search *Search
	// Vectors[i] is the document vector of Articles[i] (empty when the
	// index was built without them): what app/compare scores article
	// similarity with.
	Vectors []Vector
	// Related[i] lists the positions in Articles of the articles most
	// similar to Articles[i], best first (nil when none were stored).
	Related [][]int
	// Sentences holds each article's sentences, words and terms as the
	// comparison engine breaks them down, decoded one article at a time
	// (see Sentences.Article); it has none when the index was built
	// without them.
	Sentences *Sentences
}

// Similar is the comparison data EncodeWith stores beside the articles:
// article similarity and the articles' breakdowns into sentences. It is
// computed by the comparison engine (app/compare), which this package
// does not import.
type Similar struct {
	// Vectors are the document vectors by article id; an article without
	// one gets an empty vector.
	Vectors map[string]Vector
	// Related lists, by article id, the ids of the articles most similar
	// to it, best first.
	Related map[string][]string
	// Sentences are the articles' breakdowns for comparison.
	Sentences SentenceData
}

// Encode builds the index file for articles and entities, with no
// similarity data: see EncodeWith.
func Encode(articles []corpus.Article, entities []corpus.Entity) ([]byte, error) {
	return EncodeWith(articles, entities, Similar{})
}

// EncodeWith builds the index file for articles, entities and their
// similarity data. Articles must have
// unique, non-empty IDs; every entity a mention or quote refers to must be
// among entities. The output depends only on the input (not on map order or
// time), so the same corpus always gives the same bytes.
func EncodeWith(articles []corpus.Article, entities []corpus.Entity, sim Similar) ([]byte, error) {
	arts := append([]corpus.Article(nil), articles...)
	sort.Slice(arts, func(i, j int) bool { return arts[i].ID < arts[j].ID })
	for i, a := range arts {
		if a.ID == "" {
			return nil, fmt.Errorf("encode index: article from %q has an empty id", a.File)
		}
		if i > 0 && arts[i-1].ID == a.ID {
			return nil, fmt.Errorf("encode index: duplicate article id %q (%s and %s)", a.ID, arts[i-1].File, a.File)
		}
	}
	ents := append([]corpus.Entity(nil), entities...)
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	pos := make(map[string]int, len(ents))
	for i, e := range ents {
		if e.ID == "" || e.Type.String() == "" {
			return nil, fmt.Errorf("encode index: entity %q has an empty id or invalid type", e.Name)
		}
		if i > 0 && ents[i-1].ID == e.ID {
			return nil, fmt.Errorf("encode index: duplicate entity id %q", e.ID)
		}
		pos[e.ID] = i
	}
	docs, err := encodeDocs(arts, pos)
	if err != nil {
		return nil, fmt.Errorf("encode index: %w", err)
	}
	search, err := BuildSearch(arts, ents)
	if err != nil {
		return nil, fmt.Errorf("encode index: %w", err)
	}
	ids := make([]string, len(arts))
	for i := range arts {
		ids[i] = arts[i].ID
	}
	vectors, err := encodeVectors(ids, sim.Vectors, pos)
	if err != nil {
		return nil, fmt.Errorf("encode index: %w", err)
	}
	related, err := encodeRelated(ids, sim.Related)
	if err != nil {
		return nil, fmt.Errorf("encode index: %w", err)
	}
	sentences, err := encodeSentences(ids, sim.Sentences)
	if err != nil {
		return nil, fmt.Errorf("encode index: %w", err)
	}
	return writeContainer([]section{
		{"docs", docs},
		{"entities", encodeEntities(ents)},
		{"related", related},
		{"search", search},
		{"sentences", sentences},
		{"vectors", vectors},
	}), nil
}

// Decode reads an index file. A file that is not an index, was written by
// another format version, or is truncated or damaged gives an error that
// wraps ErrNotIndex, ErrVersion or ErrCorrupt; Decode never panics.
func Decode(data string) (*Index, error) {
	ix, rest, err := DecodeHead(data)
	if err != nil {
		return nil, err
	}
	if err := rest(); err != nil {
		return nil, err
	}
	return ix, nil
}

// DecodeHead is Decode in two steps, for a client that lists articles
// before it searches or compares them. It checks the whole file (header,
// checksum, section table, every section present) and decodes the
// articles and entities; rest decodes the search, vectors, related and
// sentences sections into ix, which until then has none. rest is not
// safe for concurrent use: call it once, before ix is shared.
func DecodeHead(data string) (ix *Index, rest func() error, err error) {
	sections, err := readContainer(data)
	if err != nil {
		return nil, nil, fmt.Errorf("decode index: %w", err)
	}
	for _, name := range []string{"entities", "docs", "search", "vectors", "related", "sentences"} {
		if _, ok := sections[name]; !ok {
			return nil, nil, fmt.Errorf("decode index: %w: missing section %q", ErrCorrupt, name)
		}
	}
	ix = &Index{}
	if ix.Entities, err = decodeEntities(sections["entities"]); err != nil {
		return nil, nil, fmt.Errorf("decode index: %w: %w", ErrCorrupt, err)
	}
	if ix.Articles, err = decodeDocs(sections["docs"], ix.Entities); err != nil {
		return nil, nil, fmt.Errorf("decode index: %w: %w", ErrCorrupt, err)
	}
	for i := 1; i < len(ix.Articles); i++ {
		if ix.Articles[i-1].ID >= ix.Articles[i].ID {
			return nil, nil, fmt.Errorf("decode index: %w: article ids not sorted and unique at %q", ErrCorrupt, ix.Articles[i].ID)
		}
	}
	return ix, func() error { return ix.decodeRest(sections) }, nil
}

// decodeRest decodes the sections DecodeHead leaves.
func (ix *Index) decodeRest(sections map[string]string) error {
	search, err := DecodeSearch(sections["search"])
	if err != nil {
		return fmt.Errorf("decode index: %w", err)
	}
	if search.NumDocs() != len(ix.Articles) {
		return fmt.Errorf("decode index: %w: search section has %d documents, docs section %d", ErrCorrupt, search.NumDocs(), len(ix.Articles))
	}
	vectors, err := decodeVectors(sections["vectors"], len(ix.Articles), ix.Entities)
	if err != nil {
		return fmt.Errorf("decode index: %w: %w", ErrCorrupt, err)
	}
	related, err := decodeRelated(sections["related"], len(ix.Articles))
	if err != nil {
		return fmt.Errorf("decode index: %w: %w", ErrCorrupt, err)
	}
	sentences, err := decodeSentences(sections["sentences"], len(ix.Articles))
	if err != nil {
		return fmt.Errorf("decode index: %w: %w", ErrCorrupt, err)
	}
	ix.Search, ix.Vectors, ix.Related, ix.Sentences = search, vectors, related, sentences
	return nil
}

// IsCorrupt reports whether err comes from a damaged, foreign or
// wrong-version index rather than from the caller.
func IsCorrupt(err error) bool {
	return errors.Is(err, ErrCorrupt) || errors.Is(err, ErrNotIndex) || errors.Is(err, ErrVersion)
}

// Position returns the position in Articles of the article with the given
// id: the document number of the search and vectors sections.
func (ix *Index) Position(id string) (int, bool) {
	i := sort.Search(len(ix.Articles), func(i int) bool { return ix.Articles[i].ID >= id })
	return i, i < len(ix.Articles) && ix.Articles[i].ID == id
}

// Article returns the article with the given id.
func (ix *Index) Article(id string) (*corpus.Article, bool) {
	if i, ok := ix.Position(id); ok {
		return &ix.Articles[i], true
	}
	return nil, false
}

// Entity returns the entity with the given id.
func (ix *Index) Entity(id string) (*corpus.Entity, bool) {
	i := sort.Search(len(ix.Entities), func(i int) bool { return ix.Entities[i].ID >= id })
	if i < len(ix.Entities) && ix.Entities[i].ID == id {
		return &ix.Entities[i], true
	}
	return nil, false
}

// Match returns the positions in Articles of the articles whose title or
// body contains every word of query (analysed like the articles: folded and
// stemmed), in ascending order. A query with no words matches nothing.
// It is the walking skeleton's look-up; ranked search with the full query
// language is app/search.
func (ix *Index) Match(query string) []int {
	toks := text.NewAnalyzer().Tokens(query, nil)
	var out []int
	first := true
	for _, t := range toks {
		if t.Joined {
			continue
		}
		term, ok := ix.Search.LookupTerm(t.Term)
		if !ok {
			return nil
		}
		var docs []int
		for p := ix.Search.Postings(term, nil); p.Next(); {
			if p.TF(FieldTitle)+p.TF(FieldBody) > 0 {
				docs = append(docs, p.Doc())
			}
		}
		if first {
			out, first = docs, false
			continue
		}
		out = intersect(out, docs)
	}
	return out
}

func intersect(a, b []int) []int {
	var out []int
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}
