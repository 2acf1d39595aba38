package compare

import (
	"cmp"

	"diptych/corpus"
)

// EntityRef is one canonical entity of a comparison with how often each
// side mentions it.
type EntityRef struct {
	ID   string            `json:"id"`
	Name string            `json:"name"`
	Type corpus.EntityType `json:"type"`
	// Left and Right count the mentions on each side.
	Left  int `json:"left"`
	Right int `json:"right"`
}

// EntitySets splits the canonical entities (PERSON, ORG, PLACE mentions
// with an Entity id) of two articles into those both mention and those only
// one does. Each set is sorted by mentions on both sides, most first, then
// by name.
type EntitySets struct {
	Shared    []EntityRef `json:"shared"`
	OnlyLeft  []EntityRef `json:"only_left"`
	OnlyRight []EntityRef `json:"only_right"`
}

// entitySets counts the entity mentions of l and r. Names come from lookup
// when it knows the id, else from the id's first mention.
func entitySets(l, r *corpus.Article, lookup func(string) (corpus.Entity, bool)) EntitySets {
	refs := map[string]*EntityRef{}
	var order []string
	count := func(a *corpus.Article, left bool) {
		for _, m := range a.Mentions {
			if m.Entity == "" || !fits(a, m.Span) {
				continue
			}
			e, ok := refs[m.Entity]
			if !ok {
				e = &EntityRef{ID: m.Entity, Name: m.Span.Text(a), Type: m.Type}
				if lookup != nil {
					if ce, ok := lookup(m.Entity); ok {
						e.Name, e.Type = ce.Name, ce.Type
					}
				}
				refs[m.Entity] = e
				order = append(order, m.Entity)
			}
			if left {
				e.Left++
			} else {
				e.Right++
			}
		}
	}
	count(l, true)
	count(r, false)
	var s EntitySets
	for _, id := range order {
		e := *refs[id]
		switch {
		case e.Left > 0 && e.Right > 0:
			s.Shared = append(s.Shared, e)
		case e.Left > 0:
			s.OnlyLeft = append(s.OnlyLeft, e)
		default:
			s.OnlyRight = append(s.OnlyRight, e)
		}
	}
	byWeight := func(a, b EntityRef) int {
		if c := cmp.Compare(b.Left+b.Right, a.Left+a.Right); c != 0 {
			return c
		}
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	}
	sortStable(s.Shared, byWeight)
	sortStable(s.OnlyLeft, byWeight)
	sortStable(s.OnlyRight, byWeight)
	return s
}
