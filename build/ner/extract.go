// Package ner finds people, organisations, places, dates, figures and
// quotes in news articles at build time, and links the mentions of each
// person, organisation and place across a corpus to one canonical entity.
//
// Names come from a two-stage structured perceptron (first-order Viterbi
// over BILOU tags, hashed features, document-level label aggregation) fitted
// on CoNLL-2003 by the train command and embedded gzip'd; dates, figures and
// quotes come from rules over its tokens and entities.
//
// It is not for the browser: nothing here may be imported by app/, and the
// model never reaches the WebAssembly binary. It does not parse raw files
// (that is build/ingest) or build the index.
package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"diptych/corpus"
)

//go:embed model/ner.model.gz
var embeddedModel []byte

// Extractor holds the loaded model and gazetteers. It is safe for
// concurrent use: Annotate keeps all its state on the stack.
type Extractor struct {
	m  *model
	gz *gazetteer
}

// Load loads the embedded model.
func Load() (*Extractor, error) {
	m, err := readModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, fmt.Errorf("load embedded NER model: %w", err)
	}
	return &Extractor{m: m, gz: newGazetteer()}, nil
}

// artDoc is one article being annotated: its body's tokens (offsets within
// their paragraph) and what was found in them.
type artDoc struct {
	a     *corpus.Article
	toks  []Token
	para  []int // paragraph of each token
	d     *docInfo
	names []span // PER, ORG, LOC from the model (MISC dropped)
	// canon[i] is the article-level key of names[i], set by linking.
	canon []string
}

// tokenizeArticle tokenizes every paragraph of a; each paragraph starts a
// sentence.
func tokenizeArticle(a *corpus.Article) ([]Token, []int) {
	var toks []Token
	var para []int
	for p, text := range a.Paragraphs {
		ts := Tokenize(text)
		if len(ts) > 0 {
			ts[0].SentStart = true
		}
		toks = append(toks, ts...)
		for range ts {
			para = append(para, p)
		}
	}
	return toks, para
}

// names tags the tokens of a document and returns its PER, ORG and LOC
// entities, with person titles trimmed off. In headlines set in title case
// ("Urgent Ceasefire Talks in Israel") capitals say nothing, so a name there
// is kept only when the body names it too or a gazetteer knows it.
func (x *Extractor) names(d *docInfo) []span {
	headline := titleCaseSentences(d)
	var out []span
	body := map[string]bool{}
	for _, s := range x.m.tagDoc(d) {
		if s.Label == labelMISC {
			continue
		}
		if s.Label == labelPER {
			for s.To-s.From > 1 && d.info[s.From].gaz&(1<<gzTitle) != 0 {
				s.From++
			}
		}
		if !headline[s.From] {
			for k := s.From; k < s.To; k++ {
				body[d.info[k].lower] = true
			}
		}
		out = append(out, s)
	}
	out = mergeParticles(d, splitAtLowercase(d, out))
	out = propagateSurnames(d, out, headline)
	// Capitalised common nouns the model may take for names.
	dropped := out[:0]
	for _, sp := range out {
		if !(sp.To-sp.From == 1 && notNames[d.info[sp.From].lower]) {
			dropped = append(dropped, sp)
		}
	}
	out = dropped
	const known = 1<<gzCountry | 1<<gzCity | 1<<gzRegion | 1<<gzOrg
	kept := out[:0]
	for _, s := range out {
		if headline[s.From] {
			ok := s.To-s.From == 1 && d.info[s.From].gaz&known != 0
			if !ok {
				ok = true
				for k := s.From; k < s.To; k++ {
					if !body[d.info[k].lower] {
						ok = false
					}
				}
			}
			if !ok {
				continue
			}
		}
		kept = append(kept, s)
	}
	return kept
}

// propagateSurnames tags as a person a capitalised word the model left out
// when the same document names a person with it as surname ("the Biden
// administration" after "Joe Biden"): one name, one reading per document.
func propagateSurnames(d *docInfo, spans []span, headline []bool) []span {
	surnames := map[string]bool{}
	covered := make([]bool, len(d.toks))
	for _, s := range spans {
		for k := s.From; k < s.To; k++ {
			covered[k] = true
		}
		if s.Label == labelPER && s.To-s.From >= 2 {
			surnames[d.toks[s.To-1].Text] = true
		}
	}
	if len(surnames) == 0 {
		return spans
	}
	var added []span
	for k, t := range d.toks {
		if covered[k] || headline[k] || !surnames[t.Text] || d.info[k].cls != clsTitle {
			continue
		}
		// Not part of a longer capitalised run ("Biden Foundation").
		if k+1 < len(d.toks) && !d.sentStart[k+1] && !covered[k+1] && (d.info[k+1].cls == clsTitle || d.info[k+1].cls == clsCaps) {
			continue
		}
		if p := k - 1; k > 0 && !d.sentStart[k] && (d.info[p].cls == clsTitle || d.info[p].cls == clsCaps) && !covered[p] &&
			d.info[p].gaz&(1<<gzTitle) == 0 && !functionWords[d.info[p].lower] {
			continue
		}
		added = append(added, span{k, k + 1, labelPER})
	}
	if len(added) == 0 {
		return spans
	}
	spans = append(spans, added...)
	sort.Slice(spans, func(i, j int) bool { return spans[i].From < spans[j].From })
	return spans
}

// notNames are acronyms and words written in capitals that name things,
// not entities ("PC", "DVD", "GDP").
var notNames = map[string]bool{
	"pc": true, "pcs": true, "dvd": true, "dvds": true, "cd": true, "cds": true, "tv": true, "id": true,
	"gdp": true, "ceo": true, "ai": true, "mp": true, "mps": true, "pm": true, "am": true, "vat": true,
	"sms": true, "gps": true, "hiv": true, "aids": true, "dna": true, "usb": true, "lcd": true, "mp0": true,
	"faq": true, "ok": true, "vs": true, "etc": true, "ipo": true, "ip": true, "url": true, "www": true,
}

// connectors may stand in lower case inside a multi-word name ("Bank of
// England", "Ursula von der Leyen", "Procter & Gamble").
var connectors = map[string]bool{
	"of": true, "and": true, "the": true, "for": true, "on": true, "in": true, "at": true, "upon": true,
	"&": true, "'s": true, "’s": true, "-": true, "y": true, "du": true, "des": true, "et": true,
}

// splitAtLowercase cuts a name where the model ran it over an ordinary
// lower-case word ("Phoenix was Amazon"): the capitalised pieces on either
// side stay names of the same type.
func splitAtLowercase(d *docInfo, spans []span) []span {
	var out []span
	for _, s := range spans {
		from := s.From
		for k := s.From; k <= s.To; k++ {
			if k < s.To {
				ti := &d.info[k]
				if ti.cls != clsLower || ti.shape == "" || ti.shape[0] != 'x' || connectors[ti.lower] ||
					nameParticles[d.toks[k].Text] || strings.Contains(ti.lower, "-") {
					continue
				}
			}
			// Trim connectors at the piece's edges.
			a, b := from, k
			for a < b && d.info[a].cls == clsLower && !nameParticles[d.toks[a].Text] {
				a++
			}
			for b > a && d.info[b-1].cls == clsLower {
				b--
			}
			if a < b {
				out = append(out, span{a, b, s.Label})
			}
			from = k + 1
		}
	}
	return out
}

// nameParticles join the parts of a person's name in lower case
// ("Mohammed bin Abdulrahman Al-Thani", "Ursula von der Leyen").
var nameParticles = map[string]bool{
	"bin": true, "ibn": true, "bint": true, "al": true, "el": true, "de": true, "da": true, "di": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "du": true, "dos": true, "del": true,
	"della": true, "dello": true, "degli": true, "das": true, "ten": true, "ter": true, "wa": true, "ben": true,
}

// mergeParticles joins two person names separated only by name particles:
// the model, trained on text where such names are rare, may split them.
func mergeParticles(d *docInfo, spans []span) []span {
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.Label == labelPER && out[n-1].Label == labelPER && s.From > out[n-1].To {
			ok := s.From-out[n-1].To <= 2
			for k := out[n-1].To; k < s.From && ok; k++ {
				ok = nameParticles[d.toks[k].Text] && !d.sentStart[k]
			}
			if ok && !d.sentStart[s.From] {
				out[n-1].To = s.To
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// functionWords stay lower-case in title-case headlines.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "with": true, "from": true, "by": true, "as": true,
	"into": true, "amid": true, "over": true, "vs": true, "via": true, "is": true,
}

// titleCaseSentences marks the tokens of sentences of three or more words
// where every word but function words is capitalised, and about a third of
// them are words the document also writes in lower case.
func titleCaseSentences(d *docInfo) []bool {
	n := len(d.toks)
	out := make([]bool, n)
	for a := 0; a < n; {
		b := a + 1
		for b < n && !d.sentStart[b] {
			b++
		}
		words, lower, common := 0, 0, 0
		for k := a; k < b; k++ {
			ti := &d.info[k]
			switch ti.cls {
			case clsLower:
				if ti.shape != "" && ti.shape[0] == 'x' && !functionWords[ti.lower] {
					lower++
				}
				words++
			case clsTitle, clsCaps, clsMixed:
				words++
				if d.seen[ti.lower]&seenLower != 0 {
					common++
				}
			}
		}
		// Capitalised words the body writes in lower case show the capitals
		// are the headline's style.
		if words >= 3 && lower == 0 && (common >= 2 || common*3 >= words-1) {
			for k := a; k < b; k++ {
				out[k] = true
			}
		}
		a = b
	}
	return out
}

// Annotate fills the Mentions, Quotes and Figures of every article in place
// (offsets per paragraph), links mentions to canonical entities across the
// whole corpus, and returns those entities sorted by ID. It is
// deterministic: the same articles give the same result.
func (x *Extractor) Annotate(articles []corpus.Article) ([]corpus.Entity, error) {
	docs := make([]*artDoc, len(articles))
	for i := range articles {
		a := &articles[i]
		toks, para := tokenizeArticle(a)
		d := prepare(toks, x.gz)
		docs[i] = &artDoc{a: a, toks: toks, para: para, d: d}
		docs[i].names = x.names(d)
		// Only token facts are needed from here on.
		d.gazFeats, d.seen, d.capsSent, d.tableSent = nil, nil, nil, nil
	}
	ents, ids := link(docs)
	for i, doc := range docs {
		a := doc.a
		a.Mentions = a.Mentions[:0]
		for j, s := range doc.names {
			m := corpus.Mention{Span: doc.spanOf(s.From, s.To), Type: labelType(s.Label), Entity: ids[i][j]}
			a.Mentions = append(a.Mentions, m)
		}
		for _, dt := range findDates(doc, a.Published) {
			a.Mentions = append(a.Mentions, dt)
		}
		a.Figures = findFigures(doc)
		a.Quotes = findQuotes(doc, ids[i], ents)
		sortSpans(a)
		if len(a.Mentions) == 0 {
			a.Mentions = nil
		}
	}
	out := make([]corpus.Entity, 0, len(ents))
	for _, e := range ents {
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// spanOf returns the article span of tokens [from, to), which must lie in
// one paragraph.
func (doc *artDoc) spanOf(from, to int) corpus.Span {
	return corpus.Span{Para: doc.para[from], Start: doc.toks[from].Start, End: doc.toks[to-1].End}
}

// textOf returns the text of tokens [from, to).
func (doc *artDoc) textOf(from, to int) string {
	s := doc.spanOf(from, to)
	return s.Text(doc.a)
}

func labelType(l label) corpus.EntityType {
	switch l {
	case labelPER:
		return corpus.Person
	case labelORG:
		return corpus.Org
	case labelLOC:
		return corpus.Place
	}
	return 0
}

func less(a, b corpus.Span) bool {
	if a.Para != b.Para {
		return a.Para < b.Para
	}
	if a.Start != b.Start {
		return a.Start < b.Start
	}
	return a.End < b.End
}

func sortSpans(a *corpus.Article) {
	sort.SliceStable(a.Mentions, func(i, j int) bool { return less(a.Mentions[i].Span, a.Mentions[j].Span) })
	sort.SliceStable(a.Quotes, func(i, j int) bool { return less(a.Quotes[i].Span, a.Quotes[j].Span) })
	sort.SliceStable(a.Figures, func(i, j int) bool { return less(a.Figures[i].Span, a.Figures[j].Span) })
}
