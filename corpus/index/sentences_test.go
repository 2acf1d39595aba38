package index

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sampleSentences breaks sampleArticles down by hand: "Blinken spoke of
// Rafah." / "Türkiye’s role." and "Rafah again.".
func sampleSentences() SentenceData {
	return SentenceData{
		Stems: []string{"blinken", "spoke", "rafah", "türkiy", "role", "again", "gaza", "truce", "talk", "ankara"},
		Articles: map[string]ArticleSentences{
			"truce-talks": {Words: 6, Title: []int32{0, 6, 7}, Sentences: []SentenceWords{
				{Para: 0, Start: 0, End: 23, Words: []Word{
					{Start: 0, End: 7, Form: "blinken", Stem: 0}, {Start: 8, End: 13, Form: "spoke", Stem: 1},
					{Start: 14, End: 16, Form: "of", Stem: -1}, {Start: 17, End: 22, Form: "rafah", Stem: 2}}},
				// "Türkiye’s" folds to "türkiye": the length differs.
				{Para: 1, Start: 0, End: 17, Words: []Word{
					{Start: 0, End: 11, Form: "türkiye", Stem: 3}, {Start: 12, End: 16, Form: "role", Stem: 4}},
					Joined: []int32{4}},
			}},
			"ankara": {Words: 2, Title: []int32{8, 9}, Sentences: []SentenceWords{
				{Para: 0, Start: 0, End: 12, Words: []Word{
					{Start: 0, End: 5, Form: "rafah", Stem: 2}, {Start: 6, End: 11, Form: "again", Stem: 5}}},
			}},
		},
	}
}

// withWordList fills WordList as Article returns it.
func withWordList(a ArticleSentences) *ArticleSentences {
	for _, s := range a.Sentences {
		a.WordList = append(a.WordList, s.Words...)
	}
	return &a
}

func TestSentencesRoundTrip(t *testing.T) {
	arts, ents := sampleArticles()
	want := sampleSentences()
	data, err := EncodeWith(arts, ents, Similar{Sentences: want})
	require.NoError(t, err)
	ix, err := Decode(string(data))
	require.NoError(t, err)
	require.Equal(t, 2, ix.Sentences.NumArticles())
	assert.Equal(t, len(want.Stems), ix.Sentences.NumStems())
	for k, s := range want.Stems {
		assert.Equal(t, s, ix.Sentences.Stem(k))
	}
	assert.Equal(t, "", ix.Sentences.Stem(-1))
	assert.Equal(t, "", ix.Sentences.Stem(len(want.Stems)))
	for i, a := range ix.Articles {
		require.True(t, ix.Sentences.Has(i), a.ID)
		got, err := ix.Sentences.Article(i)
		require.NoError(t, err, a.ID)
		assert.Equal(t, withWordList(want.Articles[a.ID]), got, a.ID)
	}
	_, err = ix.Sentences.Article(2)
	assert.ErrorContains(t, err, "not stored")

	// One struct reused, the longer article first: the same results.
	var reused ArticleSentences
	for _, i := range []int{1, 0, 1} {
		require.NoError(t, ix.Sentences.ArticleInto(i, &reused))
		assert.Equal(t, withWordList(want.Articles[ix.Articles[i].ID]), &reused, ix.Articles[i].ID)
	}
}

func TestSentencesAbsent(t *testing.T) {
	arts, ents := sampleArticles()
	data, err := Encode(arts, ents)
	require.NoError(t, err)
	ix, err := Decode(string(data))
	require.NoError(t, err)
	assert.Equal(t, 0, ix.Sentences.NumArticles())
	assert.False(t, ix.Sentences.Has(0))

	// One article with a breakdown, one without.
	some := sampleSentences()
	delete(some.Articles, "ankara")
	data, err = EncodeWith(arts, ents, Similar{Sentences: some})
	require.NoError(t, err)
	ix, err = Decode(string(data))
	require.NoError(t, err)
	assert.False(t, ix.Sentences.Has(0), "ankara has none")
	assert.True(t, ix.Sentences.Has(1))
}

func TestEncodeSentencesRejects(t *testing.T) {
	arts, ents := sampleArticles()
	cases := []struct {
		name string
		edit func(*SentenceData)
		want string
	}{
		{"unknown article", func(d *SentenceData) { d.Articles["nope"] = ArticleSentences{} }, `unknown article "nope"`},
		{"stem out of range", func(d *SentenceData) {
			a := d.Articles["ankara"]
			a.Title = []int32{99}
			d.Articles["ankara"] = a
		}, "stem number 99"},
		{"word stem out of range", func(d *SentenceData) {
			d.Articles["ankara"].Sentences[0].Words[0].Stem = 10
		}, `word "rafah" has stem number 10`},
		{"one form, two stems", func(d *SentenceData) {
			d.Articles["ankara"].Sentences[0].Words[0].Stem = 5
		}, `form "rafah" has two stems`},
		{"words out of order", func(d *SentenceData) {
			d.Articles["ankara"].Sentences[0].Words[1].Start = 2
		}, `word "again" [2,11) is out of order`},
		{"sentences out of order", func(d *SentenceData) {
			s := d.Articles["truce-talks"].Sentences
			s[0], s[1] = s[1], s[0]
		}, "out of order"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := sampleSentences()
			c.edit(&d)
			_, err := EncodeWith(arts, ents, Similar{Sentences: d})
			assert.ErrorContains(t, err, c.want)
		})
	}
}

// sentencesSection returns the encoded "sentences" section of the sample.
func sentencesSection(t testing.TB) string {
	arts, ents := sampleArticles()
	data, err := EncodeWith(arts, ents, Similar{Sentences: sampleSentences()})
	require.NoError(t, err)
	sections, err := readContainer(string(data))
	require.NoError(t, err)
	return sections["sentences"]
}

// checkSentences decodes every article of a section that decoded, which
// must give an error or words inside their sentences, never a panic.
func checkSentences(t *testing.T, s *Sentences) {
	for i := 0; i < 2; i++ {
		if !s.Has(i) {
			continue
		}
		a, err := s.Article(i)
		if err != nil {
			continue
		}
		for _, st := range a.Sentences {
			assert.LessOrEqual(t, st.Start, st.End)
			for _, w := range st.Words {
				assert.True(t, st.Start <= w.Start && w.Start <= w.End, "word %+v in sentence %+v", w, st)
				assert.True(t, w.Stem >= -1 && int(w.Stem) < s.NumStems())
			}
		}
	}
}

// TestSentencesCorrupt damages the section directly: every truncation and
// every flipped byte must give an error or a usable section, never a
// panic.
func TestSentencesCorrupt(t *testing.T) {
	sec := sentencesSection(t)
	for n := 0; n < len(sec); n++ {
		_, err := decodeSentences(sec[:n], 2)
		assert.Error(t, err, "sentences truncated to %d bytes", n)
	}
	_, err := decodeSentences(sec+"x", 2)
	assert.ErrorContains(t, err, "trailing")
	_, err = decodeSentences(sec, 3)
	assert.ErrorContains(t, err, "2 records for 3 articles")
	for i := 0; i < len(sec); i++ {
		for _, x := range []byte{0, 1, 2, 0x7f, 0x80, 0xff} {
			b := []byte(sec)
			b[i] = x
			if s, err := decodeSentences(string(b), 2); err == nil {
				checkSentences(t, s)
			}
		}
	}
}

func FuzzDecodeSentences(f *testing.F) {
	f.Add(sentencesSection(f))
	f.Fuzz(func(t *testing.T, sec string) {
		if s, err := decodeSentences(sec, 2); err == nil {
			checkSentences(t, s)
		}
	})
}
