package compare

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"diptych/build/ingest"
	"diptych/corpus"
)

// seedFixture is testdata/compare/seeds.json: hand annotations of the seed
// articles standing in for build/ingest and build/ner.
type seedFixture struct {
	Entities []corpus.Entity `json:"entities"`
	Articles []struct {
		File   string `json:"file"`
		Key    string `json:"key"`
		Quotes []struct {
			Text        string `json:"text"`
			Speaker     string `json:"speaker"`
			SpeakerText string `json:"speaker_text"`
		} `json:"quotes"`
		Figures []struct {
			Text      string `json:"text"`
			Value     string `json:"value"`
			Unit      string `json:"unit"`
			Qualifier string `json:"qualifier"`
		} `json:"figures"`
	} `json:"articles"`
}

// seeds are the annotated seed articles by key (their file name's number,
// "000".."004") and their entities.
type seeds struct {
	articles map[string]*corpus.Article
	ordered  []corpus.Article
	keys     []string
	entities map[string]corpus.Entity
}

func (s *seeds) lookup(id string) (corpus.Entity, bool) {
	e, ok := s.entities[id]
	return e, ok
}

// loadSeeds loads the seed corpus with build/ingest (the real loader) and
// annotates it from the fixture: the stand-in for build/ner.
func loadSeeds(t testing.TB) *seeds {
	t.Helper()
	b, err := os.ReadFile("../../testdata/compare/seeds.json")
	require.NoError(t, err)
	var fx seedFixture
	require.NoError(t, json.Unmarshal(b, &fx))
	res, err := ingest.Load("../../corpus/articles", ingest.Options{})
	require.NoError(t, err)
	byFile := map[string]corpus.Article{}
	for _, a := range res.Articles {
		byFile[filepath.Base(a.File)] = a
	}
	s := &seeds{articles: map[string]*corpus.Article{}, entities: map[string]corpus.Entity{}}
	for _, e := range fx.Entities {
		s.entities[e.ID] = e
	}
	for _, fa := range fx.Articles {
		a, ok := byFile[fa.File]
		require.True(t, ok, "ingest did not load %s", fa.File)
		a.Mentions = findMentions(&a, fx.Entities)
		a.Quotes, a.Figures = nil, nil
		for _, q := range fa.Quotes {
			sp := findSpan(t, &a, q.Text)
			a.Quotes = append(a.Quotes, corpus.Quote{Span: sp, Speaker: q.Speaker, SpeakerText: q.SpeakerText})
		}
		for _, f := range fa.Figures {
			sp := findSpan(t, &a, f.Text)
			a.Figures = append(a.Figures, corpus.Figure{Span: sp, Value: f.Value, Unit: f.Unit, Qualifier: f.Qualifier})
		}
		slices.SortFunc(a.Quotes, func(x, y corpus.Quote) int { return spanCmp(x.Span, y.Span) })
		slices.SortFunc(a.Figures, func(x, y corpus.Figure) int { return spanCmp(x.Span, y.Span) })
		s.ordered = append(s.ordered, a)
		s.keys = append(s.keys, fa.Key)
	}
	for i := range s.ordered {
		s.articles[s.keys[i]] = &s.ordered[i]
	}
	return s
}

func spanCmp(a, b corpus.Span) int {
	if a.Para != b.Para {
		return a.Para - b.Para
	}
	return a.Start - b.Start
}

// findMentions finds every whole-word occurrence of every alias, longest
// aliases first, never overlapping.
func findMentions(a *corpus.Article, entities []corpus.Entity) []corpus.Mention {
	type alias struct {
		text string
		e    corpus.Entity
	}
	var aliases []alias
	for _, e := range entities {
		for _, t := range e.Aliases {
			aliases = append(aliases, alias{t, e})
		}
	}
	slices.SortStableFunc(aliases, func(x, y alias) int { return len(y.text) - len(x.text) })
	var out []corpus.Mention
	for pi, p := range a.Paragraphs {
		taken := make([]bool, len(p))
		for _, al := range aliases {
			for off := 0; ; {
				i := strings.Index(p[off:], al.text)
				if i < 0 {
					break
				}
				s, e := off+i, off+i+len(al.text)
				off = e
				if slices.Contains(taken[s:e], true) || !boundary(p, s, e) {
					continue
				}
				for k := s; k < e; k++ {
					taken[k] = true
				}
				out = append(out, corpus.Mention{Span: corpus.Span{Para: pi, Start: s, End: e}, Type: al.e.Type, Entity: al.e.ID})
			}
		}
	}
	slices.SortFunc(out, func(x, y corpus.Mention) int { return spanCmp(x.Span, y.Span) })
	return out
}

func boundary(p string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(p[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(p) {
		r, _ := utf8.DecodeRuneInString(p[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func findSpan(t testing.TB, a *corpus.Article, text string) corpus.Span {
	t.Helper()
	for pi, p := range a.Paragraphs {
		if i := strings.Index(p, text); i >= 0 {
			return corpus.Span{Para: pi, Start: i, End: i + len(text)}
		}
	}
	require.Failf(t, "annotation not found", "%s: no %q in the body", a.ID, text)
	return corpus.Span{}
}

// sentenceText returns the text of sentence i of side s.
func sentenceText(s Side, i int) string {
	if i < 0 || i >= len(s.Sentences) {
		return ""
	}
	return s.Sentences[i].Span.Text(s.Article)
}

// report renders c as plain text for goldens and eyeballing: each row with
// its sentences, a pair's diff marked [-deleted-] and {+inserted+}.
func report(c *Comparison) string {
	var b strings.Builder
	fmt.Fprintf(&b, "compare %s (%d words, %d sentences) | %s (%d words, %d sentences)\n",
		c.Left.ID, c.Left.Words, len(c.Left.Sentences), c.Right.ID, c.Right.Words, len(c.Right.Sentences))
	fmt.Fprintf(&b, "similarity %.3f coverage %.3f dates_known %v days_apart %d\n\n", c.Similarity, c.Coverage, c.DatesKnown, c.DaysApart)
	for ri, r := range c.Rows {
		switch r.Kind {
		case Aligned:
			p := c.Pairs[r.Pair]
			fmt.Fprintf(&b, "%3d aligned %.3f L%d R%d\n    %s\n", ri, p.Score, r.Left, r.Right, renderDiff(c, p))
		case MovedLeft, MovedRight:
			p := c.Pairs[r.Pair]
			fmt.Fprintf(&b, "%3d %s %.3f L%d R%d: %s\n", ri, r.Kind, p.Score, p.Left, p.Right, rowText(c, r))
		default:
			fmt.Fprintf(&b, "%3d %s: %s\n", ri, r.Kind, rowText(c, r))
		}
	}
	b.WriteString("\nentities\n")
	for _, set := range []struct {
		name string
		refs []EntityRef
	}{{"shared", c.Entities.Shared}, {"only-left", c.Entities.OnlyLeft}, {"only-right", c.Entities.OnlyRight}} {
		var names []string
		for _, e := range set.refs {
			names = append(names, fmt.Sprintf("%s(%d/%d)", e.ID, e.Left, e.Right))
		}
		fmt.Fprintf(&b, "  %s: %s\n", set.name, strings.Join(names, " "))
	}
	b.WriteString("\nfigures\n")
	for _, p := range c.Figures.Pairs {
		fmt.Fprintf(&b, "  %s %.3f differs=%v earlier=%q: %q [%s, %s] | %q [%s, %s]\n", p.Measure, p.Score, p.Differs, p.Earlier,
			p.Left.Text, p.Left.Date, p.Left.Attribution, p.Right.Text, p.Right.Date, p.Right.Attribution)
	}
	for _, f := range c.Figures.OnlyLeft {
		fmt.Fprintf(&b, "  only-left %q\n", f.Text)
	}
	for _, f := range c.Figures.OnlyRight {
		fmt.Fprintf(&b, "  only-right %q\n", f.Text)
	}
	b.WriteString("\nquotes\n")
	for _, g := range c.Quotes {
		fmt.Fprintf(&b, "  %s (%s): %d left, %d right\n", g.Name, g.Speaker, len(g.Left), len(g.Right))
		for _, q := range g.Left {
			fmt.Fprintf(&b, "    L %q\n", q.Text)
		}
		for _, q := range g.Right {
			fmt.Fprintf(&b, "    R %q\n", q.Text)
		}
	}
	for _, w := range c.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	return b.String()
}

func rowText(c *Comparison, r Row) string {
	if r.Left >= 0 {
		return sentenceText(c.Left, r.Left)
	}
	return sentenceText(c.Right, r.Right)
}

// renderDiff shows a pair as one text: equal words once, left-only words
// as [-...-], right-only words as {+...+}.
func renderDiff(c *Comparison, p Pair) string {
	lp := c.Left.Article.Paragraphs[c.Left.Sentences[p.Left].Para]
	rp := c.Right.Article.Paragraphs[c.Right.Sentences[p.Right].Para]
	var parts []string
	for _, op := range p.Diff {
		switch op.Kind {
		case Equal:
			parts = append(parts, lp[op.Left.Start:op.Left.End])
		case Delete:
			parts = append(parts, "[-"+lp[op.Left.Start:op.Left.End]+"-]")
		case Insert:
			parts = append(parts, "{+"+rp[op.Right.Start:op.Right.End]+"+}")
		}
	}
	return strings.Join(parts, " ")
}
