package index

import (
	"fmt"

	"diptych/corpus"
)

// The "entities" section holds the corpus's canonical entities, sorted by
// ID: a count, then per entity its ID, name, type and aliases.

func encodeEntities(entities []corpus.Entity) []byte {
	var b []byte
	b = appendUint(b, len(entities))
	for _, e := range entities {
		b = appendString(b, e.ID)
		b = appendString(b, e.Name)
		b = appendUint(b, int(e.Type))
		b = appendUint(b, len(e.Aliases))
		for _, a := range e.Aliases {
			b = appendString(b, a)
		}
	}
	return b
}

func decodeEntities(data string) ([]corpus.Entity, error) {
	r := reader{s: data}
	n := r.count()
	entities := make([]corpus.Entity, n)
	for i := 0; i < n && r.err == nil; i++ {
		e := &entities[i]
		e.ID = r.str()
		e.Name = r.str()
		t := r.int(int(corpus.QuoteType))
		e.Type = corpus.EntityType(t)
		if r.err == nil && e.Type.String() == "" {
			r.fail(fmt.Errorf("entity %q has invalid type %d", e.ID, t))
		}
		if k := r.count(); k > 0 {
			e.Aliases = make([]string, k)
			for j := range e.Aliases {
				e.Aliases[j] = r.str()
			}
		}
		if r.err == nil && i > 0 && entities[i-1].ID >= e.ID {
			r.fail(fmt.Errorf("entity ids not sorted and unique at %q", e.ID))
		}
	}
	if r.err == nil && !r.done() {
		r.fail(fmt.Errorf("%d trailing bytes", len(r.s)-r.off))
	}
	if r.err != nil {
		return nil, fmt.Errorf("entities section: %w", r.err)
	}
	return entities, nil
}
