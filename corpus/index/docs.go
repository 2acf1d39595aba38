package index

import (
	"fmt"

	"diptych/corpus"
)

// The "docs" section holds the articles: a count, then per article its
// metadata strings, paragraphs, mentions, quotes and figures. Entity ids in
// mentions and quotes are stored as 1-based positions in the "entities"
// section (0 = none).

func encodeDocs(articles []corpus.Article, entityPos map[string]int) ([]byte, error) {
	var b []byte
	b = appendUint(b, len(articles))
	for i := range articles {
		a := &articles[i]
		for _, s := range [...]string{a.ID, a.Title, a.Source, a.URL, a.Author, a.Published, a.File} {
			b = appendString(b, s)
		}
		b = appendUint(b, len(a.Paragraphs))
		for _, p := range a.Paragraphs {
			b = appendString(b, p)
		}
		ref := func(id string) (int, error) {
			if id == "" {
				return 0, nil
			}
			p, ok := entityPos[id]
			if !ok {
				return 0, fmt.Errorf("article %q refers to unknown entity %q", a.ID, id)
			}
			return p + 1, nil
		}
		b = appendUint(b, len(a.Mentions))
		for _, m := range a.Mentions {
			e, err := ref(m.Entity)
			if err != nil {
				return nil, err
			}
			b = appendSpan(b, m.Span)
			b = appendUint(b, int(m.Type))
			b = appendUint(b, e)
			b = appendString(b, m.Value)
		}
		b = appendUint(b, len(a.Quotes))
		for _, q := range a.Quotes {
			e, err := ref(q.Speaker)
			if err != nil {
				return nil, err
			}
			b = appendSpan(b, q.Span)
			b = appendUint(b, e)
			b = appendString(b, q.SpeakerText)
		}
		b = appendUint(b, len(a.Figures))
		for _, f := range a.Figures {
			b = appendSpan(b, f.Span)
			b = appendString(b, f.Value)
			b = appendString(b, f.Unit)
			b = appendString(b, f.Qualifier)
		}
	}
	return b, nil
}

func appendSpan(b []byte, s corpus.Span) []byte {
	b = appendUint(b, s.Para)
	b = appendUint(b, s.Start)
	return appendUint(b, s.End-s.Start)
}

func (r *reader) span(paras []string) corpus.Span {
	p := r.int(len(paras))
	start := r.uvarint()
	n := r.uvarint()
	if r.err != nil {
		return corpus.Span{}
	}
	if p >= len(paras) || start > uint64(len(paras[p])) || n > uint64(len(paras[p]))-start {
		r.fail(fmt.Errorf("span (para %d, %d, +%d) is outside the article", p, start, n))
		return corpus.Span{}
	}
	return corpus.Span{Para: p, Start: int(start), End: int(start + n)}
}

func decodeDocs(data string, entities []corpus.Entity) ([]corpus.Article, error) {
	r := reader{s: data}
	n := r.count()
	articles := make([]corpus.Article, n)
	entityID := func(pos int) string {
		if pos == 0 {
			return ""
		}
		return entities[pos-1].ID
	}
	for i := 0; i < n && r.err == nil; i++ {
		a := &articles[i]
		for _, f := range [...]*string{&a.ID, &a.Title, &a.Source, &a.URL, &a.Author, &a.Published, &a.File} {
			*f = r.str()
		}
		a.Paragraphs = make([]string, r.count())
		for j := range a.Paragraphs {
			a.Paragraphs[j] = r.str()
		}
		if m := r.count(); m > 0 {
			a.Mentions = make([]corpus.Mention, m)
			for j := range a.Mentions {
				mm := &a.Mentions[j]
				mm.Span = r.span(a.Paragraphs)
				t := r.int(int(corpus.QuoteType))
				if r.err == nil && corpus.EntityType(t).String() == "" {
					r.fail(fmt.Errorf("invalid entity type %d", t))
				}
				mm.Type = corpus.EntityType(t)
				mm.Entity = entityID(r.int(len(entities)))
				mm.Value = r.str()
			}
		}
		if q := r.count(); q > 0 {
			a.Quotes = make([]corpus.Quote, q)
			for j := range a.Quotes {
				qq := &a.Quotes[j]
				qq.Span = r.span(a.Paragraphs)
				qq.Speaker = entityID(r.int(len(entities)))
				qq.SpeakerText = r.str()
			}
		}
		if f := r.count(); f > 0 {
			a.Figures = make([]corpus.Figure, f)
			for j := range a.Figures {
				ff := &a.Figures[j]
				ff.Span = r.span(a.Paragraphs)
				ff.Value = r.str()
				ff.Unit = r.str()
				ff.Qualifier = r.str()
			}
		}
	}
	if r.err == nil && !r.done() {
		r.fail(fmt.Errorf("%d trailing bytes", len(r.s)-r.off))
	}
	if r.err != nil {
		return nil, fmt.Errorf("docs section: %w", r.err)
	}
	return articles, nil
}
