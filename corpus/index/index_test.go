package index

import (
	"encoding/binary"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

func sampleArticles() ([]corpus.Article, []corpus.Entity) {
	ents := []corpus.Entity{
		{ID: "rafah", Name: "Rafah", Type: corpus.Place},
		{ID: "antony-blinken", Name: "Antony Blinken", Type: corpus.Person, Aliases: []string{"Blinken"}},
	}
	arts := []corpus.Article{
		{
			ID: "truce-talks", Title: "Blinken presses Hamas for Gaza truce", Source: "", Published: "2024-05-01",
			Paragraphs: []string{"Blinken spoke of Rafah.", "Türkiye’s role."},
			File:       "articles/002.txt",
			Mentions: []corpus.Mention{
				{Span: corpus.Span{Para: 0, Start: 0, End: 7}, Type: corpus.Person, Entity: "antony-blinken"},
				{Span: corpus.Span{Para: 0, Start: 17, End: 22}, Type: corpus.Place, Entity: "rafah"},
			},
			Quotes:  []corpus.Quote{{Span: corpus.Span{Para: 1, Start: 0, End: 5}, Speaker: "antony-blinken", SpeakerText: "he"}},
			Figures: []corpus.Figure{{Span: corpus.Span{Para: 1, Start: 0, End: 3}, Value: "40", Unit: "day", Qualifier: "about"}},
		},
		{ID: "ankara", Title: "Talks in Ankara", Source: "ICARO Media Group", URL: "https://example.org/a",
			Author: "A. Writer", Published: "2024-12-13T16:18+02:00", Paragraphs: []string{"Rafah again."}, File: "articles/000.txt"},
	}
	return arts, ents
}

func TestRoundTrip(t *testing.T) {
	arts, ents := sampleArticles()
	data, err := Encode(arts, ents)
	require.NoError(t, err)
	ix, err := Decode(string(data))
	require.NoError(t, err)

	require.Len(t, ix.Articles, 2)
	assert.Equal(t, "ankara", ix.Articles[0].ID, "articles are sorted by id")
	assert.Equal(t, arts[1], ix.Articles[0])
	assert.Equal(t, arts[0], ix.Articles[1])
	assert.Equal(t, []corpus.Entity{ents[1], ents[0]}, ix.Entities)

	a, ok := ix.Article("truce-talks")
	require.True(t, ok)
	assert.Equal(t, "Blinken", a.Mentions[0].Text(a))
	_, ok = ix.Article("nope")
	assert.False(t, ok)
	e, ok := ix.Entity("rafah")
	require.True(t, ok)
	assert.Equal(t, "Rafah", e.Name)
}

func TestEncodeIsDeterministic(t *testing.T) {
	arts, ents := sampleArticles()
	a, err := Encode(arts, ents)
	require.NoError(t, err)
	arts[0], arts[1] = arts[1], arts[0]
	ents[0], ents[1] = ents[1], ents[0]
	b, err := Encode(arts, ents)
	require.NoError(t, err)
	assert.Equal(t, a, b, "input order must not change the bytes")
}

func TestMatch(t *testing.T) {
	arts, ents := sampleArticles()
	data, err := Encode(arts, ents)
	require.NoError(t, err)
	ix, err := Decode(string(data))
	require.NoError(t, err)
	tests := []struct {
		name  string
		query string
		want  []int
	}{
		{"one word in both", "Rafah", []int{0, 1}},
		{"case folded", "rAfAh", []int{0, 1}},
		{"all words required", "rafah ankara", []int{0}},
		{"title word", "presses", []int{1}},
		{"unknown word", "zanzibar", nil},
		{"no words", " ?! ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, ix.Match(tc.query))
		})
	}
}

func TestEncodeRejects(t *testing.T) {
	tests := []struct {
		name string
		arts []corpus.Article
		ents []corpus.Entity
		want string
	}{
		{"empty id", []corpus.Article{{File: "x.txt"}}, nil, `article from "x.txt" has an empty id`},
		{"duplicate id", []corpus.Article{{ID: "a", File: "1"}, {ID: "a", File: "2"}}, nil, `duplicate article id "a"`},
		{"unknown entity", []corpus.Article{{ID: "a", Paragraphs: []string{"x"},
			Mentions: []corpus.Mention{{Span: corpus.Span{End: 1}, Type: corpus.Person, Entity: "ghost"}}}}, nil, `unknown entity "ghost"`},
		{"duplicate entity", nil, []corpus.Entity{{ID: "e", Type: corpus.Org}, {ID: "e", Type: corpus.Org}}, `duplicate entity id "e"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Encode(tc.arts, tc.ents)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestDecodeRejectsDamage(t *testing.T) {
	arts, ents := sampleArticles()
	good, err := Encode(arts, ents)
	require.NoError(t, err)

	wrongVersion := append([]byte(nil), good...)
	binary.LittleEndian.PutUint32(wrongVersion[len(generatedLine)+len(magic):], FormatVersion+1)
	flipped := append([]byte(nil), good...)
	flipped[len(flipped)-3] ^= 0x40

	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, ErrNotIndex},
		{"other file", []byte("<html>hello</html>"), ErrNotIndex},
		{"header only", good[:headerLen-3], ErrCorrupt},
		{"truncated body", good[:len(good)-1], ErrCorrupt},
		{"padded", append(append([]byte(nil), good...), 0), ErrCorrupt},
		{"wrong version", wrongVersion, ErrVersion},
		{"flipped bit", flipped, ErrCorrupt},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Decode(string(tc.data))
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.want), "got %v", err)
			assert.True(t, IsCorrupt(err))
		})
	}
}

// TestDecodeEveryTruncation checks that no prefix of a valid index decodes
// or panics.
func TestDecodeEveryTruncation(t *testing.T) {
	arts, ents := sampleArticles()
	good, err := Encode(arts, ents)
	require.NoError(t, err)
	for n := 0; n < len(good); n++ {
		_, err := Decode(string(good[:n]))
		require.Error(t, err, "prefix of %d bytes", n)
	}
}

// FuzzDecode feeds damaged indexes to Decode: it must return an index or an
// error, never panic, and a decoded index must answer look-ups safely.
func FuzzDecode(f *testing.F) {
	arts, ents := sampleArticles()
	good, err := Encode(arts, ents)
	require.NoError(f, err)
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, data []byte) {
		ix, err := Decode(string(data))
		if err != nil {
			return
		}
		for i := range ix.Articles {
			a := &ix.Articles[i]
			for _, m := range a.Mentions {
				_ = m.Text(a)
			}
		}
		_ = ix.Match("rafah blinken")
	})
}

// FuzzDecodeBody fuzzes the body behind a valid header and checksum, which
// FuzzDecode rarely gets past.
func FuzzDecodeBody(f *testing.F) {
	arts, ents := sampleArticles()
	good, err := Encode(arts, ents)
	require.NoError(f, err)
	f.Add(good[headerLen:])
	f.Fuzz(func(t *testing.T, body []byte) {
		data := writeContainerRaw(body)
		ix, err := Decode(string(data))
		if err == nil {
			_ = ix.Match("rafah")
		}
	})
}

// writeContainerRaw wraps an arbitrary body in a valid header.
func writeContainerRaw(body []byte) []byte {
	out := append([]byte(generatedLine), magic...)
	out = binary.LittleEndian.AppendUint32(out, FormatVersion)
	out = binary.LittleEndian.AppendUint32(out, crc32Checksum(body))
	out = binary.LittleEndian.AppendUint64(out, uint64(len(body)))
	return append(out, body...)
}

// TestDecodeHead checks the two-step decode: the head has the articles
// and entities and nothing else, rest completes it to what Decode gives,
// and damage in a later section surfaces from DecodeHead when the section
// is missing and from rest when it is unreadable.
func TestDecodeHead(t *testing.T) {
	arts, ents := sampleArticles()
	good, err := Encode(arts, ents)
	require.NoError(t, err)
	whole, err := Decode(string(good))
	require.NoError(t, err)

	ix, rest, err := DecodeHead(string(good))
	require.NoError(t, err)
	assert.Equal(t, whole.Articles, ix.Articles)
	assert.Equal(t, whole.Entities, ix.Entities)
	assert.Nil(t, ix.Search, "the search section waits for rest")
	require.NoError(t, rest())
	assert.Equal(t, whole, ix)

	sections, err := readContainer(string(good))
	require.NoError(t, err)
	rebuild := func(name, data string) []byte {
		var out []section
		for n, d := range sections {
			if n == name {
				if data == "" {
					continue
				}
				d = data
			}
			out = append(out, section{n, []byte(d)})
		}
		return writeContainer(out)
	}
	tests := []struct {
		name, section, data string
		inHead              bool // the error comes from DecodeHead, not rest
	}{
		{"missing search section", "search", "", true},
		{"missing sentences section", "sentences", "", true},
		{"garbled docs section", "docs", "\xff\xff\xff", true},
		{"garbled search section", "search", "\x07\x01", false},
		{"garbled vectors section", "vectors", "\xff\xff\xff\xff", false},
		{"garbled sentences section", "sentences", "\x05", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			data := string(rebuild(tc.section, tc.data))
			_, err := Decode(data)
			require.Error(t, err)
			assert.True(t, IsCorrupt(err), "got %v", err)
			ix, rest, err := DecodeHead(data)
			if tc.inHead {
				require.Error(t, err)
				assert.True(t, IsCorrupt(err), "got %v", err)
				return
			}
			require.NoError(t, err)
			assert.Len(t, ix.Articles, 2)
			err = rest()
			require.Error(t, err)
			assert.True(t, IsCorrupt(err), "got %v", err)
		})
	}
}
