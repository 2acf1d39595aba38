package index

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// appendString appends s as a uvarint length followed by its bytes.
func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func appendUint(b []byte, v int) []byte { return binary.AppendUvarint(b, uint64(v)) }

var errShort = errors.New("unexpected end of data")

// reader decodes uvarints and strings from a string without copying. The
// first error sticks: later reads return zero values, so decoders check
// r.err once per record instead of after every field.
type reader struct {
	s   string
	off int
	err error
}

func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = fmt.Errorf("at byte %d: %w", r.off, err)
	}
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, next := getUvarint(r.s, r.off)
	if next < 0 {
		r.fail(errors.New("truncated or over-long varint"))
		return 0
	}
	r.off = next
	return v
}

// int reads a uvarint that must be at most max.
func (r *reader) int(max int) int {
	v := r.uvarint()
	if v > uint64(max) {
		r.fail(fmt.Errorf("value %d exceeds limit %d", v, max))
		return 0
	}
	return int(v)
}

// count reads an element count. Every element takes at least one byte, so a
// count larger than the remaining data is corrupt: this keeps a damaged
// count from allocating gigabytes.
func (r *reader) count() int {
	v := r.uvarint()
	if r.err == nil && v > uint64(len(r.s)-r.off) {
		r.fail(fmt.Errorf("count %d exceeds remaining %d bytes", v, len(r.s)-r.off))
		return 0
	}
	return int(v)
}

func (r *reader) str() string {
	n := r.uvarint()
	if r.err != nil {
		return ""
	}
	if n > uint64(len(r.s)-r.off) {
		r.fail(fmt.Errorf("string of %d bytes overruns the data", n))
		return ""
	}
	s := r.s[r.off : r.off+int(n)]
	r.off += int(n)
	return s
}

func (r *reader) done() bool { return r.off >= len(r.s) }
