package ner

import (
	"encoding/json"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ner")

const seedsGolden = "../../testdata/ner/seeds.golden.json"

// goldenArticle is what the golden file pins for one article: every span
// with the text it covers, so a diff reads as text.
type goldenArticle struct {
	ID       string       `json:"id"`
	Mentions []goldenSpan `json:"mentions"`
	Quotes   []goldenSpan `json:"quotes"`
	Figures  []goldenSpan `json:"figures"`
}

type goldenSpan struct {
	Text string `json:"text"`
	corpus.Span
	Type      string `json:"type,omitempty"`
	Entity    string `json:"entity,omitempty"`
	Value     string `json:"value,omitempty"`
	Unit      string `json:"unit,omitempty"`
	Qualifier string `json:"qualifier,omitempty"`
	Speaker   string `json:"speaker,omitempty"`
	SpeakerAs string `json:"speaker_text,omitempty"`
}

type golden struct {
	Entities []corpus.Entity `json:"entities"`
	Articles []goldenArticle `json:"articles"`
}

func toGolden(arts []corpus.Article, ents []corpus.Entity) golden {
	g := golden{Entities: ents}
	for i := range arts {
		a := &arts[i]
		ga := goldenArticle{ID: a.ID}
		for _, m := range a.Mentions {
			ga.Mentions = append(ga.Mentions, goldenSpan{Text: m.Text(a), Span: m.Span, Type: m.Type.String(), Entity: m.Entity, Value: m.Value})
		}
		for _, q := range a.Quotes {
			ga.Quotes = append(ga.Quotes, goldenSpan{Text: q.Text(a), Span: q.Span, Speaker: q.Speaker, SpeakerAs: q.SpeakerText})
		}
		for _, f := range a.Figures {
			ga.Figures = append(ga.Figures, goldenSpan{Text: f.Text(a), Span: f.Span, Value: f.Value, Unit: f.Unit, Qualifier: f.Qualifier})
		}
		g.Articles = append(g.Articles, ga)
	}
	return g
}

// TestSeedsGolden pins the whole extraction on the seed corpus. Run with
// -update after an intended change and review the diff.
func TestSeedsGolden(t *testing.T) {
	x := loadExtractor(t)
	arts, ents := annotate(t, x, loadSeeds(t)...)
	got, err := json.MarshalIndent(toGolden(arts, ents), "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	if *update {
		require.NoError(t, os.WriteFile(seedsGolden, got, 0o644))
	}
	want, err := os.ReadFile(seedsGolden)
	require.NoError(t, err, "run go test ./build/ner -run TestSeedsGolden -update")
	if string(want) != string(got) {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
		for i := 0; i < len(wl) && i < len(gl); i++ {
			if wl[i] != gl[i] {
				lo := max(i-6, 0)
				t.Fatalf("%s differs from line %d (rerun with -update if intended):\nwant:\n%s\ngot:\n%s",
					seedsGolden, i+1, strings.Join(wl[lo:min(i+3, len(wl))], "\n"), strings.Join(gl[lo:min(i+3, len(gl))], "\n"))
			}
		}
		t.Fatalf("%s: %d lines, got %d (rerun with -update if intended)", seedsGolden, len(wl), len(gl))
	}
}

// TestSeedsEntities checks what the issue asks of the seeds, independently
// of the golden file.
func TestSeedsEntities(t *testing.T) {
	x := loadExtractor(t)
	arts, ents := annotate(t, x, loadSeeds(t)...)
	byID := map[string]corpus.Entity{}
	for _, e := range ents {
		byID[e.ID] = e
	}
	// mentionsOf returns the mentions whose text is name (or ends with it,
	// for people named in full).
	mentionsOf := func(name string, whole bool) []corpus.Mention {
		var out []corpus.Mention
		for i := range arts {
			for _, m := range arts[i].Mentions {
				txt := m.Text(&arts[i])
				if txt == name || !whole && strings.HasSuffix(txt, " "+name) {
					out = append(out, m)
				}
			}
		}
		return out
	}
	typed := []struct {
		name string
		typ  corpus.EntityType
	}{
		{"Hamas", corpus.Org}, {"Mossad", corpus.Org}, {"OCHA", corpus.Org}, {"UNRWA", corpus.Org},
		{"CIA", corpus.Org}, {"Hezbollah", corpus.Org},
		{"Blinken", corpus.Person}, {"Netanyahu", corpus.Person}, {"Sinwar", corpus.Person},
		{"Haniyeh", corpus.Person}, {"Al-Thani", corpus.Person},
		{"Rafah", corpus.Place}, {"Doha", corpus.Place}, {"Ankara", corpus.Place}, {"Türkiye", corpus.Place},
	}
	for _, tt := range typed {
		t.Run(tt.name, func(t *testing.T) {
			ms := mentionsOf(tt.name, tt.typ != corpus.Person)
			require.NotEmpty(t, ms, "no mention of %s", tt.name)
			ids := map[string]bool{}
			for _, m := range ms {
				assert.Equal(t, tt.typ, m.Type, "%s at %+v", tt.name, m.Span)
				ids[m.Entity] = true
			}
			assert.Len(t, ids, 1, "%s should link to one entity, got %v", tt.name, ids)
		})
	}
	t.Run("one Blinken across articles", func(t *testing.T) {
		seen := 0
		for i := range arts {
			for _, m := range arts[i].Mentions {
				if strings.Contains(m.Text(&arts[i]), "Blinken") {
					assert.Equal(t, "antony-blinken", m.Entity)
					seen++
				}
			}
		}
		assert.Greater(t, seen, 20)
		assert.Equal(t, "Antony Blinken", byID["antony-blinken"].Name)
	})
	t.Run("October 7 is a date", func(t *testing.T) {
		found := 0
		for i := range arts {
			for _, m := range arts[i].Mentions {
				if m.Type == corpus.Date && strings.HasPrefix(m.Text(&arts[i]), "October 7") {
					found++
					if arts[i].Published != "" {
						assert.Equal(t, "2023-10-07", m.Value)
					}
				}
			}
		}
		assert.GreaterOrEqual(t, found, 3)
	})
	t.Run("death tolls are figures", func(t *testing.T) {
		want := map[string]string{"27585": "deaths", "40000": "deaths", "45000": "palestinians"}
		for i := range arts {
			for _, f := range arts[i].Figures {
				if u, ok := want[f.Value]; ok {
					assert.Equal(t, u, f.Unit)
					delete(want, f.Value)
				}
			}
		}
		assert.Empty(t, want, "figures not found")
	})
	t.Run("quotes with speakers", func(t *testing.T) {
		var speakers []string
		for i := range arts {
			for _, q := range arts[i].Quotes {
				if q.Speaker != "" {
					require.Contains(t, byID, q.Speaker)
					speakers = append(speakers, q.Speaker)
				}
			}
		}
		assert.GreaterOrEqual(t, len(speakers), 5, "speakers: %v", speakers)
		assert.Contains(t, speakers, "antony-blinken")
		assert.Contains(t, speakers, "benjamin-netanyahu")
		assert.Contains(t, speakers, "mohammed-bin-abdulrahman-al-thani")
	})
}

func TestAnnotateDeterministic(t *testing.T) {
	x := loadExtractor(t)
	a1, e1 := annotate(t, x, loadSeeds(t)...)
	a2, e2 := annotate(t, x, loadSeeds(t)...)
	assert.Equal(t, e1, e2)
	assert.Equal(t, a1, a2)
}

func TestAnnotateHostileInput(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
	}{
		{"no paragraphs", nil},
		{"empty paragraphs", []string{"", "  ", "\n"}},
		{"unbalanced quotes", []string{`He said "this never ends`, "“”", `" " "`}},
		{"invalid utf-8", []string{"Blinken \xff\xfe met \x00 Netanyahu."}},
		{"punctuation only", []string{"... ,,, ??? — – “ ’"}},
		{"very long word", []string{strings.Repeat("A", 10000) + " said Blinken"}},
		{"numbers only", []string{"1 2 3 4,000 5.5.5 6-7 2024-13-45"}},
	}
	x := loadExtractor(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := []corpus.Article{{ID: "x", Paragraphs: tt.paras}}
			_, err := x.Annotate(arts)
			require.NoError(t, err)
			a := &arts[0]
			for _, m := range a.Mentions {
				assert.NotEmpty(t, m.Text(a), "mention %+v does not fit the article", m.Span)
			}
			for _, q := range a.Quotes {
				assert.NotEmpty(t, q.Text(a))
			}
			for _, f := range a.Figures {
				assert.NotEmpty(t, f.Text(a))
			}
		})
	}
}
