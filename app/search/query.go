package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Query is a parsed query string. Parsing never fails: a malformed part is
// read as sensibly as possible and explained in Notes.
type Query struct {
	// Groups are the positive parts. Each group is one or more clauses
	// joined by OR; a document matches a group if it matches any of them.
	Groups []Group
	// Excluded are the -clauses: a document matching any is dropped.
	Excluded []Clause
	// Filters restrict the documents searched.
	Filters Filters
	// Notes explain how malformed parts were read, for the reader.
	Notes []string
}

// Group is a set of alternative clauses ("a OR b").
type Group struct {
	Alts []Clause
}

// Required reports whether a document must match the group: groups with a
// quoted phrase are required, free-text words are optional (they rank).
func (g Group) Required() bool {
	for _, c := range g.Alts {
		if c.Phrase {
			return true
		}
	}
	return false
}

// Clause is a word or a quoted phrase of the query.
type Clause struct {
	// Text is the clause as typed, without quotes, '-' or '*'.
	Text string
	// Start and End are the byte offsets of Text in the query string.
	Start, End int
	// Phrase reports a quoted phrase: its words must appear in order,
	// adjacent.
	Phrase bool
	// Prefix reports a word ending in '*' (or the last word while typing):
	// it also matches words that start with it.
	Prefix bool
}

// Filters restrict a search to some documents. Empty fields do not
// restrict.
type Filters struct {
	// Person, Org and Place each hold values from person:, org: and
	// place:; a document must mention, for every value, an entity of that
	// type whose id is the value or whose name contains its words.
	Person, Org, Place []string
	// Source holds values from source:; a document's source name must
	// contain each value's words.
	Source []string
	// After and Before are ISO date prefixes ("2024", "2024-06",
	// "2024-06-10"): After keeps documents published in or after that
	// period, Before those published before it. Documents without a date
	// are dropped when either is set.
	After, Before string
}

func (f Filters) empty() bool {
	return len(f.Person)+len(f.Org)+len(f.Place)+len(f.Source) == 0 && f.After == "" && f.Before == ""
}

// Parse parses a query string:
//
//	gaza ceasefire         free text: every word optional, ranked by BM25F
//	"total victory"        a phrase: words in order, required
//	-hamas  -"west bank"   exclusion
//	truce OR ceasefire     either (OR in capitals)
//	negotiat*              prefix
//	person:blinken  org:hamas  place:"gaza strip"  source:icaro
//	after:2024-06  before:2024-12-31
//
// If typing is set, the last word is also a prefix unless the query ends in
// a space.
func Parse(q string, typing bool) Query {
	p := parser{s: q}
	p.parse()
	if typing && len(q) > 0 && !unicode.IsSpace(lastRune(q)) && p.lastWord >= 0 {
		g, a := p.lastWord>>8, p.lastWord&0xff
		if g < len(p.q.Groups) && a < len(p.q.Groups[g].Alts) {
			// A single typed letter would expand to too much to mean
			// anything; wait for the second.
			if c := &p.q.Groups[g].Alts[a]; utf8.RuneCountInString(c.Text) >= 2 {
				c.Prefix = true
			}
		}
	}
	return p.q
}

// ParsePlain reads q as plain free text: every word optional, no operators
// or filters ("-dash" is the word "dash", OR is the word "or").
func ParsePlain(q string) Query {
	var out Query
	parsePlainInto(q, &out, nil)
	return out
}

// parsePlainInto is [ParsePlain] into out, reusing the memory of
// out.Groups and of clauses (which it returns, to be passed again): the
// groups' clauses are slices of it.
func parsePlainInto(q string, out *Query, clauses []Clause) []Clause {
	*out = Query{Groups: out.Groups[:0]}
	clauses = clauses[:0]
	p := parser{s: q}
	for {
		p.skipSpace()
		if p.i >= len(p.s) {
			break
		}
		start := p.i
		for p.i < len(p.s) && !isSpaceAt(p.s, p.i) {
			p.i++
		}
		clauses = append(clauses, Clause{Text: q[start:p.i], Start: start, End: p.i})
	}
	for i := range clauses {
		out.Groups = append(out.Groups, Group{Alts: clauses[i : i+1 : i+1]})
	}
	return clauses
}

type parser struct {
	s        string
	i        int
	q        Query
	orNext   bool // the previous item was OR: join the next clause to the last group
	lastWord int  // group<<8 | alt of the word that ended the query, or -1
}

func (p *parser) note(format string, args ...string) {
	for _, a := range args {
		format = strings.Replace(format, "%s", a, 1)
	}
	p.q.Notes = append(p.q.Notes, format)
}

func (p *parser) parse() {
	p.lastWord = -1
	for {
		p.skipSpace()
		if p.i >= len(p.s) {
			break
		}
		p.lastWord = -1
		neg := false
		if p.s[p.i] == '-' {
			neg = true
			p.i++
			if p.i >= len(p.s) || isSpaceAt(p.s, p.i) {
				p.note("ignored a lone '-': put it right before the word to exclude (-word)")
				continue
			}
		}
		if r, _ := utf8.DecodeRuneInString(p.s[p.i:]); isQuote(r) {
			c, ok := p.phrase()
			if !ok {
				continue
			}
			p.add(c, neg)
			continue
		}
		start := p.i
		for p.i < len(p.s) && !isSpaceAt(p.s, p.i) {
			if r, _ := utf8.DecodeRuneInString(p.s[p.i:]); isQuote(r) {
				break
			}
			p.i++
		}
		word := p.s[start:p.i]
		if word == "OR" && !neg {
			if len(p.q.Groups) == 0 {
				p.note("ignored OR at the start of the query")
			} else {
				p.orNext = true
			}
			continue
		}
		if name, value, ok := strings.Cut(word, ":"); ok && isFilterName(name) {
			p.filter(name, value, start, neg)
			continue
		}
		if name, value, ok := strings.Cut(word, ":"); ok && isPlainName(name) {
			p.note("unknown filter %s: searched for the words instead (filters: person: org: place: source: after: before:)", strings.ToLower(name)+":")
			p.add(Clause{Text: name, Start: start, End: start + len(name)}, neg)
			if value != "" {
				vs := start + len(name) + 1
				p.add(Clause{Text: value, Start: vs, End: p.i}, neg)
			}
			continue
		}
		c := Clause{Text: word, Start: start, End: p.i}
		if strings.HasSuffix(c.Text, "*") {
			c.Text = strings.TrimRight(c.Text, "*")
			c.End = c.Start + len(c.Text)
			c.Prefix = true
		}
		if strings.Trim(c.Text, "*-") == "" {
			continue
		}
		p.add(c, neg)
		if !neg && p.i >= len(p.s) && !c.Prefix {
			g := len(p.q.Groups) - 1
			p.lastWord = g<<8 | (len(p.q.Groups[g].Alts) - 1)
		}
	}
	if p.orNext {
		p.note("ignored OR at the end of the query")
	}
}

// phrase reads a quoted phrase at p.i. An unbalanced quote runs to the end
// of the query.
func (p *parser) phrase() (Clause, bool) {
	_, w := utf8.DecodeRuneInString(p.s[p.i:])
	p.i += w
	start := p.i
	end := -1
	for j := p.i; j < len(p.s); {
		r, w := utf8.DecodeRuneInString(p.s[j:])
		if isQuote(r) {
			end = j
			p.i = j + w
			break
		}
		j += w
	}
	if end < 0 {
		end = len(p.s)
		p.i = end
		p.note("unbalanced quote: read the rest of the query as a phrase")
	}
	c := Clause{Text: p.s[start:end], Start: start, End: end, Phrase: true}
	if strings.TrimSpace(c.Text) == "" {
		p.note("ignored an empty phrase")
		return c, false
	}
	return c, true
}

func (p *parser) add(c Clause, neg bool) {
	if neg {
		if p.orNext {
			p.note("ignored OR before an exclusion")
			p.orNext = false
		}
		p.q.Excluded = append(p.q.Excluded, c)
		return
	}
	if p.orNext && len(p.q.Groups) > 0 {
		g := &p.q.Groups[len(p.q.Groups)-1]
		g.Alts = append(g.Alts, c)
		p.orNext = false
		return
	}
	p.q.Groups = append(p.q.Groups, Group{Alts: []Clause{c}})
}

// filter reads name:value; value may be a quoted phrase.
func (p *parser) filter(name, value string, start int, neg bool) {
	name = strings.ToLower(name)
	if value == "" && p.i < len(p.s) {
		if r, _ := utf8.DecodeRuneInString(p.s[p.i:]); isQuote(r) {
			if c, ok := p.phrase(); ok {
				value = c.Text
			}
		}
	}
	value = strings.TrimSpace(value)
	if value == "" {
		p.note("ignored %s with no value", name+":")
		return
	}
	if neg {
		p.note("cannot exclude a filter: ignored -%s", name+":"+value)
		return
	}
	f := &p.q.Filters
	switch name {
	case "person":
		f.Person = append(f.Person, value)
	case "org":
		f.Org = append(f.Org, value)
	case "place":
		f.Place = append(f.Place, value)
	case "source":
		f.Source = append(f.Source, value)
	case "after", "before":
		if !isDatePrefix(value) {
			p.note("ignored %s: want a date like 2024, 2024-06 or 2024-06-10", name+":"+value)
			return
		}
		if name == "after" {
			f.After = value
		} else {
			f.Before = value
		}
	}
	_ = start
}

func isFilterName(name string) bool {
	switch strings.ToLower(name) {
	case "person", "org", "place", "source", "after", "before":
		return true
	}
	return false
}

// isPlainName reports whether s looks like a filter name (letters only), so
// that "10:30" is not reported as an unknown filter.
func isPlainName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isDatePrefix reports whether s is YYYY, YYYY-MM or YYYY-MM-DD.
func isDatePrefix(s string) bool {
	digits := func(t string) bool {
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return true
	}
	switch len(s) {
	case 4:
		return digits(s)
	case 7:
		return digits(s[:4]) && s[4] == '-' && digits(s[5:]) && s[5:] >= "01" && s[5:] <= "12"
	case 10:
		return isDatePrefix(s[:7]) && s[7] == '-' && digits(s[8:]) && s[8:] >= "01" && s[8:] <= "31"
	}
	return false
}

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

func isSpaceAt(s string, i int) bool {
	if c := s[i]; c < utf8.RuneSelf { // ASCII, the common case: no decoding
		return asciiSpace(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

// asciiSpace reports whether c is an ASCII space as unicode.IsSpace says.
func asciiSpace(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}

func (p *parser) skipSpace() {
	for p.i < len(p.s) {
		if c := p.s[p.i]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				return
			}
			p.i++
			continue
		}
		r, w := utf8.DecodeRuneInString(p.s[p.i:])
		if !unicode.IsSpace(r) {
			return
		}
		p.i += w
	}
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
