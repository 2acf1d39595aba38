package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"diptych/corpus"
)

// speechVerbs introduce or follow a direct quotation.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "saying": true, "added": true, "adds": true, "adding": true,
	"stated": true, "states": true, "stating": true, "told": true, "tells": true, "telling": true,
	"asserted": true, "asserts": true, "asserting": true, "warned": true, "warns": true, "warning": true,
	"noted": true, "notes": true, "explained": true, "declared": true, "insisted": true, "insists": true,
	"urged": true, "wrote": true, "writes": true, "argued": true, "replied": true, "asked": true,
	"announced": true, "acknowledged": true, "acknowledging": true, "claimed": true, "remarked": true,
	"stressed": true, "commented": true, "confirmed": true, "emphasized": true, "emphasised": true,
	"reiterated": true, "continued": true, "according": true, "responded": true, "tweeted": true,
	"posted": true, "cautioned": true, "predicted": true, "admitted": true, "recalled": true,
	"recalls": true, "underlined": true, "explains": true, "argues": true, "pointed": true, "observed": true,
	"observes": true, "suggested": true, "suggests": true, "conceded": true, "concedes": true, "admits": true,
	"maintained": true, "maintains": true, "complained": true, "joked": true, "quipped": true, "revealed": true,
	"reveals": true, "promised": true, "vowed": true, "emphasises": true, "emphasizes": true, "stresses": true,
	"concluded": true, "concludes": true, "demanded": true, "denied": true, "countered": true, "retorted": true,
	"answered": true, "shouted": true, "exclaimed": true, "agreed": true, "agrees": true,
}

var pronouns = map[string]bool{"he": true, "she": true}

// quoteFinder finds the quotations of one article and their speakers.
type quoteFinder struct {
	doc  *artDoc
	ids  []string // entity ID of each name
	ents map[string]*corpus.Entity
	// nameAt maps a token to the name covering it (-1 for none).
	nameAt      []int
	lastSpeaker int // name index of the last resolved speaker, or -1
}

// quotePair is a quotation inside paragraph para: marks at byte offsets
// open and close.
type quotePair struct{ para, open, close, openLen int }

// findQuotePairs pairs quotation marks in a paragraph: “ with ”, and
// straight double quotes by their position: one that follows a space and
// precedes a word opens, one that follows a word closes. A closing mark with
// nothing open (the end of a quotation carried over from the paragraph
// before) is ignored; an opening mark while one is open restarts it.
func findQuotePairs(p int, text string) []quotePair {
	var out []quotePair
	open, openLen := -1, 0
	for i, r := range text {
		switch r {
		case '“':
			open, openLen = i, len("“")
		case '”':
			if open >= 0 {
				out = append(out, quotePair{p, open, i, openLen})
				open = -1
			}
		case '"':
			before, _ := utf8.DecodeLastRuneInString(text[:i])
			after, _ := utf8.DecodeRuneInString(text[i+1:])
			opens := (i == 0 || unicode.IsSpace(before) || strings.ContainsRune("([{—–-/", before)) &&
				i+1 < len(text) && !unicode.IsSpace(after)
			closes := i > 0 && !unicode.IsSpace(before)
			if !opens && !closes {
				// A mark standing alone between spaces (tokenised text):
				// it closes what is open, else opens.
				closes = open >= 0
				opens = !closes
			}
			switch {
			case open >= 0 && closes:
				out = append(out, quotePair{p, open, i, openLen})
				open = -1
			case opens:
				open, openLen = i, 1
			}
		}
	}
	return out
}

// findQuotes returns the direct quotations of doc with their speakers.
// ids are the entity IDs of doc.names.
func findQuotes(doc *artDoc, ids []string, ents map[string]*corpus.Entity) []corpus.Quote {
	qf := &quoteFinder{doc: doc, ids: ids, ents: ents, nameAt: make([]int, len(doc.toks)), lastSpeaker: -1}
	for k := range qf.nameAt {
		qf.nameAt[k] = -1
	}
	for i, s := range doc.names {
		for k := s.From; k < s.To; k++ {
			qf.nameAt[k] = i
		}
	}
	var out []corpus.Quote
	// prev is the last quotation kept and whether it closed its paragraph.
	var prev *corpus.Quote
	prevEndsPara := false
	for p, text := range doc.a.Paragraphs {
		for _, qp := range findQuotePairs(p, text) {
			inner := strings.TrimSpace(text[qp.open+qp.openLen : qp.close])
			if len(strings.Fields(inner)) < 3 {
				continue
			}
			start := qp.open + qp.openLen
			end := qp.close
			// Leave out trailing punctuation inside the marks.
			for end > start && strings.ContainsRune(",.;: ", rune(text[end-1])) {
				end--
			}
			for start < end && text[start] == ' ' {
				start++
			}
			if !strings.ContainsFunc(text[start:end], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
				continue // only punctuation between the marks: not a quotation
			}
			q := corpus.Quote{Span: corpus.Span{Para: p, Start: start, End: end}}
			if name, surface := qf.speaker(qp); name >= 0 {
				q.Speaker = ids[name]
				q.SpeakerText = surface
				qf.lastSpeaker = name
			} else if prev != nil && prev.Speaker != "" && qf.continues(prev, prevEndsPara, qp, text) {
				// A quotation that goes on after its attribution ("…," said
				// X. "…") or in the next paragraph, by journalistic
				// convention the same speaker's.
				q.Speaker, q.SpeakerText = prev.Speaker, prev.SpeakerText
			}
			out = append(out, q)
			prev = &out[len(out)-1]
			prevEndsPara = strings.TrimSpace(text[qp.close+len(`"`):]) == "" || qp.close+len("”") >= len(text)
		}
	}
	return out
}

// continues reports whether quotation qp carries on the previous one, prev:
// in the same paragraph with no other person named in between, or opening
// the next paragraph.
func (qf *quoteFinder) continues(prev *corpus.Quote, prevEndsPara bool, qp quotePair, text string) bool {
	if prev.Para == qp.para {
		for i, s := range qf.doc.names {
			sp := qf.doc.spanOf(s.From, s.To)
			if sp.Para == qp.para && sp.Start > prev.End && sp.End <= qp.open && qf.isPerson(i) && qf.ids[i] != prev.Speaker {
				return false
			}
		}
		return true
	}
	return prev.Para == qp.para-1 && strings.TrimSpace(text[:qp.open]) == ""
}

// tokenAt returns the token starting at byte off of paragraph p, or -1.
func (qf *quoteFinder) tokenAt(p, off int) int {
	for k, t := range qf.doc.toks {
		if qf.doc.para[k] == p && t.Start == off {
			return k
		}
	}
	return -1
}

// speakerName reports whether name i may speak (a person or an
// organisation).
func (qf *quoteFinder) speakerName(i int) bool {
	if e, ok := qf.ents[qf.ids[i]]; ok {
		return e.Type == corpus.Person || e.Type == corpus.Org
	}
	return false
}

// speaker resolves who says the quotation qp: a name or pronoun next to a
// speech verb after the quotation ("…," Blinken added; "…," stated Qatari
// Prime Minister …), else the speaker introducing it ("Blinken …, stating,
// “…”"). It returns the name index and the text naming the speaker.
func (qf *quoteFinder) speaker(qp quotePair) (int, string) {
	doc := qf.doc
	open := qf.tokenAt(qp.para, qp.open)
	close := qf.tokenAt(qp.para, qp.close)
	if open < 0 || close < 0 {
		return -1, ""
	}
	// After the quotation, up to the sentence end.
	end := close + 1
	for end < len(doc.toks) && end < close+16 && doc.para[end] == qp.para && !doc.d.sentStart[end] {
		end++
	}
	verb := -1
	for k := close + 1; k < end; k++ {
		if speechVerbs[doc.d.info[k].lower] {
			verb = k
			break
		}
	}
	first := close + 1
	for first < end && doc.d.info[first].cls == clsPunct {
		first++
	}
	if verb >= 0 || first < end && qf.nameAt[first] >= 0 {
		for k := close + 1; k < end; k++ {
			if i := qf.nameAt[k]; i >= 0 && qf.speakerName(i) {
				if verb < 0 && k != first {
					break
				}
				return i, doc.textOf(doc.names[i].From, doc.names[i].To)
			}
			if pronouns[doc.d.info[k].lower] && verb >= 0 {
				return qf.pronoun(k), doc.toks[k].Text
			}
		}
	}
	// Before the quotation, in its sentence.
	start := open
	for start > 0 && doc.para[start-1] == qp.para && !doc.d.sentStart[start] {
		start--
	}
	verb = -1
	for k := open - 1; k >= start; k-- {
		if speechVerbs[doc.d.info[k].lower] {
			verb = k
			break
		}
	}
	intro := open > start && (doc.toks[open-1].Text == "," || doc.toks[open-1].Text == ":")
	if verb < 0 && !intro {
		return -1, ""
	}
	from := open - 1
	if verb >= 0 {
		from = verb - 1
	}
	for k := from; k >= start; k-- {
		if i := qf.nameAt[k]; i >= 0 && qf.speakerName(i) {
			return i, doc.textOf(doc.names[i].From, doc.names[i].To)
		}
		if pronouns[doc.d.info[k].lower] {
			return qf.pronoun(k), doc.toks[k].Text
		}
	}
	return -1, ""
}

// pronoun resolves "he"/"she" at token k: a person named earlier in the
// same sentence, else the last speaker, else the last person named.
func (qf *quoteFinder) pronoun(k int) int {
	doc := qf.doc
	for j := k - 1; j >= 0 && doc.para[j] == doc.para[k]; j-- {
		if i := qf.nameAt[j]; i >= 0 && qf.isPerson(i) {
			return i
		}
		if doc.d.sentStart[j] {
			break
		}
	}
	if qf.lastSpeaker >= 0 {
		return qf.lastSpeaker
	}
	for j := k - 1; j >= 0; j-- {
		if i := qf.nameAt[j]; i >= 0 && qf.isPerson(i) {
			return i
		}
	}
	return -1
}

func (qf *quoteFinder) isPerson(i int) bool {
	e, ok := qf.ents[qf.ids[i]]
	return ok && e.Type == corpus.Person
}
