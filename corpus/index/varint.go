package index

import (
	"encoding/binary"
	"math"
)

// Little helpers to read the encoded search sections straight from a
// string, without copying. Every reader checks bounds: corrupt input makes
// them report failure, never panic.

// getUvarint decodes an unsigned varint at s[off:] and returns it and the
// offset after it, or (0, -1) if s is truncated or the varint overflows.
func getUvarint(s string, off int) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < binary.MaxVarintLen64; i++ {
		if off < 0 || off >= len(s) {
			return 0, -1
		}
		b := s[off]
		off++
		if b < 0x80 {
			if i == binary.MaxVarintLen64-1 && b > 1 {
				return 0, -1
			}
			return x | uint64(b)<<shift, off
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, -1
}

// u32at returns the i-th little-endian uint32 of table s. The caller has
// checked that the table holds it.
func u32at(s string, i int) uint32 {
	j := 4 * i
	return uint32(s[j]) | uint32(s[j+1])<<8 | uint32(s[j+2])<<16 | uint32(s[j+3])<<24
}

// putU32s appends vs as little-endian uint32s.
func putU32s(b []byte, vs []uint32) []byte {
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// checkedU32 converts n to uint32 for a table, reporting overflow.
func checkedU32(n int) (uint32, bool) {
	if n < 0 || n > math.MaxUint32 {
		return 0, false
	}
	return uint32(n), true
}
