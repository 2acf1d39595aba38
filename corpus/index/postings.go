package index

// Postings iterates over the documents of one term, in increasing document
// order, with the term's frequency and positions in each field. It reads
// the encoded postings directly; a malformed list ends the iteration early
// and sets Err. The zero value is an empty list.
type Postings struct {
	s       string
	off     int
	left    int
	numDocs int
	doc     int
	tf      [NumFields]int
	pos     []uint32 // positions of all fields, field by field
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
	total := 0
	for f := range NumFields {
		var v uint64
		v, off = getUvarint(p.s, off)
		if off < 0 || v > uint64(len(p.s)) {
			return p.fail()
		}
		p.tf[f] = int(v)
		total += int(v)
	}
	if total > len(p.s)-off {
		return p.fail() // every position takes at least one byte
	}
	p.pos = p.pos[:0]
	if p.noPos {
		for range total {
			for off < len(p.s) && p.s[off] >= 0x80 {
				off++
			}
			if off >= len(p.s) {
				return p.fail()
			}
			off++
		}
		p.off = off
		return true
	}
	for f := range NumFields {
		var last uint64
		for range p.tf[f] {
			var v uint64
			v, off = getUvarint(p.s, off)
			if off < 0 {
				return p.fail()
			}
			last += v
			if last > 1<<31 {
				return p.fail()
			}
			p.pos = append(p.pos, uint32(last))
		}
	}
	p.off = off
	return true
}

func (p *Postings) fail() bool {
	p.err, p.left = true, 0
	return false
}

// SkipTo advances to the first document at or after target, skipping the
// positions of the documents before it without decoding them, and reports
// whether there is one. It never moves backwards.
func (p *Postings) SkipTo(target int) bool {
	if p.doc >= target {
		return true
	}
	noPos := p.noPos
	p.noPos = true
	for p.left > 0 && !p.err {
		// Peek at the next document number.
		d, off := getUvarint(p.s, p.off)
		if off < 0 {
			return p.fail()
		}
		next := int(d)
		if p.doc >= 0 {
			next = p.doc + int(d)
		}
		if next >= target {
			p.noPos = noPos
			return p.Next()
		}
		if !p.Next() {
			break
		}
	}
	p.noPos = noPos
	return false
}

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
	start := 0
	for g := range f {
		start += p.tf[g]
	}
	return p.pos[start : start+p.tf[f]]
}

// Err reports whether the iteration ended on malformed postings.
func (p *Postings) Err() bool { return p.err }
