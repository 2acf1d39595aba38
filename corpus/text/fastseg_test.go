package text

import (
	"math/rand/v2"
	"testing"

	"github.com/blevesearch/segment"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// words returns the word segments of s (offsets and types) as segment
// finds them, and as fastSegment does if it accepts s.
func segWords(t testing.TB, s string) (want, got [][3]int, fast bool) {
	buf := []byte(s)
	collect := func(vals [][]byte, types []int) [][3]int {
		var out [][3]int
		for i, v := range vals {
			// Keep word segments and single hyphens (what the analyser uses).
			if types[i] != segment.None || string(v) == "-" {
				off := cap(buf) - cap(v)
				out = append(out, [3]int{off, off + len(v), types[i]})
			}
		}
		return out
	}
	vals, types, _, err := segment.SegmentWordsDirect(buf, nil, nil)
	require.NoError(t, err)
	want = collect(vals, types)
	vals, types, fast = fastSegment(s, nil, nil, buf)
	if fast {
		got = collect(vals, types)
	}
	return want, got, fast
}

func TestFastSegmentMatchesSegment(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"words", "the total victory"},
		{"abbreviation", "U.S. and U.K."},
		{"numbers", "27,585 deaths, 3.5% and 1,000.25"},
		{"letters and digits", "F-16s a1.5 1.5a x2y"},
		{"apostrophes", "Hamas’s don't ‘quoted’ 'tis rock'n'roll"},
		{"colons", "a:b 10:30 x: y"},
		{"underscores", "_a_ __ a_1 1_"},
		{"dashes", "cease-fire — a–b --x"},
		{"quotes", "“total victory”"},
		{"crlf", "a\r\nb\n\nc"},
		{"trailing middles", "end. a' 1, x:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, got, fast := segWords(t, tt.in)
			require.True(t, fast)
			assert.Equal(t, want, got)
		})
	}
	t.Run("other text falls back", func(t *testing.T) {
		_, _, fast := segWords(t, "Türkiye")
		assert.False(t, fast)
	})
}

func TestFastSegmentRandom(t *testing.T) {
	alphabet := []string{"a", "Z", "q", "0", "9", ".", ",", ";", ":", "'", "_", "-", " ", "’", "‘", "“", "—", "\n", "\r", "%"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		n := rng.IntN(12)
		s := ""
		for range n {
			s += alphabet[rng.IntN(len(alphabet))]
		}
		want, got, fast := segWords(t, s)
		require.True(t, fast)
		require.Equal(t, want, got, "segments of %q", s)
	}
}

func FuzzFastSegment(f *testing.F) {
	f.Add("U.S. cease-fire 27,585 Hamas’s “x”")
	f.Fuzz(func(t *testing.T, s string) {
		want, got, fast := segWords(t, s)
		if fast {
			assert.Equal(t, want, got, "segments of %q", s)
		}
	})
}
