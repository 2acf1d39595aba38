package compare

import (
	"testing"

	"github.com/blevesearch/segment"
	"github.com/stretchr/testify/assert"
)

// segmentRanges is the reference: UAX #29 words as blevesearch/segment
// finds them.
func segmentRanges(s string) [][2]int {
	var out [][2]int
	seg := segment.NewWordSegmenterDirect([]byte(s))
	off := 0
	for seg.Segment() {
		n := len(seg.Bytes())
		if seg.Type() != segment.None {
			out = append(out, [2]int{off, off + n})
		}
		off += n
	}
	return out
}

func scanRanges(s string) [][2]int {
	var out [][2]int
	scanWords(s, func(a, b int) { out = append(out, [2]int{a, b}) })
	return out
}

func TestScanWords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Hamas agreed.", []string{"Hamas", "agreed"}},
		{"apostrophes", "Israel’s army, Hamas's reply, don't", []string{"Israel’s", "army", "Hamas's", "reply", "don't"}},
		{"acronym", "U.S. Secretary", []string{"U.S", "Secretary"}},
		{"numbers", "27,585 deaths, 2.4 million, 1,200.", []string{"27,585", "deaths", "2.4", "million", "1,200"}},
		{"hyphens split", "six-week cease-fire", []string{"six", "week", "cease", "fire"}},
		{"letters and digits", "A1 and 2nd", []string{"A1", "and", "2nd"}},
		{"comma between words splits", "Egypt,Qatar", []string{"Egypt", "Qatar"}},
		{"trailing apostrophe", "the hostages' families", []string{"the", "hostages", "families"}},
		{"accents", "Türkiye and Erdoğan", []string{"Türkiye", "and", "Erdoğan"}},
		{"ideographs one by one", "加沙停火", []string{"加", "沙", "停", "火"}},
		{"nothing", " ... — “ ” ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			scanWords(tt.in, func(a, b int) { got = append(got, tt.in[a:b]) })
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestScanWordsMatchesSegment holds scanWords to UAX #29 (segment) on the
// seed corpus and on the test cases above.
func TestScanWordsMatchesSegment(t *testing.T) {
	s := loadSeeds(t)
	texts := []string{"Israel’s army, Hamas's reply", "U.S. Secretary", "27,585 deaths, 2.4 million", "six-week cease-fire", "A1 and 2nd", "Türkiye"}
	for _, a := range s.ordered {
		texts = append(texts, a.Title)
		texts = append(texts, a.Paragraphs...)
	}
	for _, text := range texts {
		assert.Equal(t, segmentRanges(text), scanRanges(text), text)
	}
}
