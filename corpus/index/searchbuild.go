package index

import (
	"fmt"
	"slices"
	"strings"

	"diptych/corpus"
	"diptych/corpus/text"
)

// BuildSearch analyses articles with [text.Analyzer] and returns the encoded
// search section: term dictionary, word-form dictionary, positional
// postings, field lengths and the per-article data that filters and facets
// need (date, source, entities, paragraph starts). Document i of the
// section is articles[i].
//
// entities is the corpus's entity catalogue, used for the canonical names
// of the entities field and of the person:/org:/place: filters; a mention
// whose Entity is not in it is named after its id ("antony-blinken" ->
// "antony blinken"). Only PERSON, ORG and PLACE mentions with an Entity
// count.
//
// Both build (to write the index) and tests (to search an in-memory corpus)
// call it; [DecodeSearch] reads what it returns.
func BuildSearch(articles []corpus.Article, entities []corpus.Entity) ([]byte, error) {
	b := newSearchBuilder(entities)
	for i := range articles {
		b.add(i, &articles[i])
	}
	return b.encode()
}

// docPosting is one document's occurrences of a term while building.
type docPosting struct {
	doc int
	tf  [NumFields]int
	pos [NumFields][]uint32
}

type searchBuilder struct {
	an       *text.Analyzer
	toks     []text.Token
	terms    map[string][]*docPosting
	forms    map[string]string
	catalog  map[string]corpus.Entity
	mtypes   map[string]corpus.EntityType // entity id -> type of its first mention
	docs     []docInfo
	fieldTot [NumFields]uint64
}

type docInfo struct {
	published  string
	source     string
	entities   []string // sorted, unique entity ids
	paraStarts []uint32
	lens       [NumFields]uint32
}

func newSearchBuilder(entities []corpus.Entity) *searchBuilder {
	cat := make(map[string]corpus.Entity, len(entities))
	for _, e := range entities {
		cat[e.ID] = e
	}
	return &searchBuilder{
		an:      text.NewAnalyzer(),
		terms:   make(map[string][]*docPosting),
		forms:   make(map[string]string),
		catalog: cat,
		mtypes:  make(map[string]corpus.EntityType),
	}
}

// entityName returns the canonical display name of entity id.
func (b *searchBuilder) entityName(id string) string {
	if e, ok := b.catalog[id]; ok && e.Name != "" {
		return e.Name
	}
	return strings.ReplaceAll(id, "-", " ")
}

func (b *searchBuilder) add(doc int, a *corpus.Article) {
	info := docInfo{published: a.Published, source: a.Source}
	// Title.
	b.toks = b.an.Tokens(a.Title, b.toks[:0])
	info.lens[FieldTitle] = b.index(doc, FieldTitle, b.toks)
	// Body: one field, positions running on across paragraphs.
	pos := 0
	var bodyLen uint32
	for _, p := range a.Paragraphs {
		info.paraStarts = append(info.paraStarts, uint32(pos))
		b.toks = b.an.TokensFrom(p, pos, b.toks[:0])
		bodyLen += b.index(doc, FieldBody, b.toks)
		pos = nextPos(b.toks, pos)
	}
	info.lens[FieldBody] = bodyLen
	// Entities: each distinct entity's canonical name once, with a gap
	// between names so that a phrase cannot span two of them.
	seen := map[string]bool{}
	for _, m := range a.Mentions {
		if m.Entity == "" || (m.Type != corpus.Person && m.Type != corpus.Org && m.Type != corpus.Place) {
			continue
		}
		if !seen[m.Entity] {
			seen[m.Entity] = true
			if _, ok := b.mtypes[m.Entity]; !ok {
				b.mtypes[m.Entity] = m.Type
			}
			info.entities = append(info.entities, m.Entity)
		}
	}
	slices.Sort(info.entities)
	pos = 0
	var entLen uint32
	for _, id := range info.entities {
		b.toks = b.an.TokensFrom(b.entityName(id), pos, b.toks[:0])
		entLen += b.index(doc, FieldEntities, b.toks)
		pos = nextPos(b.toks, pos) + 1
	}
	info.lens[FieldEntities] = entLen
	for f := range NumFields {
		b.fieldTot[f] += uint64(info.lens[f])
	}
	b.docs = append(b.docs, info)
}

// nextPos returns the position after the last token of toks, or pos if
// there are none.
func nextPos(toks []text.Token, pos int) int {
	for _, t := range toks {
		if !t.Joined && t.Pos >= pos {
			pos = t.Pos + 1
		}
	}
	return pos
}

// index records toks as occurrences in field f of doc and returns the
// field length they add (joined compounds do not count).
func (b *searchBuilder) index(doc int, f Field, toks []text.Token) uint32 {
	var n uint32
	for _, t := range toks {
		if !t.Joined {
			n++
		}
		if t.Term == "" || t.Form == "" {
			continue
		}
		if _, ok := b.forms[t.Form]; !ok {
			b.forms[t.Form] = t.Term
		}
		list := b.terms[t.Term]
		var p *docPosting
		if len(list) > 0 && list[len(list)-1].doc == doc {
			p = list[len(list)-1]
		} else {
			p = &docPosting{doc: doc}
			b.terms[t.Term] = append(list, p)
		}
		p.tf[f]++
		p.pos[f] = append(p.pos[f], uint32(t.Pos))
	}
	return n
}

// encode writes the section; see [DecodeSearch] for the layout.
func (b *searchBuilder) encode() ([]byte, error) {
	terms := make([]string, 0, len(b.terms))
	for t := range b.terms {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	termID := make(map[string]uint32, len(terms))
	for i, t := range terms {
		termID[t] = uint32(i)
	}
	forms := make([]string, 0, len(b.forms))
	for f := range b.forms {
		forms = append(forms, f)
	}
	slices.Sort(forms)

	// Entities and sources.
	entSet := map[string]bool{}
	srcSet := map[string]bool{}
	for _, d := range b.docs {
		for _, e := range d.entities {
			entSet[e] = true
		}
		if d.source != "" {
			srcSet[d.source] = true
		}
	}
	ents := sortedKeys(entSet)
	entIdx := make(map[string]int, len(ents))
	for i, e := range ents {
		entIdx[e] = i
	}
	srcs := sortedKeys(srcSet)
	srcIdx := make(map[string]int, len(srcs))
	for i, s := range srcs {
		srcIdx[s] = i
	}

	var s sectionWriter
	s.uvarint(searchLayoutVersion)
	s.uvarint(uint64(len(b.docs)))
	s.uvarint(uint64(len(terms)))
	s.uvarint(uint64(len(forms)))
	s.uvarint(uint64(len(ents)))
	s.uvarint(uint64(len(srcs)))
	for f := range NumFields {
		s.uvarint(b.fieldTot[f])
	}

	// Term dictionary and postings.
	var postings []byte
	termStr, termOff := stringTable(terms)
	postOff := make([]uint32, 0, len(terms)+1)
	df := make([]uint32, 0, len(terms))
	for _, t := range terms {
		off, ok := checkedU32(len(postings))
		if !ok {
			return nil, fmt.Errorf("encode search section: postings exceed 4 GiB")
		}
		postOff = append(postOff, off)
		list := b.terms[t]
		df = append(df, uint32(len(list)))
		postings = encodePostings(postings, list)
	}
	end, ok := checkedU32(len(postings))
	if !ok {
		return nil, fmt.Errorf("encode search section: postings exceed 4 GiB")
	}
	postOff = append(postOff, end)
	s.blob(termStr)
	s.blob(putU32s(nil, termOff))
	s.blob(putU32s(nil, postOff))
	s.blob(putU32s(nil, df))

	// Word forms.
	formStr, formOff := stringTable(forms)
	formTerm := make([]uint32, len(forms))
	for i, f := range forms {
		formTerm[i] = termID[b.forms[f]]
	}
	s.blob(formStr)
	s.blob(putU32s(nil, formOff))
	s.blob(putU32s(nil, formTerm))
	s.blob(postings)

	// Per-document data.
	lens := make([]uint32, 0, len(b.docs)*NumFields)
	var meta []byte
	metaOff := make([]uint32, 0, len(b.docs)+1)
	for _, d := range b.docs {
		lens = append(lens, d.lens[:]...)
		off, ok := checkedU32(len(meta))
		if !ok {
			return nil, fmt.Errorf("encode search section: document data exceeds 4 GiB")
		}
		metaOff = append(metaOff, off)
		meta = appendUvarint(meta, uint64(len(d.published)))
		meta = append(meta, d.published...)
		src := 0
		if d.source != "" {
			src = srcIdx[d.source] + 1
		}
		meta = appendUvarint(meta, uint64(src))
		meta = appendUvarint(meta, uint64(len(d.entities)))
		prev := 0
		for _, e := range d.entities { // sorted ids give sorted indexes
			i := entIdx[e]
			meta = appendUvarint(meta, uint64(i-prev))
			prev = i
		}
		meta = appendUvarint(meta, uint64(len(d.paraStarts)))
		var prevP uint32
		for _, p := range d.paraStarts {
			meta = appendUvarint(meta, uint64(p-prevP))
			prevP = p
		}
	}
	end, ok = checkedU32(len(meta))
	if !ok {
		return nil, fmt.Errorf("encode search section: document data exceeds 4 GiB")
	}
	metaOff = append(metaOff, end)
	s.blob(putU32s(nil, lens))
	s.blob(meta)
	s.blob(putU32s(nil, metaOff))

	// Term vectors, from the postings: document -> (term, frequency).
	vecTerms := make([][]TermFreq, len(b.docs))
	for id, t := range terms {
		for _, p := range b.terms[t] {
			vecTerms[p.doc] = append(vecTerms[p.doc], TermFreq{id, p.tf[FieldTitle] + p.tf[FieldBody] + p.tf[FieldEntities]})
		}
	}
	var vecs []byte
	vecOff := make([]uint32, 0, len(b.docs)+1)
	for _, v := range vecTerms {
		off, ok := checkedU32(len(vecs))
		if !ok {
			return nil, fmt.Errorf("encode search section: term vectors exceed 4 GiB")
		}
		vecOff = append(vecOff, off)
		prev := -1
		for _, tf := range v { // terms were visited in ascending order
			vecs = appendUvarint(vecs, uint64(tf.Term-prev))
			vecs = appendUvarint(vecs, uint64(tf.Freq))
			prev = tf.Term
		}
	}
	end, ok = checkedU32(len(vecs))
	if !ok {
		return nil, fmt.Errorf("encode search section: term vectors exceed 4 GiB")
	}
	vecOff = append(vecOff, end)
	s.blob(vecs)
	s.blob(putU32s(nil, vecOff))

	// Entity catalogue: id and name alternately, then types.
	entStrs := make([]string, 0, 2*len(ents))
	types := make([]byte, len(ents))
	for i, id := range ents {
		entStrs = append(entStrs, id, b.entityName(id))
		types[i] = byte(b.entityType(id))
	}
	entStr, entOff := stringTable(entStrs)
	s.blob(entStr)
	s.blob(putU32s(nil, entOff))
	s.blob(types)
	srcStr, srcOff := stringTable(srcs)
	s.blob(srcStr)
	s.blob(putU32s(nil, srcOff))
	return s.b, nil
}

// entityType returns the type of entity id from the catalogue, or from the
// first mention of it.
func (b *searchBuilder) entityType(id string) corpus.EntityType {
	if e, ok := b.catalog[id]; ok && e.Type != 0 {
		return e.Type
	}
	return b.mtypes[id]
}

// encodePostings appends a term's postings: for each document, the delta
// from the previous document, a byte with a bit set for each field the term
// occurs in, its frequency in each of those fields, the byte length of the
// positions, then the positions in each field as deltas.
func encodePostings(dst []byte, list []*docPosting) []byte {
	prev := 0
	for i, p := range list {
		if i == 0 {
			dst = appendUvarint(dst, uint64(p.doc))
		} else {
			dst = appendUvarint(dst, uint64(p.doc-prev))
		}
		prev = p.doc
		mask := 0
		for f := range NumFields {
			if p.tf[f] > 0 {
				mask |= 1 << f
			}
		}
		dst = append(dst, byte(mask))
		for f := range NumFields {
			if p.tf[f] > 0 {
				dst = appendUvarint(dst, uint64(p.tf[f]))
			}
		}
		var block []byte
		for f := range NumFields {
			ps := p.pos[f]
			slices.Sort(ps)
			var last uint32
			for _, x := range ps {
				block = appendUvarint(block, uint64(x-last))
				last = x
			}
		}
		dst = appendUvarint(dst, uint64(len(block)))
		dst = append(dst, block...)
	}
	return dst
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// stringTable concatenates ss and returns the bytes and the len(ss)+1
// offsets of their starts (the last is the end).
func stringTable(ss []string) ([]byte, []uint32) {
	var b []byte
	off := make([]uint32, 0, len(ss)+1)
	for _, s := range ss {
		off = append(off, uint32(len(b)))
		b = append(b, s...)
	}
	return b, append(off, uint32(len(b)))
}

func appendUvarint(b []byte, x uint64) []byte {
	for x >= 0x80 {
		b = append(b, byte(x)|0x80)
		x >>= 7
	}
	return append(b, byte(x))
}

// sectionWriter writes varints and length-prefixed blobs.
type sectionWriter struct{ b []byte }

func (w *sectionWriter) uvarint(x uint64) { w.b = appendUvarint(w.b, x) }
func (w *sectionWriter) blob(p []byte) {
	w.uvarint(uint64(len(p)))
	w.b = append(w.b, p...)
}
