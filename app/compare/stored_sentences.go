package compare

import (
	"sort"

	"diptych/corpus"
	"diptych/corpus/index"
)

// StoredSentences breaks articles down for comparison exactly as Compare
// does (sentences, their words with folded forms, the stems they carry),
// for the index's "sentences" section (index.EncodeWith). With it a
// comparison in the browser reads each article's breakdown from the index
// (see Options.Index) instead of analysing the text: integer work, no
// word segmentation or stemming.
func StoredSentences(articles []corpus.Article) index.SentenceData {
	an := newAnalyser()
	d := index.SentenceData{Articles: make(map[string]index.ArticleSentences, len(articles))}
	stems := map[string]int32{}
	stem := func(s string) int32 {
		if s == "" {
			return -1
		}
		id, ok := stems[s]
		if !ok {
			id = int32(len(d.Stems))
			stems[s] = id
			d.Stems = append(d.Stems, s)
		}
		return id
	}
	for i := range articles {
		d.Articles[articles[i].ID] = an.breakdown(&articles[i], stem)
	}
	return d
}

// breakdown splits a into sentences and their words, numbering stems with
// stem ("" must give -1): what the build stores and what analyse starts
// from, so the stored and the text paths share one walk.
func (an *analyser) breakdown(a *corpus.Article, stem func(string) int32) index.ArticleSentences {
	var out index.ArticleSentences
	tw, tj := an.words(a.Title)
	for _, ws := range [2][]word{tw, tj} {
		for _, w := range ws {
			if w.stem != "" {
				out.Title = append(out.Title, stem(w.stem))
			}
		}
	}
	for pi, p := range a.Paragraphs {
		pw, pj := an.words(p)
		out.Words += len(pw)
		k, kj := 0, 0
		for _, sr := range splitParagraph(p) {
			for k < len(pw) && pw[k].start < sr[0] {
				k++
			}
			st := index.SentenceWords{Para: pi, Start: sr[0], End: sr[1]}
			for ; k < len(pw) && pw[k].start < sr[1]; k++ {
				w := pw[k]
				st.Words = append(st.Words, index.Word{Start: w.start, End: w.end, Form: w.norm, Stem: stem(w.stem)})
			}
			for ; kj < len(pj) && pj[kj].start < sr[1]; kj++ {
				if pj[kj].start >= sr[0] && pj[kj].stem != "" {
					st.Joined = append(st.Joined, stem(pj[kj].stem))
				}
			}
			out.Sentences = append(out.Sentences, st)
		}
	}
	return out
}

// fromIndex returns article i of ix as the build broke it down, or nil
// when the index does not hold its breakdown or the breakdown does not fit
// the article (a damaged index): then the caller analyses the text. Term
// ids are the index's stem numbers; entity k of ix.Entities is term
// NumStems+k.
//
// The words and terms live in the analyser's scratch space for side
// (0 or 1) until the next comparison: a comparison keeps neither.
func (an *analyser) fromIndex(ix *index.Index, i, side int) *analysed {
	st := ix.Sentences
	if !st.Has(i) {
		return nil
	}
	sc := &an.scratch[side]
	if err := st.ArticleInto(i, &sc.decoded); err != nil {
		return nil
	}
	nStems := st.NumStems()
	space := nStems + len(ix.Entities)
	r := an.fromBreakdown(&ix.Articles[i], sc, func(id int32) string { return st.Stem(int(id)) }, func() int { return space })
	if r == nil {
		return nil
	}
	ents := ix.Entities
	r.addMentions(func(e string) (int32, bool) {
		p := sort.Search(len(ents), func(k int) bool { return ents[k].ID >= e })
		if p < len(ents) && ents[p].ID == e {
			return int32(nStems + p), true
		}
		return 0, false
	})
	return r
}

// fromBreakdown makes article a's sentences, words and terms from its
// breakdown sc.decoded (term ids as breakdown numbered them, stem naming
// each, space bounding them), into sc's words and terms; it returns nil
// when the breakdown does not fit a. The caller adds the mentions.
func (an *analyser) fromBreakdown(a *corpus.Article, sc *breakdownScratch, stem func(int32) string, space func() int) *analysed {
	s := &sc.decoded
	r := &analysed{a: a, an: an, words: s.Words, titleTerms: s.Title, space: space}
	r.sentences = make([]Sentence, len(s.Sentences))
	r.sentWords = make([][]word, len(s.Sentences))
	r.sentTerms = make([][]int32, len(s.Sentences))
	n := 0
	for _, sw := range s.Sentences {
		n += len(sw.Words)
	}
	if cap(sc.words) < n {
		sc.words = make([]word, n)
	}
	words := sc.words[:n]
	terms := sc.terms[:0]
	k := 0
	for j, sw := range s.Sentences {
		span := corpus.Span{Para: sw.Para, Start: sw.Start, End: sw.End}
		if !fits(a, span) {
			return nil
		}
		r.sentences[j] = Sentence{Span: span, Row: -1, Partner: -1}
		first, firstTerm := k, len(terms)
		for _, w := range sw.Words {
			if w.End > len(a.Paragraphs[sw.Para]) {
				return nil
			}
			words[k] = word{start: w.Start, end: w.End, norm: w.Form}
			if w.Stem >= 0 {
				words[k].stem = stem(w.Stem)
				terms = append(terms, w.Stem)
			}
			k++
		}
		terms = append(terms, sw.Joined...)
		r.sentWords[j] = words[first:k:k]
		r.sentTerms[j] = terms[firstTerm:len(terms):len(terms)]
	}
	sc.terms = terms
	return r
}
