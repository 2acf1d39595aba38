package compare

import (
	"fmt"
	"strings"
	"testing"

	"diptych/corpus"
)

// concat joins articles into one, shifting their spans: a way to make
// ~1,000-word articles from the seeds without committing other text.
func concat(id string, parts ...*corpus.Article) *corpus.Article {
	out := &corpus.Article{ID: id, Title: parts[0].Title, Published: parts[0].Published}
	for _, p := range parts {
		off := len(out.Paragraphs)
		out.Paragraphs = append(out.Paragraphs, p.Paragraphs...)
		for _, m := range p.Mentions {
			m.Para += off
			out.Mentions = append(out.Mentions, m)
		}
		for _, q := range p.Quotes {
			q.Para += off
			out.Quotes = append(out.Quotes, q)
		}
		for _, f := range p.Figures {
			f.Para += off
			out.Figures = append(out.Figures, f)
		}
	}
	return out
}

// thousandWordPair returns two articles of about 1,000 words each made of
// seeds 002+003 and 004+000.
func thousandWordPair(b *testing.B) (*corpus.Article, *corpus.Article) {
	s := loadSeeds(b)
	l := concat("left", s.articles["002"], s.articles["003"])
	r := concat("right", s.articles["004"], s.articles["000"])
	return l, r
}

func wordCount(a *corpus.Article) int {
	n := 0
	for _, p := range a.Paragraphs {
		n += len(strings.Fields(p))
	}
	return n
}

// BenchmarkCompare1000Words is the budget: two ~1,000-word
// articles compared in under 30 ms in the browser. Run it as WebAssembly
// with `make bench-compare-wasm` (see the report) to get the browser figure.
func BenchmarkCompare1000Words(b *testing.B) {
	l, r := thousandWordPair(b)
	b.ReportMetric(float64(wordCount(l)), "left-words")
	b.ReportMetric(float64(wordCount(r)), "right-words")
	b.ResetTimer()
	for b.Loop() {
		Compare(l, r, Options{})
	}
}

// BenchmarkComparerWarm is the same with one Comparer reused, as a UI
// session does: stems are cached after the first comparison.
func BenchmarkComparerWarm(b *testing.B) {
	l, r := thousandWordPair(b)
	cm := NewComparer()
	cm.Compare(l, r, Options{})
	b.ResetTimer()
	for b.Loop() {
		cm.Compare(l, r, Options{})
	}
}

// BenchmarkCompareStored is BenchmarkCompare1000Words as the app
// compares: the articles' breakdowns read from the index (see
// StoredSentences), with the stored document vectors; "fresh" with a new
// Comparer each time, "warm" with one reused.
func BenchmarkCompareStored(b *testing.B) {
	ix := seedIndex(b)
	i, _ := ix.Position("long-left")
	j, _ := ix.Position("long-right")
	l, r := &ix.Articles[i], &ix.Articles[j]
	ld, rd := StoredDoc(ix, i), StoredDoc(ix, j)
	opt := Options{Index: ix, LeftDoc: &ld, RightDoc: &rd}
	b.ReportMetric(float64(wordCount(l)), "left-words")
	b.ReportMetric(float64(wordCount(r)), "right-words")
	b.Run("fresh", func(b *testing.B) {
		for b.Loop() {
			NewComparer().Compare(l, r, opt)
		}
	})
	b.Run("warm", func(b *testing.B) {
		cm := NewComparer()
		for b.Loop() {
			cm.Compare(l, r, opt)
		}
	})
}

func BenchmarkSplitSentences(b *testing.B) {
	l, _ := thousandWordPair(b)
	b.ResetTimer()
	for b.Loop() {
		SplitSentences(l)
	}
}

// BenchmarkRelated scores a synthetic corpus of n articles, each a
// different mix of seed paragraphs, as `build related` does.
func BenchmarkRelated(b *testing.B) {
	s := loadSeeds(b)
	var paras []string
	for _, a := range s.ordered {
		paras = append(paras, a.Paragraphs...)
	}
	for _, n := range []int{100, 1000} {
		arts := make([]corpus.Article, n)
		for i := range arts {
			arts[i].ID = fmt.Sprintf("a%04d", i)
			for k := range 6 {
				arts[i].Paragraphs = append(arts[i].Paragraphs, paras[(i*7+k*(i%5+1))%len(paras)])
			}
		}
		b.Run(fmt.Sprintf("n=%d/vectors", n), func(b *testing.B) {
			for b.Loop() {
				Vectors(arts, DefaultVectorParams)
			}
		})
		docs := Vectors(arts, DefaultVectorParams)
		b.Run(fmt.Sprintf("n=%d/related", n), func(b *testing.B) {
			for b.Loop() {
				Related(docs, 10)
			}
		})
	}
}

// BenchmarkCompareStages times each stage of Compare on the 1,000-word
// pair, to see where the budget goes.
func BenchmarkCompareStages(b *testing.B) {
	l, r := thousandWordPair(b)
	var text []string
	text = append(text, l.Paragraphs...)
	text = append(text, r.Paragraphs...)
	b.Run("words-cold", func(b *testing.B) {
		for b.Loop() {
			an := newAnalyser()
			for _, p := range text {
				an.words(p)
			}
		}
	})
	b.Run("words-warm", func(b *testing.B) {
		an := newAnalyser()
		for b.Loop() {
			for _, p := range text {
				an.words(p)
			}
		}
	})
	an := newAnalyser()
	la, ra := an.analyse(l), an.analyse(r)
	b.Run("analyse", func(b *testing.B) {
		for b.Loop() {
			an := newAnalyser()
			an.analyse(l)
			an.analyse(r)
		}
	})
	b.Run("figures", func(b *testing.B) {
		for b.Loop() {
			pairFigures(la, ra, similarityMatrix(la, ra, 1))
		}
	})
	b.Run("align", func(b *testing.B) {
		for b.Loop() {
			align(la, ra, similarityMatrix(la, ra, 1), nil, DefaultAlignParams)
		}
	})
	pairs, _ := align(la, ra, similarityMatrix(la, ra, 1), nil, DefaultAlignParams)
	b.Run("diff", func(b *testing.B) {
		for b.Loop() {
			for _, p := range pairs {
				diffWords(la.sentWords[p.Left], ra.sentWords[p.Right])
			}
		}
	})
	b.Run("docsim", func(b *testing.B) {
		for b.Loop() {
			pairSimilarity(la, ra)
		}
	})
	b.Logf("terms %d sentences %d+%d pairs %d", len(an.ids), len(la.sentences), len(ra.sentences), len(pairs))
}

// BenchmarkNewStory lays out the five seeds, with and without figure
// series.
func BenchmarkNewStory(b *testing.B) {
	s := loadSeeds(b)
	var arts []*corpus.Article
	for i := range s.ordered {
		arts = append(arts, &s.ordered[i])
	}
	vals := make([]corpus.Article, len(arts))
	for i, a := range arts {
		vals[i] = *a
	}
	docs := Vectors(vals, DefaultVectorParams)
	b.Run("matrix", func(b *testing.B) {
		for b.Loop() {
			NewStory(arts, docs, StoryOptions{})
		}
	})
	b.Run("figures", func(b *testing.B) {
		for b.Loop() {
			NewStory(arts, docs, StoryOptions{Figures: true})
		}
	})
}

// BenchmarkRank ranks 1,000 synthetic articles against one, as the
// "compare with" list does in the browser from stored vectors.
func BenchmarkRank(b *testing.B) {
	s := loadSeeds(b)
	var paras []string
	for _, a := range s.ordered {
		paras = append(paras, a.Paragraphs...)
	}
	arts := make([]corpus.Article, 1000)
	for i := range arts {
		arts[i].ID = fmt.Sprintf("a%04d", i)
		for k := range 6 {
			arts[i].Paragraphs = append(arts[i].Paragraphs, paras[(i*7+k*(i%5+1))%len(paras)])
		}
	}
	docs := Vectors(arts, DefaultVectorParams)
	b.ResetTimer()
	for b.Loop() {
		Rank(&docs[0], docs, 20)
	}
}
