package ingest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cranfield is the evaluation corpus shared by the sessions, if present.
const cranfield = "../../../shared/data/cranfield/corpus.jsonl"

func BenchmarkLoadSeeds(b *testing.B) {
	for b.Loop() {
		if _, err := Load("../../corpus/articles", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadGenerated loads 2,000 generated raw text articles of about
// 600 words in 20 folders (a corpus of the size Diptych is designed for).
func BenchmarkLoadGenerated(b *testing.B) {
	dir := b.TempDir()
	rng := rand.New(rand.NewPCG(1, 2))
	words := make([]string, 3000) // a Zipf-like vocabulary of made-up words
	for i := range words {
		words[i] = fmt.Sprintf("w%x", i*2654435761%100003)
	}
	for i := range 2000 {
		var sb strings.Builder
		fmt.Fprintf(&sb, "Story %d about the harbour plan and its costs\n%d June 2024 10:%02d\n\n", i, 1+i%28, i%60)
		for p := range 20 {
			for range 30 {
				sb.WriteString(words[int(float64(len(words))*rng.Float64()*rng.Float64())])
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "number %d.\n\n", i*100+p)
		}
		sb.WriteString("Share your opinion\n")
		p := filepath.Join(dir, fmt.Sprintf("f%02d", i%20), fmt.Sprintf("%04d.txt", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := Load(dir, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadCranfield(b *testing.B) {
	if _, err := os.Stat(cranfield); err != nil {
		b.Skip("Cranfield corpus not present:", err)
	}
	for b.Loop() {
		if _, err := Load(cranfield, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
