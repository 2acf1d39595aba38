package index

import (
	"fmt"

	"diptych/corpus"
)

// searchLayoutVersion is the layout of the search section, written at its
// start and checked on decoding. The container's format version changes
// with it.
const searchLayoutVersion = 1

// Search is a decoded search section: a read-only view over the encoded
// bytes (kept as a string, so that term and form strings are substrings of
// it, not copies). It is safe for concurrent use.
//
// Layout (all integers are unsigned varints unless a table says uint32,
// which is little-endian and fixed-width so that it can be indexed):
//
//	layout version, docs, terms, forms, entities, sources
//	total length of each field over all documents (title, body, entities)
//	then length-prefixed blobs, in order:
//	  term bytes, term offsets [terms+1]uint32, postings offsets [terms+1]uint32,
//	  document frequencies [terms]uint32,
//	  form bytes, form offsets [forms+1]uint32, form -> term [forms]uint32,
//	  postings,
//	  field lengths [docs*3]uint32,
//	  document data, document data offsets [docs+1]uint32,
//	  term vectors, term vector offsets [docs+1]uint32,
//	  entity bytes (id, name, id, name...), entity offsets [2*entities+1]uint32,
//	  entity types [entities]byte,
//	  source bytes, source offsets [sources+1]uint32
//
// Terms and forms are sorted byte-wise, so lookups are binary searches and
// a prefix is a contiguous range. A term's postings are, per document: the
// document number as a delta from the previous one (the first as is), a
// byte with bit f set if the term occurs in field f, the frequency in each
// of those fields, the byte length of the positions (so that a reader can
// skip them), then each field's positions as deltas. A
// document's data is: published (length, bytes), source number + 1 (0 for
// none), entity count and entity numbers as deltas, paragraph count and the
// body position at which each paragraph starts, as deltas. A document's
// term vector is its distinct terms, ascending, each as the delta from the
// previous term number and the term's frequency over all fields (for
// relevance feedback).
type Search struct {
	numDocs, numTerms, numForms, numEnts, numSrcs int
	avgLen                                        [NumFields]float32

	termStr, termOff, postOff, df string
	formStr, formOff, formTerm    string
	postings                      string
	lens, meta, metaOff           string
	vecs, vecOff                  string
	entStr, entOff, entTypes      string
	srcStr, srcOff                string
	// lcp holds each form's common prefix with the form before it,
	// computed when decoding (see formLCPs).
	lcp []uint8
}

// DecodeSearch decodes a search section written by [BuildSearch]. It checks
// the structure (table sizes, offsets, sort order, references) so that
// lookups cannot go out of range; postings are checked as they are read.
// A malformed section gives an error wrapping [ErrCorrupt].
func DecodeSearch(data string) (*Search, error) {
	r := sectionReader{s: data}
	version := r.uvarint()
	if r.err == nil && version != searchLayoutVersion {
		return nil, fmt.Errorf("decode search section: layout version %d, want %d: %w", version, searchLayoutVersion, ErrCorrupt)
	}
	x := &Search{}
	x.numDocs = r.count()
	x.numTerms = r.count()
	x.numForms = r.count()
	x.numEnts = r.count()
	x.numSrcs = r.count()
	var tot [NumFields]uint64
	for f := range NumFields {
		tot[f] = r.uvarint()
	}
	x.termStr = r.blob("term bytes", -1)
	x.termOff = r.blob("term offsets", 4*(x.numTerms+1))
	x.postOff = r.blob("postings offsets", 4*(x.numTerms+1))
	x.df = r.blob("document frequencies", 4*x.numTerms)
	x.formStr = r.blob("form bytes", -1)
	x.formOff = r.blob("form offsets", 4*(x.numForms+1))
	x.formTerm = r.blob("form terms", 4*x.numForms)
	x.postings = r.blob("postings", -1)
	x.lens = r.blob("field lengths", 4*x.numDocs*NumFields)
	x.meta = r.blob("document data", -1)
	x.metaOff = r.blob("document data offsets", 4*(x.numDocs+1))
	x.vecs = r.blob("term vectors", -1)
	x.vecOff = r.blob("term vector offsets", 4*(x.numDocs+1))
	x.entStr = r.blob("entity bytes", -1)
	x.entOff = r.blob("entity offsets", 4*(2*x.numEnts+1))
	x.entTypes = r.blob("entity types", x.numEnts)
	x.srcStr = r.blob("source bytes", -1)
	x.srcOff = r.blob("source offsets", 4*(x.numSrcs+1))
	if r.err != nil {
		return nil, fmt.Errorf("decode search section: %w", r.err)
	}
	if r.off != len(data) {
		return nil, fmt.Errorf("decode search section: %d bytes after the last table: %w", len(data)-r.off, ErrCorrupt)
	}
	if err := x.check(); err != nil {
		return nil, fmt.Errorf("decode search section: %w", err)
	}
	x.lcp = formLCPs(x)
	for f := range NumFields {
		if x.numDocs > 0 {
			x.avgLen[f] = float32(float64(tot[f]) / float64(x.numDocs))
		}
	}
	return x, nil
}

// check validates the tables' contents.
func (x *Search) check() error {
	if err := checkOffsets("term", x.termOff, len(x.termStr), true); err != nil {
		return err
	}
	if err := checkOffsets("postings", x.postOff, len(x.postings), false); err != nil {
		return err
	}
	if err := checkOffsets("form", x.formOff, len(x.formStr), true); err != nil {
		return err
	}
	if err := checkOffsets("document data", x.metaOff, len(x.meta), false); err != nil {
		return err
	}
	if err := checkOffsets("term vector", x.vecOff, len(x.vecs), false); err != nil {
		return err
	}
	if err := checkOffsets("entity", x.entOff, len(x.entStr), false); err != nil {
		return err
	}
	if err := checkOffsets("source", x.srcOff, len(x.srcStr), false); err != nil {
		return err
	}
	for i := 1; i < x.numTerms; i++ {
		if x.Term(i-1) >= x.Term(i) {
			return fmt.Errorf("term %d %q is not after %q: %w", i, x.Term(i), x.Term(i-1), ErrCorrupt)
		}
	}
	for i := 1; i < x.numForms; i++ {
		if x.Form(i-1) >= x.Form(i) {
			return fmt.Errorf("form %d %q is not after %q: %w", i, x.Form(i), x.Form(i-1), ErrCorrupt)
		}
	}
	for i := range x.numForms {
		if int(u32at(x.formTerm, i)) >= x.numTerms {
			return fmt.Errorf("form %q: term %d of %d: %w", x.Form(i), u32at(x.formTerm, i), x.numTerms, ErrCorrupt)
		}
	}
	for i := range x.numEnts {
		if corpus.EntityType(x.entTypes[i]).String() == "" {
			return fmt.Errorf("entity %q: type %d: %w", x.entity(2*i), x.entTypes[i], ErrCorrupt)
		}
	}
	for d := range x.numDocs {
		if _, err := x.docData(d, true); err != nil {
			return err
		}
	}
	return nil
}

// checkOffsets checks that table holds non-decreasing offsets from 0 to
// end (strictly increasing if nonEmpty: dictionary strings are not empty).
func checkOffsets(what, table string, end int, nonEmpty bool) error {
	n := len(table) / 4
	if n == 0 || u32at(table, 0) != 0 || int(u32at(table, n-1)) != end {
		return fmt.Errorf("%s offsets do not span their %d bytes: %w", what, end, ErrCorrupt)
	}
	for i := 1; i < n; i++ {
		a, b := u32at(table, i-1), u32at(table, i)
		if b < a || nonEmpty && b == a {
			return fmt.Errorf("%s offset %d: %d after %d: %w", what, i, b, a, ErrCorrupt)
		}
	}
	return nil
}

// sectionReader reads the section's header and blobs, remembering the
// first error.
type sectionReader struct {
	s   string
	off int
	err error
}

func (r *sectionReader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, off := getUvarint(r.s, r.off)
	if off < 0 {
		r.err = fmt.Errorf("truncated header at byte %d: %w", r.off, ErrCorrupt)
		return 0
	}
	r.off = off
	return v
}

// count reads a count, which cannot exceed the section's size (every
// counted thing takes at least one byte).
func (r *sectionReader) count() int {
	v := r.uvarint()
	if r.err == nil && v > uint64(len(r.s)) {
		r.err = fmt.Errorf("count %d exceeds the section's %d bytes: %w", v, len(r.s), ErrCorrupt)
		return 0
	}
	return int(v)
}

// blob reads a length-prefixed blob of size want bytes (any size if want
// < 0).
func (r *sectionReader) blob(what string, want int) string {
	n := r.uvarint()
	if r.err != nil {
		return ""
	}
	if n > uint64(len(r.s)-r.off) {
		r.err = fmt.Errorf("%s: %d bytes, only %d left: %w", what, n, len(r.s)-r.off, ErrCorrupt)
		return ""
	}
	if want >= 0 && n != uint64(want) {
		r.err = fmt.Errorf("%s: %d bytes, want %d: %w", what, n, want, ErrCorrupt)
		return ""
	}
	b := r.s[r.off : r.off+int(n)]
	r.off += int(n)
	return b
}

// NumDocs returns the number of documents.
func (x *Search) NumDocs() int { return x.numDocs }

// AvgFieldLen returns the mean length, in words, of field f.
func (x *Search) AvgFieldLen(f Field) float32 { return x.avgLen[f] }

// FieldLen returns the length, in words, of field f of document doc.
func (x *Search) FieldLen(doc int, f Field) uint32 {
	return u32at(x.lens, doc*NumFields+int(f))
}

// NumEntities returns the number of entities in the catalogue.
func (x *Search) NumEntities() int { return x.numEnts }

// Entity returns entity i's id, canonical name and type.
func (x *Search) Entity(i int) (id, name string, typ corpus.EntityType) {
	return x.entity(2 * i), x.entity(2*i + 1), corpus.EntityType(x.entTypes[i])
}

func (x *Search) entity(j int) string {
	return x.entStr[u32at(x.entOff, j):u32at(x.entOff, j+1)]
}

// NumSources returns the number of distinct sources.
func (x *Search) NumSources() int { return x.numSrcs }

// Source returns source i's name.
func (x *Search) Source(i int) string {
	return x.srcStr[u32at(x.srcOff, i):u32at(x.srcOff, i+1)]
}

// DocData is what the search section knows about one document besides its
// words.
type DocData struct {
	// Published is the article's date as in [corpus.Article].
	Published string
	// Source is the source number, or -1 when the article has none.
	Source int
	// entities and paras are the encoded lists.
	entities, paras string
	nEnt, nPara     int
}

// docData decodes document d's data. With check, it also walks the
// entity and paragraph lists to validate them (done once, when decoding
// the section); without, it leaves them to be read on demand.
func (x *Search) docData(d int, check bool) (DocData, error) {
	s := x.meta[u32at(x.metaOff, d):u32at(x.metaOff, d+1)]
	bad := func(what string) (DocData, error) {
		return DocData{}, fmt.Errorf("document %d: %s: %w", d, what, ErrCorrupt)
	}
	n, off := getUvarint(s, 0)
	if off < 0 || n > uint64(len(s)-off) {
		return bad("published date")
	}
	dd := DocData{Published: s[off : off+int(n)]}
	off += int(n)
	src, off := getUvarint(s, off)
	if off < 0 || src > uint64(x.numSrcs) {
		return bad("source")
	}
	dd.Source = int(src) - 1
	ne, off := getUvarint(s, off)
	if off < 0 || ne > uint64(len(s)) {
		return bad("entity count")
	}
	start, e := off, uint64(0)
	if !check {
		// Skip the lists: they were checked when the section was decoded.
		for range ne {
			for off < len(s) && s[off] >= 0x80 {
				off++
			}
			off++
		}
		dd.entities, dd.nEnt = s[start:min(off, len(s))], int(ne)
		np, off := getUvarint(s, min(off, len(s)))
		if off < 0 {
			return dd, nil
		}
		dd.paras, dd.nPara = s[off:], int(np)
		return dd, nil
	}
	for i := range ne {
		var dv uint64
		dv, off = getUvarint(s, off)
		e += dv
		if off < 0 || e >= uint64(x.numEnts) || i > 0 && dv == 0 {
			return bad("entity list")
		}
	}
	dd.entities, dd.nEnt = s[start:off], int(ne)
	np, off := getUvarint(s, off)
	if off < 0 || np > uint64(len(s)) {
		return bad("paragraph count")
	}
	start = off
	for range np {
		_, off = getUvarint(s, off)
		if off < 0 {
			return bad("paragraph starts")
		}
	}
	if off != len(s) {
		return bad("trailing bytes")
	}
	dd.paras, dd.nPara = s[start:off], int(np)
	return dd, nil
}

// Doc returns document d's data. The section was checked when decoded, so
// this cannot fail.
func (x *Search) Doc(d int) DocData {
	dd, _ := x.docData(d, false)
	return dd
}

// Entities appends document d's entity numbers, ascending, to dst.
func (dd DocData) Entities(dst []int) []int { return appendDeltas(dst, dd.entities, dd.nEnt) }

// ParaStarts appends the body position at which each paragraph starts to
// dst.
func (dd DocData) ParaStarts(dst []int) []int { return appendDeltas(dst, dd.paras, dd.nPara) }

// appendDeltas appends the n running sums of the delta-encoded uvarints in
// data to dst.
func appendDeltas(dst []int, data string, n int) []int {
	off, x := 0, 0
	for range n {
		var v uint64
		v, off = getUvarint(data, off)
		x += int(v)
		dst = append(dst, x)
	}
	return dst
}

// TermFreq is a term of a document and its frequency over all fields.
type TermFreq struct {
	Term, Freq int
}

// DocTerms appends document d's distinct terms, ascending, with their
// frequencies, to dst. A malformed vector ends the list early.
func (x *Search) DocTerms(d int, dst []TermFreq) []TermFreq {
	s := x.vecs[u32at(x.vecOff, d):u32at(x.vecOff, d+1)]
	term := -1
	numTerms, maxTF := x.numTerms, uint64(len(x.postings)) // in locals for the loop
	for off := 0; off < len(s); {
		dt, o := getUvarint(s, off)
		if o < 0 || dt == 0 || dt > uint64(numTerms) || term+int(dt) >= numTerms {
			return dst
		}
		tf, o2 := getUvarint(s, o)
		if o2 < 0 || tf > maxTF {
			return dst
		}
		term += int(dt)
		off = o2
		dst = append(dst, TermFreq{term, int(tf)})
	}
	return dst
}
