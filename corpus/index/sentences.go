package index

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
)

// The "sentences" section holds what the comparison engine (app/compare)
// would otherwise work out from each article's text on every comparison:
// its sentences, the words of each sentence (byte range and folded form)
// and the terms (stems) they carry, so that comparing two articles in the
// browser is integer work over term numbers, with no text analysis.
//
// Layout: the stem table, the form table, then the articles. A table is a
// count n, n+1 little-endian uint32 offsets into its data and the data:
// entry k is data[off[k]:off[k+1]]; a form entry is its stem number plus
// one (0: the form carries no term) as a uvarint, then the form. The
// articles part is a count (0, or the number of articles), the same
// offset table over the records and the records, each read only when its
// article is compared:
//
//	words, title term count, title stem numbers,
//	sentence count, per sentence:
//	  paragraph (gap from the previous sentence's), start (gap from the
//	  previous sentence's end in the same paragraph, else from 0), length,
//	  word count, per word: its start as a gap g from the previous
//	  word's end (or from the sentence start), stored as 2g when the word
//	  is as long as its form (most are: folding keeps the length of
//	  "Talks" but not of "U.S."), else as 2g+1 followed by the length;
//	  then its form number;
//	  joined term count, their stem numbers.
//
// Forms are numbered most frequent first, so most take one byte.

// ArticleSentences is one article broken down for comparison. Stem
// numbers index the section's stem table (Sentences.Stem).
type ArticleSentences struct {
	// Words is the number of words in the body.
	Words int
	// Title are the stem numbers of the title's words.
	Title []int32
	// Sentences are in reading order.
	Sentences []SentenceWords
	// WordList holds the words of every sentence, in order (each
	// SentenceWords.Words is a part of it).
	WordList []Word
}

// SentenceWords is one sentence of an article: its byte range in
// paragraph Para, its words, and the stem numbers of the joined forms of
// its hyphenated compounds ("ceasefire" for "cease-fire"), which count as
// terms but are not words of the text.
type SentenceWords struct {
	Para, Start, End int
	Words            []Word
	Joined           []int32
}

// Word is one word of a sentence: its byte range in the paragraph, its
// folded form and the stem number of the term it carries, -1 for none
// (stop words and the like).
type Word struct {
	Start, End int
	Form       string
	Stem       int32
}

// SentenceData is what EncodeWith stores in the "sentences" section: the
// stem table and each article's breakdown by id. An article without one
// is compared from its text.
type SentenceData struct {
	Stems    []string
	Articles map[string]ArticleSentences
}

// Sentences is the decoded "sentences" section. Its tables are read in
// place; articles are decoded one at a time by Article.
type Sentences struct {
	stems, forms table
	arts         table
}

// table is an offset table over data, checked when decoded.
type table struct {
	n    int
	offs string // n+1 little-endian uint32
	data string
}

func (t table) entry(k int) string {
	return t.data[u32at(t.offs, k):u32at(t.offs, k+1)]
}

// NumStems is the size of the stem table.
func (s *Sentences) NumStems() int { return s.stems.n }

// Stem returns stem number k, "" when out of range.
func (s *Sentences) Stem(k int) string {
	if k < 0 || k >= s.stems.n {
		return ""
	}
	return s.stems.entry(k)
}

// NumArticles is the number of article records: 0 when the index was
// built without breakdowns, else the number of articles.
func (s *Sentences) NumArticles() int { return s.arts.n }

// Has reports whether article i has a stored breakdown.
func (s *Sentences) Has(i int) bool {
	return s != nil && i >= 0 && i < s.arts.n && u32at(s.arts.offs, i+1) > u32at(s.arts.offs, i)
}

// Article decodes the breakdown of article i (its position in Articles).
// It fails on a damaged record, never panics.
func (s *Sentences) Article(i int) (*ArticleSentences, error) {
	a := &ArticleSentences{}
	if err := s.ArticleInto(i, a); err != nil {
		return nil, err
	}
	return a, nil
}

// ArticleInto is Article decoding into a, reusing the memory of its
// Sentences and WordList, for a caller that reads one breakdown after
// another and keeps none (the comparison engine).
func (s *Sentences) ArticleInto(i int, a *ArticleSentences) error {
	if !s.Has(i) {
		return fmt.Errorf("sentences of article %d: not stored", i)
	}
	if err := s.decodeArticle(s.arts.entry(i), a); err != nil {
		return fmt.Errorf("sentences of article %d: %w: %w", i, ErrCorrupt, err)
	}
	return nil
}

func (s *Sentences) decodeArticle(rec string, a *ArticleSentences) error {
	r := reader{s: rec}
	a.Words = r.int(1 << 30)
	stems := func() []int32 {
		c := r.count()
		if c == 0 || r.err != nil {
			return nil
		}
		out := make([]int32, c)
		for k := range out {
			out[k] = int32(r.int(s.stems.n - 1))
		}
		return out
	}
	a.Title = stems()
	ns := r.count()
	if r.err != nil {
		return r.err
	}
	if cap(a.Sentences) < ns {
		a.Sentences = make([]SentenceWords, ns)
	}
	a.Sentences = a.Sentences[:ns]
	// Every word takes at least 2 bytes: the record bounds the words.
	if n := min(a.Words, (len(rec)-r.off)/2); cap(a.WordList) < n {
		a.WordList = make([]Word, 0, n)
	}
	a.WordList = a.WordList[:0]
	para, end := 0, 0
	for k := 0; k < ns && r.err == nil; k++ {
		st := &a.Sentences[k]
		*st = SentenceWords{}
		if gap := r.int(1 << 30); gap > 0 {
			para, end = para+gap, 0
		}
		st.Para = para
		st.Start = end + r.int(1<<30)
		st.End = st.Start + r.int(1<<30)
		end = st.End
		nw := r.count()
		first := len(a.WordList)
		at := st.Start
		for w := 0; w < nw && r.err == nil; w++ {
			v := r.int(1 << 30)
			length := -1
			if v&1 == 1 {
				length = r.int(1 << 30)
			}
			f := r.int(s.forms.n - 1)
			if r.err != nil {
				break
			}
			form, stem, err := s.form(f)
			if err != nil {
				r.fail(err)
				break
			}
			if length < 0 {
				length = len(form)
			}
			start := at + v>>1
			e := start + length
			a.WordList = append(a.WordList, Word{Start: start, End: e, Form: form, Stem: stem})
			at = e
		}
		st.Words = a.WordList[first:len(a.WordList):len(a.WordList)]
		st.Joined = stems()
	}
	if r.err == nil && !r.done() {
		r.fail(fmt.Errorf("%d trailing bytes", len(r.s)-r.off))
	}
	return r.err
}

// form returns form number f and its stem number (-1 for none).
func (s *Sentences) form(f int) (string, int32, error) {
	e := s.forms.entry(f)
	v, next := getUvarint(e, 0)
	if next < 0 || v > uint64(s.stems.n) {
		return "", 0, fmt.Errorf("form %d: bad stem number", f)
	}
	return e[next:], int32(v) - 1, nil
}

// encodeSentences encodes the "sentences" section for the articles with
// the given ids (sorted).
func encodeSentences(ids []string, d SentenceData) ([]byte, error) {
	for id := range d.Articles {
		if _, ok := findID(ids, id); !ok {
			return nil, fmt.Errorf("sentences: breakdown of unknown article %q", id)
		}
	}
	// Forms, most frequent first, each with its one stem.
	freq := map[string]int{}
	stemOf := map[string]int32{}
	for id, a := range d.Articles {
		for _, st := range a.Sentences {
			for _, w := range st.Words {
				if w.Stem < -1 || int(w.Stem) >= len(d.Stems) {
					return nil, fmt.Errorf("sentences: article %q: word %q has stem number %d of %d", id, w.Form, w.Stem, len(d.Stems))
				}
				if s, ok := stemOf[w.Form]; ok && s != w.Stem {
					return nil, fmt.Errorf("sentences: article %q: form %q has two stems (%d, %d)", id, w.Form, s, w.Stem)
				}
				stemOf[w.Form] = w.Stem
				freq[w.Form]++
			}
		}
	}
	forms := make([]string, 0, len(freq))
	for f := range freq {
		forms = append(forms, f)
	}
	slices.SortFunc(forms, func(a, b string) int { return cmp.Or(cmp.Compare(freq[b], freq[a]), cmp.Compare(a, b)) })
	num := make(map[string]int, len(forms))
	formEntries := make([]string, len(forms))
	for k, f := range forms {
		num[f] = k
		formEntries[k] = string(binary.AppendUvarint(nil, uint64(stemOf[f]+1))) + f
	}
	b, err := appendTable(nil, d.Stems)
	if err != nil {
		return nil, fmt.Errorf("sentences: stems: %w", err)
	}
	if b, err = appendTable(b, formEntries); err != nil {
		return nil, fmt.Errorf("sentences: forms: %w", err)
	}
	var recs []string
	if len(d.Articles) > 0 {
		recs = make([]string, len(ids))
		for k, id := range ids {
			a, ok := d.Articles[id]
			if !ok {
				continue // an empty record: not stored
			}
			rec, err := encodeArticleSentences(a, num, len(d.Stems))
			if err != nil {
				return nil, fmt.Errorf("sentences: article %q: %w", id, err)
			}
			recs[k] = string(rec)
		}
	}
	if b, err = appendTable(b, recs); err != nil {
		return nil, fmt.Errorf("sentences: articles: %w", err)
	}
	return b, nil
}

func encodeArticleSentences(a ArticleSentences, formNum map[string]int, nStems int) ([]byte, error) {
	var b []byte
	b = appendUint(b, a.Words)
	appendStems := func(ss []int32) error {
		b = appendUint(b, len(ss))
		for _, s := range ss {
			if s < 0 || int(s) >= nStems {
				return fmt.Errorf("stem number %d of %d", s, nStems)
			}
			b = appendUint(b, int(s))
		}
		return nil
	}
	if err := appendStems(a.Title); err != nil {
		return nil, fmt.Errorf("title: %w", err)
	}
	b = appendUint(b, len(a.Sentences))
	para, end := 0, 0
	for k, st := range a.Sentences {
		if st.Para < para || (st.Para == para && st.Start < end) || st.End < st.Start {
			return nil, fmt.Errorf("sentence %d %d:[%d,%d) is out of order", k, st.Para, st.Start, st.End)
		}
		if st.Para > para {
			end = 0
		}
		b = appendUint(b, st.Para-para)
		b = appendUint(b, st.Start-end)
		b = appendUint(b, st.End-st.Start)
		para, end = st.Para, st.End
		b = appendUint(b, len(st.Words))
		at := st.Start
		for _, w := range st.Words {
			if w.Start < at || w.End < w.Start {
				return nil, fmt.Errorf("sentence %d: word %q [%d,%d) is out of order", k, w.Form, w.Start, w.End)
			}
			if w.End-w.Start == len(w.Form) {
				b = appendUint(b, (w.Start-at)<<1)
			} else {
				b = appendUint(b, (w.Start-at)<<1|1)
				b = appendUint(b, w.End-w.Start)
			}
			b = appendUint(b, formNum[w.Form])
			at = w.End
		}
		if err := appendStems(st.Joined); err != nil {
			return nil, fmt.Errorf("sentence %d joined: %w", k, err)
		}
	}
	return b, nil
}

// appendTable appends the offset table of entries.
func appendTable(b []byte, entries []string) ([]byte, error) {
	b = appendUint(b, len(entries))
	total := 0
	offs := make([]uint32, 0, len(entries)+1)
	for _, e := range entries {
		o, ok := checkedU32(total)
		if !ok {
			return nil, errors.New("table over 4 GiB")
		}
		offs = append(offs, o)
		total += len(e)
	}
	o, ok := checkedU32(total)
	if !ok {
		return nil, errors.New("table over 4 GiB")
	}
	b = putU32s(b, append(offs, o))
	for _, e := range entries {
		b = append(b, e...)
	}
	return b, nil
}

// table reads an offset table, checking that its offsets rise within
// its data.
func (r *reader) table() table {
	n := r.count()
	if r.err != nil {
		return table{}
	}
	if (len(r.s)-r.off)/4 < n+1 {
		r.fail(errShort)
		return table{}
	}
	t := table{n: n, offs: r.s[r.off : r.off+4*(n+1)]}
	r.off += 4 * (n + 1)
	size := int(u32at(t.offs, n))
	if err := checkOffsets("table", t.offs, size, false); err != nil {
		r.fail(err)
		return table{}
	}
	if size > len(r.s)-r.off {
		r.fail(errShort)
		return table{}
	}
	t.data = r.s[r.off : r.off+size]
	r.off += size
	return t
}

// decodeSentences reads the "sentences" section for numArticles articles.
func decodeSentences(data string, numArticles int) (*Sentences, error) {
	r := reader{s: data}
	s := &Sentences{stems: r.table(), forms: r.table(), arts: r.table()}
	if r.err == nil && s.arts.n != 0 && s.arts.n != numArticles {
		r.fail(fmt.Errorf("%d records for %d articles", s.arts.n, numArticles))
	}
	if r.err == nil && !r.done() {
		r.fail(fmt.Errorf("%d trailing bytes", len(r.s)-r.off))
	}
	if r.err != nil {
		return nil, fmt.Errorf("sentences section: %w", r.err)
	}
	return s, nil
}
