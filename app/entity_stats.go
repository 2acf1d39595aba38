package main

import (
	"slices"
	"sort"

	"diptych/corpus"
	"diptych/corpus/index"
)

// entityStats is what the views need to know about entities across the
// corpus, derived from the index once at start-up: how often each entity
// is mentioned and where, who is quoted, which entities each article is
// mainly about. It is read-only once built.
type entityStats struct {
	ix *index.Index
	// pos maps an article id to its position in ix.Articles.
	pos map[string]int
	// byEntity holds the entities mentioned at least once, by id.
	byEntity map[string]*entityInfo
	// byArticle lists each article's PERSON, ORG and PLACE entities, most
	// mentioned first (same positions as ix.Articles).
	byArticle [][]entityCount
	// top lists the most mentioned entities of each type (Person, Org,
	// Place), by number of articles then mentions.
	top map[corpus.EntityType][]entityCount
	// sources is the number of distinct known sources; unsourced the
	// number of articles without one.
	sources, unsourced int
	// first and last are the earliest and latest publication dates;
	// dated is the number of dated articles.
	first, last string
	dated       int
}

// entityInfo is one entity's place in the corpus.
type entityInfo struct {
	Entity   *corpus.Entity
	Mentions int
	// Articles are the articles that mention it (positions in
	// ix.Articles) with their mention counts, most mentions first.
	Articles []articleTally
	// Quotes are its direct quotations.
	Quotes []quoteRef
}

// entityCount is an entity and a count (mentions or shared articles).
type entityCount struct {
	ID    string
	Count int
}

// articleTally is an article (position in ix.Articles) and a count.
type articleTally struct {
	Article int
	Count   int
}

// quoteRef is a quotation: article position and index in its Quotes.
type quoteRef struct {
	Article, Quote int
}

// newEntityStats derives the statistics from ix. Mentions of entities the
// index does not list are still counted under their id, with a stand-in
// Entity named after the first mention, so nothing is dropped.
func newEntityStats(ix *index.Index) *entityStats {
	s := &entityStats{
		ix:        ix,
		pos:       make(map[string]int, len(ix.Articles)),
		byEntity:  map[string]*entityInfo{},
		byArticle: make([][]entityCount, len(ix.Articles)),
		top:       map[corpus.EntityType][]entityCount{},
	}
	info := func(id string, t corpus.EntityType, surface string) *entityInfo {
		e := s.byEntity[id]
		if e == nil {
			ent, ok := ix.Entity(id)
			if !ok {
				ent = &corpus.Entity{ID: id, Name: surface, Type: t}
			}
			e = &entityInfo{Entity: ent}
			s.byEntity[id] = e
		}
		return e
	}
	sources := map[string]bool{}
	for i := range ix.Articles {
		a := &ix.Articles[i]
		s.pos[a.ID] = i
		if a.Source == "" {
			s.unsourced++
		} else {
			sources[a.Source] = true
		}
		if a.Published != "" {
			d := a.Published
			if len(d) > 10 {
				d = d[:10]
			}
			if s.dated == 0 || d < s.first {
				s.first = d
			}
			if s.dated == 0 || d > s.last {
				s.last = d
			}
			s.dated++
		}
		for _, m := range a.Mentions {
			if m.Entity != "" && isNamed(m.Type) {
				info(m.Entity, m.Type, m.Span.Text(a)).Mentions++
			}
		}
		s.byArticle[i] = namedMentions(a)
		for _, c := range s.byArticle[i] {
			e := s.byEntity[c.ID]
			e.Articles = append(e.Articles, articleTally{i, c.Count})
		}
		for q, quote := range a.Quotes {
			if quote.Speaker == "" {
				continue
			}
			t := corpus.Person
			if ent, ok := ix.Entity(quote.Speaker); ok {
				t = ent.Type
			}
			e := info(quote.Speaker, t, quote.SpeakerText)
			e.Quotes = append(e.Quotes, quoteRef{i, q})
		}
	}
	s.sources = len(sources)
	for _, e := range s.byEntity {
		sort.SliceStable(e.Articles, func(x, y int) bool { return e.Articles[x].Count > e.Articles[y].Count })
		t := e.Entity.Type
		if isNamed(t) && e.Mentions > 0 {
			s.top[t] = append(s.top[t], entityCount{e.Entity.ID, e.Mentions})
		}
	}
	for t, list := range s.top {
		sort.Slice(list, func(x, y int) bool {
			a, b := s.byEntity[list[x].ID], s.byEntity[list[y].ID]
			if len(a.Articles) != len(b.Articles) {
				return len(a.Articles) > len(b.Articles)
			}
			if a.Mentions != b.Mentions {
				return a.Mentions > b.Mentions
			}
			return a.Entity.ID < b.Entity.ID
		})
		s.top[t] = list
	}
	return s
}

// namedMentions lists article a's PERSON, ORG and PLACE entities with
// their mention counts, most mentioned first, ties in order of first
// mention.
func namedMentions(a *corpus.Article) []entityCount {
	var out []entityCount
	var at map[string]int // positions in out, once a scan of out would be slow
	for _, m := range a.Mentions {
		if m.Entity == "" || !isNamed(m.Type) {
			continue
		}
		k, ok := 0, false
		if at != nil {
			k, ok = at[m.Entity]
		} else {
			for k < len(out) && out[k].ID != m.Entity {
				k++
			}
			ok = k < len(out)
		}
		if !ok {
			k = len(out)
			out = append(out, entityCount{ID: m.Entity})
			if at != nil {
				at[m.Entity] = k
			} else if len(out) > 16 {
				at = make(map[string]int, 2*len(out))
				for j, c := range out {
					at[c.ID] = j
				}
			}
		}
		out[k].Count++
	}
	slices.SortStableFunc(out, func(x, y entityCount) int { return y.Count - x.Count })
	return out
}

// isNamed reports whether t is a type with entity pages.
func isNamed(t corpus.EntityType) bool {
	return t == corpus.Person || t == corpus.Org || t == corpus.Place
}

// entity returns what is known about entity id: from the mentions, or
// from the index alone for an entity nothing mentions.
func (s *entityStats) entity(id string) (*entityInfo, bool) {
	if e, ok := s.byEntity[id]; ok {
		return e, true
	}
	if ent, ok := s.ix.Entity(id); ok {
		return &entityInfo{Entity: ent}, true
	}
	return nil, false
}

// name returns entity id's display name, or the id itself.
func (s *entityStats) name(id string) string {
	if e, ok := s.entity(id); ok && e.Entity.Name != "" {
		return e.Entity.Name
	}
	return id
}

// keyEntities returns article a's n most mentioned named entities. It
// does not make the statistics (result entries call it, in a cold start's
// first view too), but reads them once they are made rather than count a
// result's mentions again at each render.
func (l *library) keyEntities(a *corpus.Article, n int) []entityCount {
	var list []entityCount
	if s, ok := l.statsOnce.made(); ok {
		if i, found := s.pos[a.ID]; found {
			list = s.byArticle[i]
		}
	} else {
		list = namedMentions(a)
	}
	return list[:min(n, len(list))]
}

// mentionsIn returns how many times article id mentions entity ent.
func (s *entityStats) mentionsIn(ent, id string) int {
	i, ok := s.pos[id]
	if !ok {
		return 0
	}
	for _, c := range s.byArticle[i] {
		if c.ID == ent {
			return c.Count
		}
	}
	return 0
}

// cooccurring returns the entities mentioned in the same articles as
// entity id, with the number of articles they share, most first.
func (s *entityStats) cooccurring(id string) []entityCount {
	e, ok := s.byEntity[id]
	if !ok {
		return nil
	}
	shared := map[string]int{}
	for _, ac := range e.Articles {
		for _, c := range s.byArticle[ac.Article] {
			if c.ID != id {
				shared[c.ID]++
			}
		}
	}
	out := make([]entityCount, 0, len(shared))
	for k, n := range shared {
		out = append(out, entityCount{k, n})
	}
	sort.Slice(out, func(x, y int) bool {
		if out[x].Count != out[y].Count {
			return out[x].Count > out[y].Count
		}
		mx, my := s.byEntity[out[x].ID].Mentions, s.byEntity[out[y].ID].Mentions
		if mx != my {
			return mx > my
		}
		return out[x].ID < out[y].ID
	})
	return out
}

// related returns the other articles ordered by how many named entities
// they share with article id, most first; ties newest first, then by
// title. Articles sharing none come last.
func (s *entityStats) related(id string) []articleTally {
	i, ok := s.pos[id]
	if !ok {
		return nil
	}
	mine := map[string]bool{}
	for _, c := range s.byArticle[i] {
		mine[c.ID] = true
	}
	out := make([]articleTally, 0, len(s.ix.Articles))
	for j := range s.ix.Articles {
		if j == i {
			continue
		}
		n := 0
		for _, c := range s.byArticle[j] {
			if mine[c.ID] {
				n++
			}
		}
		out = append(out, articleTally{j, n})
	}
	as := s.ix.Articles
	sort.SliceStable(out, func(x, y int) bool {
		if out[x].Count != out[y].Count {
			return out[x].Count > out[y].Count
		}
		a, b := &as[out[x].Article], &as[out[y].Article]
		if a.Published != b.Published {
			return a.Published > b.Published
		}
		return a.Title < b.Title
	})
	return out
}
