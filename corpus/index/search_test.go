package index

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

func testArticles() ([]corpus.Article, []corpus.Entity) {
	arts := []corpus.Article{
		{
			ID: "a", Title: "Blinken urges cease-fire", Source: "ICARO", Published: "2024-06-10",
			Paragraphs: []string{"Antony Blinken met Erdogan in Türkiye.", "Hamas’s response was positive."},
			Mentions: []corpus.Mention{
				{Span: corpus.Span{Para: 0, Start: 0, End: 14}, Type: corpus.Person, Entity: "antony-blinken"},
				{Span: corpus.Span{Para: 1, Start: 0, End: 7}, Type: corpus.Org, Entity: "hamas"},
			},
		},
		{
			ID: "b", Title: "Netanyahu promises total victory", Published: "2024-02-07",
			Paragraphs: []string{"We are on the way to total victory, Netanyahu said.", "A ceasefire is not near."},
			Mentions: []corpus.Mention{
				{Span: corpus.Span{Para: 0, Start: 37, End: 46}, Type: corpus.Person, Entity: "benjamin-netanyahu"},
			},
		},
		{ID: "c", Title: "", Paragraphs: nil},
	}
	ents := []corpus.Entity{{ID: "antony-blinken", Name: "Antony Blinken", Type: corpus.Person}}
	return arts, ents
}

func buildTest(t testing.TB) (*Search, []byte) {
	t.Helper()
	arts, ents := testArticles()
	b, err := BuildSearch(arts, ents)
	require.NoError(t, err)
	x, err := DecodeSearch(string(b))
	require.NoError(t, err)
	return x, b
}

func TestSearchRoundTrip(t *testing.T) {
	x, _ := buildTest(t)
	require.Equal(t, 3, x.NumDocs())

	t.Run("terms sorted and found", func(t *testing.T) {
		for i := 1; i < x.NumTerms(); i++ {
			assert.Less(t, x.Term(i-1), x.Term(i))
		}
		_, ok := x.LookupTerm("victori")
		assert.True(t, ok)
		_, ok = x.LookupTerm("nosuch")
		assert.False(t, ok)
	})
	t.Run("forms point at their stems", func(t *testing.T) {
		i, ok := x.LookupForm("turkiye")
		require.True(t, ok)
		assert.Equal(t, "turkiy", x.Term(x.FormTerm(i)))
		_, ok = x.LookupForm("ceasefire")
		assert.True(t, ok, "compound joined form is indexed")
	})
	t.Run("postings", func(t *testing.T) {
		i, ok := x.LookupTerm("victori")
		require.True(t, ok)
		assert.Equal(t, 1, x.DocFreq(i))
		p := x.Postings(i, nil)
		require.True(t, p.Next())
		assert.Equal(t, 1, p.Doc())
		assert.Equal(t, 1, p.TF(FieldTitle))
		assert.Equal(t, 1, p.TF(FieldBody))
		assert.Equal(t, []uint32{3}, p.Positions(FieldTitle))
		assert.Equal(t, []uint32{7}, p.Positions(FieldBody))
		assert.False(t, p.Next())
		assert.False(t, p.Err())
	})
	t.Run("skip to", func(t *testing.T) {
		i, ok := x.LookupTerm("ceasefir")
		require.True(t, ok)
		p := x.Postings(i, nil)
		require.True(t, p.SkipTo(1))
		assert.Equal(t, 1, p.Doc())
		assert.Equal(t, []uint32{11}, p.Positions(FieldBody), "positions of the target are decoded")
		assert.True(t, p.SkipTo(0), "never moves backwards")
		assert.Equal(t, 1, p.Doc())
		assert.False(t, p.SkipTo(2))
	})
	t.Run("ceasefire in both spellings", func(t *testing.T) {
		i, ok := x.LookupTerm("ceasefir")
		require.True(t, ok)
		var docs []int
		for p := x.Postings(i, nil); p.Next(); {
			docs = append(docs, p.Doc())
		}
		assert.Equal(t, []int{0, 1}, docs)
	})
	t.Run("field lengths", func(t *testing.T) {
		assert.Equal(t, uint32(4), x.FieldLen(0, FieldTitle), "cease-fire counts as two words")
		assert.Equal(t, uint32(3), x.FieldLen(0, FieldEntities))
		assert.Equal(t, uint32(0), x.FieldLen(2, FieldBody))
		assert.InDelta(t, 8.0/3, x.AvgFieldLen(FieldTitle), 1e-6)
	})
	t.Run("document data", func(t *testing.T) {
		d := x.Doc(0)
		assert.Equal(t, "2024-06-10", d.Published)
		require.GreaterOrEqual(t, d.Source, 0)
		assert.Equal(t, "ICARO", x.Source(d.Source))
		assert.Equal(t, []int{0, 6}, d.ParaStarts(nil))
		var names []string
		for _, e := range d.Entities(nil) {
			id, name, typ := x.Entity(e)
			names = append(names, id+"|"+name+"|"+typ.String())
		}
		assert.Equal(t, []string{"antony-blinken|Antony Blinken|PERSON", "hamas|hamas|ORG"}, names)
		assert.Equal(t, -1, x.Doc(1).Source)
	})
	t.Run("term vectors", func(t *testing.T) {
		got := map[string]int{}
		for _, tf := range x.DocTerms(1, nil) {
			got[x.Term(tf.Term)] = tf.Freq
		}
		assert.Equal(t, 2, got["victori"], "title and body")
		assert.Equal(t, 3, got["netanyahu"], "title, body and entities")
		assert.Empty(t, x.DocTerms(2, nil))
	})
	t.Run("prefix", func(t *testing.T) {
		lo, hi := x.FormPrefix("netan")
		require.Equal(t, 1, hi-lo)
		assert.Equal(t, "netanyahu", x.Form(lo))
		lo, hi = x.FormPrefix("zzz")
		assert.Equal(t, lo, hi)
	})
	t.Run("fuzzy", func(t *testing.T) {
		var got []string
		x.FuzzyForms("netanyhu", 1, func(f, d int) { got = append(got, x.Form(f)) })
		assert.Equal(t, []string{"netanyahu"}, got)
		got = nil
		x.FuzzyForms("victry", 2, func(f, d int) { got = append(got, x.Form(f)) })
		assert.Contains(t, got, "victory")
	})
}

// TestFuzzyMatchesBruteForce checks the trie walk against a plain
// Levenshtein over every form.
func TestFuzzyMatchesBruteForce(t *testing.T) {
	small, _ := buildTest(t)
	words := strings.Fields("a ab abc abd abcd abcde abcdef ba bab babe ceasefire ceasefires cease ceased fire fired " +
		"firing negotiation negotiations negotiator negotiated talks talked talking truce truces hostage hostages " +
		"erdogan erdogans blinken blink blinking positive positively positivity xyz zzzzzzzzzzzz")
	b, err := BuildSearch([]corpus.Article{{ID: "w", Title: "words", Paragraphs: []string{strings.Join(words, " ")}}}, nil)
	require.NoError(t, err)
	big, err := DecodeSearch(string(b))
	require.NoError(t, err)
	for _, tc := range []struct {
		name string
		x    *Search
	}{{"small", small}, {"many words", big}} {
		t.Run(tc.name, func(t *testing.T) {
			x := tc.x
			for _, w := range []string{"blinkn", "ceasfire", "a", "", "hamass", "turkey", "positiv", "abdc", "negotiatons", "zzzzzzzzzz", "firedd"} {
				for d := 0; d <= 3; d++ {
					type match struct{ form, dist int }
					var got, want []match
					x.FuzzyForms(w, d, func(f, dist int) { got = append(got, match{f, dist}) })
					for f := range x.NumForms() {
						if dist := levenshtein(w, x.Form(f)); dist <= d {
							want = append(want, match{f, dist})
						}
					}
					assert.Equal(t, want, got, "%q within %d", w, d)
				}
			}
		})
	}
}

func levenshtein(a, b string) int {
	row := make([]int, len(b)+1)
	for j := range row {
		row[j] = j
	}
	for i := 1; i <= len(a); i++ {
		prev := row[0]
		row[0] = i
		for j := 1; j <= len(b); j++ {
			cur := row[j]
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			row[j] = min(prev+cost, row[j]+1, row[j-1]+1)
			prev = cur
		}
	}
	return row[len(b)]
}

func TestDecodeSearchCorrupt(t *testing.T) {
	_, good := buildTest(t)
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"wrong layout version", append([]byte{99}, good[1:]...)},
		{"truncated", good[:len(good)/2]},
		{"one byte short", good[:len(good)-1]},
		{"trailing byte", append(slices.Clone(good), 0)},
		{"huge count", append([]byte{1, 0xff, 0xff, 0xff, 0xff, 0x0f}, good[2:]...)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeSearch(string(tt.data))
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrCorrupt), "error %v wraps ErrCorrupt", err)
			assert.Contains(t, err.Error(), "decode search section")
		})
	}
}

// FuzzDecodeSearch feeds mutated sections to the decoder and, when one
// decodes, walks everything in it: nothing may panic.
func FuzzDecodeSearch(f *testing.F) {
	_, good := buildTest(f)
	f.Add(good)
	f.Add([]byte{1, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := DecodeSearch(string(data))
		if err != nil {
			return
		}
		walkAll(x)
	})
}

// walkAll reads every part of x.
func walkAll(x *Search) {
	var p *Postings
	for i := range x.NumTerms() {
		_, _ = x.LookupTerm(x.Term(i))
		docs, tfs, offs, _ := x.AppendPostings(i, nil, nil, nil)
		if len(tfs) != NumFields*len(docs) || len(offs) != len(docs) {
			panic("AppendPostings: arrays of different lengths")
		}
		for p = x.Postings(i, p); p.Next(); {
			for f := range Field(NumFields) {
				_ = p.Positions(f)
				_ = x.FieldLen(p.Doc(), f)
				// From this posting's offset, and from offsets that are
				// mostly not a posting's start.
				for _, off := range []int{p.Offset(), 0, 1, 2, 3, 5, 8, 13} {
					x.AppendPositions(i, off, f, nil)
				}
			}
		}
	}
	for i := range x.NumForms() {
		_ = x.FormTerm(i)
		x.FormPrefix(x.Form(i))
	}
	x.FuzzyForms("abc", 2, func(int, int) {})
	for d := range x.NumDocs() {
		x.DocTerms(d, nil)
		dd := x.Doc(d)
		for _, e := range dd.Entities(nil) {
			x.Entity(e)
		}
		dd.ParaStarts(nil)
		if dd.Source >= 0 {
			x.Source(dd.Source)
		}
	}
}
