package index

// Postings iterates over the documents of one term, in increasing document
// order, with the term's frequency and positions in each field. It reads
// the encoded postings directly; a malformed list ends the iteration early
// and sets Err. The zero value is an empty list.
type Postings struct {
	s       string
	off     int
	start   int // where the current document's posting starts
	left    int
	numDocs int
	doc     int
	tf      [NumFields]int
	pos     []uint32 // positions of all fields, field by field, once decoded
	posOff  int      // where the current document's positions start
	posEnd  int      // and end
	decoded bool     // whether pos holds the current document's positions
	noPos   bool     // skip positions (Positions returns nothing)
	err     bool
}

// Postings returns an iterator over term i's postings. It reuses the
// position buffer of p, so pass the previous iterator for a term to avoid
// allocation: it := x.Postings(i, it).
func (x *Search) Postings(i int, p *Postings) *Postings {
	if p == nil {
		p = &Postings{}
	}
	*p = Postings{
		s:       x.postings[u32at(x.postOff, i):u32at(x.postOff, i+1)],
		left:    x.DocFreq(i),
		numDocs: x.numDocs,
		doc:     -1,
		pos:     p.pos[:0],
	}
	return p
}

// PostingsNoPositions is [Search.Postings] for callers that need
// documents and frequencies only: positions are skipped, not decoded.
func (x *Search) PostingsNoPositions(i int, p *Postings) *Postings {
	p = x.Postings(i, p)
	p.noPos = true
	return p
}

// Next advances to the next document and reports whether there is one.
func (p *Postings) Next() bool {
	if p.left <= 0 || p.err {
		return false
	}
	p.left--
	p.start = p.off
	d, off := getUvarint(p.s, p.off)
	if off < 0 {
		return p.fail()
	}
	if p.doc < 0 {
		p.doc = 0
	} else if d == 0 {
		return p.fail()
	}
	if d >= uint64(p.numDocs) || uint64(p.doc)+d >= uint64(p.numDocs) {
		return p.fail()
	}
	p.doc += int(d)
	if off >= len(p.s) || p.s[off] == 0 || p.s[off] >= 1<<NumFields {
		return p.fail()
	}
	mask := p.s[off]
	off++
	total := 0
	for f := range NumFields {
		p.tf[f] = 0
		if mask&(1<<f) == 0 {
			continue
		}
		var v uint64
		v, off = getUvarint(p.s, off)
		if off < 0 || v == 0 || v > uint64(len(p.s)) {
			return p.fail()
		}
		p.tf[f] = int(v)
		total += int(v)
	}
	if total > len(p.s)-off {
		return p.fail() // every position takes at least one byte
	}
	n, off := getUvarint(p.s, off)
	if off < 0 || n > uint64(len(p.s)-off) || n < uint64(total) {
		return p.fail()
	}
	// Skip the positions; Positions decodes them if asked.
	p.posOff, p.posEnd, p.decoded = off, off+int(n), false
	p.off = p.posEnd
	return true
}

// decode fills p.pos with the current document's positions.
func (p *Postings) decode() {
	p.pos, p.decoded = p.pos[:0], true
	off := p.posOff
	block := p.s[:p.posEnd]
	for f := range NumFields {
		var last uint64
		for range p.tf[f] {
			var v uint64
			v, off = getUvarint(block, off)
			if off < 0 {
				p.pos = p.pos[:0]
				return // malformed: Positions reports none
			}
			last += v
			if last > 1<<31 {
				last = 1 << 31
			}
			p.pos = append(p.pos, uint32(last))
		}
	}
}

func (p *Postings) fail() bool {
	p.err, p.left = true, 0
	return false
}

// SkipTo advances to the first document at or after target and reports
// whether there is one. It never moves backwards. Positions are decoded
// only for documents asked about, so skipping is cheap.
func (p *Postings) SkipTo(target int) bool {
	for p.doc < target {
		if !p.Next() {
			return false
		}
	}
	return true
}

// AppendPositions appends to dst term i's positions in field f of the
// document whose posting starts at byte off of the term's list (see
// [Postings.Offset]), decoding that field only: the cheap way to read one
// document's positions. A malformed posting appends what it could read.
func (x *Search) AppendPositions(i, off int, f Field, dst []uint32) []uint32 {
	s := x.postings[u32at(x.postOff, i):u32at(x.postOff, i+1)]
	_, off = getUvarint(s, off) // the document delta
	if off < 0 || off >= len(s) || int(f) >= NumFields {
		return dst
	}
	mask := s[off]
	off++
	var tf [NumFields]uint64
	for g := range NumFields {
		if mask&(1<<g) != 0 {
			tf[g], off = getUvarint(s, off)
			if off < 0 || tf[g] > uint64(len(s)) {
				return dst
			}
		}
	}
	_, off = getUvarint(s, off) // the positions' byte length
	if off < 0 {
		return dst
	}
	for g := range f { // the fields before f
		for range tf[g] {
			if _, off = getUvarint(s, off); off < 0 {
				return dst
			}
		}
	}
	var last uint64
	for range tf[f] {
		var v uint64
		if v, off = getUvarint(s, off); off < 0 {
			return dst
		}
		last = min(last+v, 1<<31)
		dst = append(dst, uint32(last))
	}
	return dst
}

// AppendPostings appends term i's postings to the caller's arrays, one
// entry per document: the document to docs, its frequency in each field
// to tfs (NumFields entries per document) and the byte offset of its
// posting (see [Postings.Offset]) to offs; positions are skipped. It is
// [Search.Postings] for a caller that decodes every list at once (the
// query engine, when it starts), without a call per posting. It reports
// false, having appended what came before, on a malformed list.
func (x *Search) AppendPostings(i int, docs []int32, tfs, offs []uint32) ([]int32, []uint32, []uint32, bool) {
	s := x.postings[u32at(x.postOff, i):u32at(x.postOff, i+1)]
	doc, off := -1, 0
	for range x.DocFreq(i) {
		start, t0 := off, len(tfs) // on failure, tfs goes back to t0
		d, o := getUvarint(s, off)
		if o < 0 || d >= uint64(x.numDocs) || doc >= 0 && (d == 0 || uint64(doc)+d >= uint64(x.numDocs)) {
			return docs, tfs[:t0], offs, false
		}
		doc, off = max(doc, 0)+int(d), o
		if off >= len(s) || s[off] == 0 || s[off] >= 1<<NumFields {
			return docs, tfs[:t0], offs, false
		}
		mask := s[off]
		off++
		total := uint64(0)
		for f := range NumFields {
			var v uint64
			if mask&(1<<f) != 0 {
				if v, off = getUvarint(s, off); off < 0 || v == 0 || v > uint64(len(s)) {
					return docs, tfs[:t0], offs, false
				}
			}
			tfs = append(tfs, uint32(v))
			total += v
		}
		n, o := getUvarint(s, off)
		if o < 0 || n > uint64(len(s)-o) || n < total {
			return docs, tfs[:t0], offs, false
		}
		off = o + int(n)
		docs = append(docs, int32(doc))
		offs = append(offs, uint32(start))
	}
	return docs, tfs, offs, true
}

// Offset returns the byte offset, in the term's list, at which the current
// document's posting starts (for [Search.PostingsFrom]).
func (p *Postings) Offset() int { return p.start }

// Doc returns the current document.
func (p *Postings) Doc() int { return p.doc }

// TF returns the term's frequency in field f of the current document.
func (p *Postings) TF(f Field) int { return p.tf[f] }

// Positions returns the term's positions in field f of the current
// document, ascending. The slice is valid until the next call to Next.
func (p *Postings) Positions(f Field) []uint32 {
	if p.noPos {
		return nil
	}
	if !p.decoded {
		p.decode()
		if len(p.pos) != p.tf[0]+p.tf[1]+p.tf[2] {
			return nil
		}
	}
	start := 0
	for g := range f {
		start += p.tf[g]
	}
	return p.pos[start : start+p.tf[f]]
}

// Err reports whether the iteration ended on malformed postings.
func (p *Postings) Err() bool { return p.err }
