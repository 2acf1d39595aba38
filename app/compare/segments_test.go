package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"diptych/corpus"
)

// renderSegments shows segments as text with their marks in brackets.
func renderSegments(p string, segs []Segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Marks == 0 {
			b.WriteString(s.Text(p))
			continue
		}
		var names []string
		for _, m := range []struct {
			m    Mark
			name string
		}{{Changed, "changed"}, {Mentioned, "mention"}, {Selected, "selected"}, {Quoted, "quote"}, {Figured, "figure"}} {
			if s.Marks&m.m != 0 {
				names = append(names, m.name)
			}
		}
		fmt.Fprintf(&b, "[%s|%s]", s.Text(p), strings.Join(names, ","))
	}
	return b.String()
}

func TestSegments(t *testing.T) {
	lp := `Hamas weighs a 40-day truce, Blinken said. "We want peace," Netanyahu said.`
	rp := `Hamas weighs a six-week truce, Blinken said.`
	at := func(p, text string) corpus.Span {
		i := strings.Index(p, text)
		return corpus.Span{Para: 0, Start: i, End: i + len(text)}
	}
	l := &corpus.Article{ID: "l", Paragraphs: []string{lp},
		Mentions: []corpus.Mention{
			{Span: at(lp, "Hamas"), Type: corpus.Org, Entity: "hamas"},
			{Span: at(lp, "Blinken"), Type: corpus.Person, Entity: "antony-blinken"},
			{Span: at(lp, "Netanyahu"), Type: corpus.Person, Entity: "benjamin-netanyahu"},
		},
		Quotes:  []corpus.Quote{{Span: at(lp, "We want peace,"), Speaker: "benjamin-netanyahu"}},
		Figures: []corpus.Figure{{Span: at(lp, "40-day"), Value: "40", Unit: "day"}},
	}
	r := &corpus.Article{ID: "r", Paragraphs: []string{rp},
		Mentions: []corpus.Mention{{Span: at(rp, "Hamas"), Type: corpus.Org, Entity: "hamas"}},
	}
	c := Compare(l, r, Options{})
	tests := []struct {
		name     string
		left     bool
		i        int
		selected string
		want     string
	}{
		{"left pair with diff and figure", true, 0, "", "[Hamas|mention] weighs a [40-day|changed,figure] truce, [Blinken|mention] said."},
		{"selected entity", true, 0, "hamas", "[Hamas|mention,selected] weighs a [40-day|changed,figure] truce, [Blinken|mention] said."},
		{"right side marks inserts", false, 0, "", "[Hamas|mention] weighs a [six-week|changed] truce, Blinken said."},
		{"unpaired sentence has no changes", true, 1, "benjamin-netanyahu", `"[We want peace,|quote]" [Netanyahu|mention,selected] said.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := lp
			if !tt.left {
				p = rp
			}
			segs := c.Segments(tt.left, tt.i, tt.selected)
			assert.Equal(t, tt.want, renderSegments(p, segs))
			// Contiguous cover of the sentence.
			side := c.Left
			if !tt.left {
				side = c.Right
			}
			s := side.Sentences[tt.i]
			if assert.NotEmpty(t, segs) {
				assert.Equal(t, s.Start, segs[0].Start)
				assert.Equal(t, s.End, segs[len(segs)-1].End)
				for k := 1; k < len(segs); k++ {
					assert.Equal(t, segs[k-1].End, segs[k].Start)
				}
			}
		})
	}
	assert.Nil(t, c.Segments(true, 99, ""))
	assert.Nil(t, c.Segments(false, -1, ""))
}
