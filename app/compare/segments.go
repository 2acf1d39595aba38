package compare

import (
	"slices"

	"diptych/corpus"
)

// Mark says what a Segment of a sentence is; marks combine.
type Mark uint8

// The marks a segment can carry.
const (
	// Changed text is in this side's sentence but not in its partner
	// (a Delete on the left, an Insert on the right).
	Changed Mark = 1 << iota
	// Mentioned text is an entity mention; Segment.Entity names it.
	Mentioned
	// Selected text mentions the entity the reader chose.
	Selected
	// Quoted text is inside a direct quotation.
	Quoted
	// Figured text is a reported figure.
	Figured
)

// Segment is a run of a sentence with the same marks, in paragraph byte
// offsets.
type Segment struct {
	Start int  `json:"start"`
	End   int  `json:"end"`
	Marks Mark `json:"marks"`
	// Entity is the entity id of a Mentioned segment, else "".
	Entity string `json:"entity,omitempty"`
}

// Text returns the segment's text in paragraph p.
func (s Segment) Text(p string) string { return p[s.Start:s.End] }

// Segments cuts sentence i of one side (left when left is true) into runs
// for rendering: the word diff against its partner, entity mentions (with
// selected, an entity id or "", highlighted), quotes and figures. The
// segments cover the sentence from start to end without gaps, in order,
// so a UI renders each as a text node or an element around one. It
// returns nil for an index out of range.
func (c *Comparison) Segments(left bool, i int, selected string) []Segment {
	side, other := &c.Left, &c.Right
	if !left {
		side, other = other, side
	}
	if i < 0 || i >= len(side.Sentences) || side.Article == nil {
		return nil
	}
	s := side.Sentences[i]
	a := side.Article
	if !fits(a, s.Span) {
		return nil
	}
	type mark struct {
		start, end int
		m          Mark
		entity     string
	}
	var marks []mark
	inSentence := func(sp corpus.Span) (int, int, bool) {
		if sp.Para != s.Para || sp.End <= s.Start || sp.Start >= s.End || !fits(a, sp) {
			return 0, 0, false
		}
		return max(sp.Start, s.Start), min(sp.End, s.End), true
	}
	if s.Partner >= 0 && s.Partner < len(other.Sentences) {
		for _, p := range c.Pairs {
			if (left && p.Left == i) || (!left && p.Right == i) {
				for _, op := range p.Diff {
					switch {
					case left && op.Kind == Delete:
						marks = append(marks, mark{op.Left.Start, op.Left.End, Changed, ""})
					case !left && op.Kind == Insert:
						marks = append(marks, mark{op.Right.Start, op.Right.End, Changed, ""})
					}
				}
			}
		}
	}
	for _, m := range a.Mentions {
		if m.Entity == "" {
			continue
		}
		if st, en, ok := inSentence(m.Span); ok {
			mk := Mentioned
			if m.Entity == selected {
				mk |= Selected
			}
			marks = append(marks, mark{st, en, mk, m.Entity})
		}
	}
	for _, q := range a.Quotes {
		if st, en, ok := inSentence(q.Span); ok {
			marks = append(marks, mark{st, en, Quoted, ""})
		}
	}
	for _, f := range a.Figures {
		if st, en, ok := inSentence(f.Span); ok {
			marks = append(marks, mark{st, en, Figured, ""})
		}
	}
	// Sweep the boundaries.
	cuts := []int{s.Start, s.End}
	for _, m := range marks {
		cuts = append(cuts, m.start, m.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []Segment
	for k := 0; k+1 < len(cuts); k++ {
		seg := Segment{Start: cuts[k], End: cuts[k+1]}
		if seg.Start < s.Start || seg.End > s.End {
			continue
		}
		for _, m := range marks {
			if m.start <= seg.Start && seg.End <= m.end {
				seg.Marks |= m.m
				if m.entity != "" {
					seg.Entity = m.entity
				}
			}
		}
		if n := len(out); n > 0 && out[n-1].Marks == seg.Marks && out[n-1].Entity == seg.Entity {
			out[n-1].End = seg.End
			continue
		}
		out = append(out, seg)
	}
	return out
}
