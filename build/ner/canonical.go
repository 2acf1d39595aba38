package ner

import (
	"sort"
	"strings"
	"unicode"

	"diptych/corpus"
)

// aliasGroups is the small curated list of names that no rule can tie
// together. The first entry of each group is the display name. Short forms
// ("Blinken"), titles, "El-"/"Al-" articles, acronyms defined in the text
// and dotted abbreviations are handled by rules, not listed here.
var aliasGroups = [][]string{
	{"United States", "US", "U.S.", "USA", "U.S.A.", "United States of America", "America"},
	{"United Kingdom", "UK", "U.K.", "Britain", "Great Britain"},
	{"Turkey", "Türkiye", "Turkiye"},
	{"United Nations", "UN", "U.N."},
	{"European Union", "EU", "E.U."},
	{"Russia", "Russian Federation"},
	{"Hezbollah", "Hizbollah", "Hizballah"},
	{"Gaza", "Gaza Strip"},
	{"Myanmar", "Burma"},
	{"Czech Republic", "Czechia"},
	{"Kyiv", "Kiev"},
	{"United Arab Emirates", "UAE", "U.A.E."},
	{"Israel Defense Forces", "IDF", "Israeli Defense Forces"},
	{"Islamic State", "ISIS", "ISIL"},
	{"Conservative Party", "Conservatives", "Tories", "Tory party", "Tory Party"},
	{"Liberal Democrats", "Lib Dems", "Lib Dem"},
	{"Labour Party", "Labour"},
	{"Democratic Party", "Democrats"},
	{"Republican Party", "Republicans", "GOP"},
}

// aliasIndex maps a name key to its group's display name.
func aliasIndex() map[string]string {
	idx := map[string]string{}
	for _, g := range aliasGroups {
		for _, n := range g {
			idx[nameKey(n)] = g[0]
		}
	}
	return idx
}

// foldRune maps common accented Latin letters to ASCII.
func foldRune(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā':
		return 'a'
	case 'ç', 'č', 'ć':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ė':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ı', 'ī':
		return 'i'
	case 'ñ', 'ń':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'ū':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	case 'ş', 'š', 'ś':
		return 's'
	case 'ğ':
		return 'g'
	case 'ž', 'ź', 'ż':
		return 'z'
	case 'ł':
		return 'l'
	case 'ß':
		return 's'
	}
	return r
}

// nameWords splits a name into lower-cased, accent-folded words without
// dots, apostrophes, hyphens, Arabic articles ("al-", "el-") or a leading
// "the": "El-Sisi" -> [sisi], "U.S." -> [us].
func nameWords(s string) []string {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(s) > len(suf) {
			s = strings.TrimSuffix(s, suf)
		}
	}
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range s {
		r = unicode.ToLower(foldRune(unicode.ToLower(r)))
		switch {
		case r == '.' || r == '\'' || r == '’':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	out := words[:0]
	for i, w := range words {
		if (w == "al" || w == "el" || w == "the") && i < len(words)-1 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// nameKey is the comparison key of a name.
func nameKey(s string) string { return strings.Join(nameWords(s), " ") }

// personKey drops initials ("William J. Burns" -> "william burns").
func personKey(s string) string {
	ws := nameWords(s)
	out := ws[:0]
	for i, w := range ws {
		if len([]rune(w)) == 1 && i > 0 && i < len(ws)-1 {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// Slug makes a readable ID from a name: "Antony Blinken" -> "antony-blinken",
// "Türkiye" -> "turkiye".
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		r = foldRune(unicode.ToLower(r))
		if r == '.' || r == '\'' || r == '’' {
			continue
		}
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "entity"
	}
	return b.String()
}

// mref is one name mention during linking.
type mref struct {
	doc, idx int
	surface  string
	key      string // final canonical key
	label    label
}

// acronymOf returns the initials of a multi-word name, skipping small
// function words: "United Nations Relief and Works Agency" -> "unrwa".
func acronymOf(words []string) string {
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		switch w {
		case "of", "and", "for", "the", "on", "in", "to", "de":
			continue
		}
		b.WriteString(w[:1])
	}
	return b.String()
}

// link resolves every name mention to a canonical entity. It returns the
// entities by ID and, per document and name, the entity ID.
func link(docs []*artDoc) (map[string]*corpus.Entity, [][]string) {
	aliases := aliasIndex()
	var refs []*mref
	perDoc := make([][]*mref, len(docs))
	// Corpus-wide indexes: full person names by last word, long names by
	// acronym.
	surnames := map[string]map[string]bool{}
	acronyms := map[string]map[string]bool{}
	for i, doc := range docs {
		for j, s := range doc.names {
			r := &mref{doc: i, idx: j, surface: doc.textOf(s.From, s.To), label: s.Label}
			if s.Label == labelPER {
				r.key = personKey(r.surface)
			} else {
				r.key = nameKey(r.surface)
			}
			if a, ok := aliases[r.key]; ok {
				r.key = nameKey(a)
			}
			if r.key == "" {
				r.key = strings.ToLower(r.surface)
			}
			refs = append(refs, r)
			perDoc[i] = append(perDoc[i], r)
			ws := strings.Fields(r.key)
			if s.Label == labelPER && len(ws) >= 2 {
				last := ws[len(ws)-1]
				if surnames[last] == nil {
					surnames[last] = map[string]bool{}
				}
				surnames[last][r.key] = true
			}
			if s.Label != labelPER && len(ws) >= 2 {
				if ac := acronymOf(ws); len(ac) >= 2 {
					if acronyms[ac] == nil {
						acronyms[ac] = map[string]bool{}
					}
					acronyms[ac][r.key] = true
				}
			}
		}
	}
	only := func(m map[string]bool) (string, bool) {
		if len(m) != 1 {
			return "", false
		}
		for k := range m {
			return k, true
		}
		return "", false
	}
	// Short forms: prefer a full name in the same article, then a unique
	// one in the corpus.
	for _, rs := range perDoc {
		local := map[string]map[string]int{} // last word -> full key -> count
		localAcr := map[string]map[string]bool{}
		for _, r := range rs {
			ws := strings.Fields(r.key)
			if r.label == labelPER && len(ws) >= 2 {
				last := ws[len(ws)-1]
				if local[last] == nil {
					local[last] = map[string]int{}
				}
				local[last][r.key]++
			}
			if r.label != labelPER && len(ws) >= 2 {
				if ac := acronymOf(ws); len(ac) >= 2 {
					if localAcr[ac] == nil {
						localAcr[ac] = map[string]bool{}
					}
					localAcr[ac][r.key] = true
				}
			}
		}
		for _, r := range rs {
			ws := strings.Fields(r.key)
			if len(ws) != 1 {
				continue
			}
			w := ws[0]
			if r.label == labelPER || local[w] != nil {
				if c := local[w]; len(c) > 0 {
					r.key = mostFrequent(c)
					continue
				}
				if k, ok := only(surnames[w]); ok {
					r.key = k
					continue
				}
			}
			if r.label != labelPER {
				if k, ok := only(localAcr[w]); ok {
					r.key = k
				} else if k, ok := only(acronyms[w]); ok {
					r.key = k
				}
			}
		}
	}
	// One type per name in an article: the article's majority.
	for i, rs := range perDoc {
		votes := map[string]*[numLabels]int{}
		for _, r := range rs {
			if votes[r.key] == nil {
				votes[r.key] = &[numLabels]int{}
			}
			votes[r.key][r.label]++
		}
		for _, r := range rs {
			v := votes[r.key]
			best := r.label
			for l := labelPER; l < numLabels; l++ {
				if v[l] > v[best] {
					best = l
				}
			}
			r.label = best
			docs[i].names[r.idx].Label = best
		}
	}
	// Group by key and type: display name, aliases. A name seen with two
	// types ("Jordan" the place and the person) makes two entities; the
	// more frequent keeps the plain ID.
	type group struct {
		key      string
		label    label
		n        int
		surfaces map[string]int
	}
	type gk struct {
		key   string
		label label
	}
	groups := map[gk]*group{}
	for _, r := range refs {
		g := groups[gk{r.key, r.label}]
		if g == nil {
			g = &group{key: r.key, label: r.label, surfaces: map[string]int{}}
			groups[gk{r.key, r.label}] = g
		}
		g.n++
		g.surfaces[r.surface]++
	}
	list := make([]*group, 0, len(groups))
	for _, g := range groups {
		list = append(list, g)
	}
	sort.Slice(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.key != b.key {
			return a.key < b.key
		}
		if a.n != b.n {
			return a.n > b.n
		}
		return a.label < b.label
	})
	ents := map[string]*corpus.Entity{}
	idOf := map[gk]string{}
	for _, g := range list {
		name := ""
		if a, ok := aliases[g.key]; ok {
			name = a
		} else {
			name = displayName(g.surfaces, g.label)
		}
		id := Slug(name)
		if ents[id] != nil {
			id = Slug(name) + "-" + strings.ToLower(labelType(g.label).String())
		}
		for n := 2; ents[id] != nil; n++ {
			id = Slug(name) + "-" + itoa(n)
		}
		e := &corpus.Entity{ID: id, Name: name, Type: labelType(g.label)}
		for s := range g.surfaces {
			if s != name {
				e.Aliases = append(e.Aliases, s)
			}
		}
		sort.Strings(e.Aliases)
		ents[id] = e
		idOf[gk{g.key, g.label}] = id
	}
	ids := make([][]string, len(docs))
	for i, rs := range perDoc {
		ids[i] = make([]string, len(rs))
		for j, r := range rs {
			ids[i][j] = idOf[gk{r.key, r.label}]
		}
	}
	return ents, ids
}

// mostFrequent returns the key seen most often (ties: longest, then first
// in order).
func mostFrequent(c map[string]int) string {
	best, bestN := "", -1
	for k, n := range c {
		if n > bestN || n == bestN && (len(k) > len(best) || len(k) == len(best) && k < best) {
			best, bestN = k, n
		}
	}
	return best
}

// displayName picks the name to show: the longest surface form for a person
// ("Antony Blinken" over "Blinken"), else the most frequent; possessives and
// a leading "the" removed.
func displayName(surfaces map[string]int, l label) string {
	best, bestN := "", -1
	for s, n := range surfaces {
		s = cleanSurface(s)
		switch {
		case l == labelPER && len(nameWords(s)) != len(nameWords(best)):
			if len(nameWords(s)) > len(nameWords(best)) {
				best, bestN = s, n
			}
		case n > bestN || n == bestN && (len(s) > len(best) || len(s) == len(best) && s < best):
			best, bestN = s, n
		}
	}
	return best
}

func cleanSurface(s string) string {
	for _, suf := range []string{"'s", "’s"} {
		s = strings.TrimSuffix(s, suf)
	}
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimPrefix(s, "The ")
	return strings.TrimSpace(s)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
