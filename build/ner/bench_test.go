package ner

import (
	"testing"

	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

// BenchmarkAnnotate measures extraction throughput (names, dates, figures,
// quotes and linking) on the seed corpus, in tokens per second on one core.
func BenchmarkAnnotate(b *testing.B) {
	x, err := Load()
	require.NoError(b, err)
	seeds := loadSeeds(b)
	tokens := 0
	for _, a := range seeds {
		for _, p := range a.Paragraphs {
			tokens += len(Tokenize(p))
		}
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	for i := 0; i < b.N; i++ {
		arts := make([]corpus.Article, len(seeds))
		copy(arts, seeds)
		_, err := x.Annotate(arts)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
	// With GOMAXPROCS=1 (-cpu 1) CPU time is single-core time, which stays
	// meaningful when other processes share the machine.
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(tokens*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

// BenchmarkTokenize measures the tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	seeds := loadSeeds(b)
	tokens := 0
	for i := 0; i < b.N; i++ {
		for _, a := range seeds {
			for _, p := range a.Paragraphs {
				tokens += len(Tokenize(p))
			}
		}
	}
	b.ReportMetric(float64(tokens)/b.Elapsed().Seconds(), "tokens/s")
}
