package ner

// Features are never stored as strings: each is hashed (FNV-1a over a
// template number and its value) straight into a row of a fixed-size weight
// table, so the model holds no word list.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hs hashes feature template t with value s.
func hs(t uint64, s string) uint64 {
	h := uint64(fnvOffset) ^ (t * 0x9E3779B97F4A7C15)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// hs2 hashes template t with two values.
func hs2(t uint64, a, b string) uint64 {
	h := hs(t, a)
	h ^= 0xff
	h *= fnvPrime
	for i := 0; i < len(b); i++ {
		h ^= uint64(b[i])
		h *= fnvPrime
	}
	return h
}

// hi hashes template t with small integer values.
func hi(t uint64, a, b, c int) uint64 {
	h := uint64(fnvOffset) ^ (t * 0x9E3779B97F4A7C15)
	for _, v := range [3]int{a, b, c} {
		h ^= uint64(v + 1)
		h *= fnvPrime
		h ^= uint64(v>>8 + 7)
		h *= fnvPrime
	}
	return h
}

// hmix conjoins hash h with small integer v.
func hmix(h uint64, v int) uint64 {
	h ^= uint64(v) + 0x51
	h *= fnvPrime
	h ^= h >> 31
	return h
}
