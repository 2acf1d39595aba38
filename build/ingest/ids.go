package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// maxSlugWords and maxSlugLen bound an ID's length.
const (
	maxSlugWords = 7
	maxSlugLen   = 60
)

// slugStopwords are left out of title slugs so that IDs carry the
// significant words.
var slugStopwords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "and": true, "or": true, "by": true, "with": true, "from": true,
	"is": true, "are": true, "as": true, "its": true, "s": true,
}

// slugify turns s into lower-case ASCII words joined by "-": accents are
// removed ("Türkiye" becomes "turkiye"), other characters separate words.
// With limit, stopwords are dropped and at most maxSlugWords words kept.
func slugify(s string, limit bool) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	if folded, _, err := transform.String(t, s); err == nil {
		s = folded
	}
	var ws []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			ws = append(ws, cur.String())
			cur.Reset()
		}
	}
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			cur.WriteRune(r)
		case r == '\'' || r == '’':
			// "Blinken's" -> "blinkens"
		default:
			flush()
		}
	}
	flush()
	var out []string
	n := 0
	for _, w := range ws {
		if limit && (slugStopwords[w] || n >= maxSlugWords) {
			continue
		}
		if n > 0 && len(strings.Join(out, "-"))+1+len(w) > maxSlugLen {
			break
		}
		out = append(out, w)
		n++
	}
	return strings.Join(out, "-")
}

// baseSlug is an article's ID before collisions are resolved: the slug of
// its explicit id when it has one, else of its title, else of its file name.
func baseSlug(d *doc) string {
	if d.idHint != "" {
		if s := slugify(d.idHint, false); s != "" && len(s) <= maxSlugLen {
			return s
		}
	}
	if s := slugify(d.art.Title, true); s != "" {
		return s
	}
	name := d.art.File
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	if s := slugify(name, true); s != "" {
		return s
	}
	return "article"
}

// assignIDs gives every doc a unique ID. An ID depends only on the article
// itself: its base slug, and, when several articles share a base slug, a
// suffix of 6 hex digits of the SHA-256 of its own key (its file, or its
// JSON Lines id or content). So adding or removing an article never changes
// another article's ID, except that articles whose base slug it shares gain
// (or lose) their suffix.
func assignIDs(docs []*doc, l *loader) {
	groups := map[string][]*doc{}
	for _, d := range docs {
		s := baseSlug(d)
		groups[s] = append(groups[s], d)
	}
	slugs := make([]string, 0, len(groups))
	for s := range groups {
		slugs = append(slugs, s)
	}
	slices.Sort(slugs)
	used := map[string]bool{}
	for _, s := range slugs {
		if g := groups[s]; len(g) == 1 {
			g[0].art.ID = s
			used[s] = true
		}
	}
	for _, s := range slugs {
		g := groups[s]
		if len(g) == 1 {
			continue
		}
		slices.SortFunc(g, func(a, b *doc) int { return strings.Compare(a.key, b.key) })
		for _, d := range g {
			sum := sha256.Sum256([]byte(d.key))
			h := hex.EncodeToString(sum[:])
			id := ""
			for n := 6; n <= len(h); n += 2 {
				id = s + "-" + h[:n]
				if !used[id] {
					break
				}
			}
			if used[id] { // same key twice: identical rows of one file
				sum = sha256.Sum256([]byte(d.art.File))
				id = s + "-" + hex.EncodeToString(sum[:])[:12]
			}
			used[id] = true
			d.art.ID = id
			if d.idHint != "" {
				l.warn(d.path, d.line, "id "+quote(d.idHint)+" is not unique in the corpus: ID "+id+" given")
			}
		}
	}
}
