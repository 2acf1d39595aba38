// Package hostile writes Diptych's hostile test corpus: the committed cases
// of testdata/hostile plus the two generated ones too big to commit (one
// paragraph of 1 MiB and 10,000 one-line articles). The build's tests and
// the browser tests both use it, so they test the same corpus.
//
// It is for tests only; nothing in the app or the build command imports it.
package hostile

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Sizes of the generated cases (testdata/hostile/README.md).
const (
	// BigParagraph is the length in bytes of big-paragraph.txt's paragraph.
	BigParagraph = 1 << 20
	// ManyArticles is the number of one-line articles in many.jsonl.
	ManyArticles = 10000
)

// Write copies the files of src (testdata/hostile, without its README) into
// dir and generates big-paragraph.txt and many.jsonl there. The generated
// text comes from a fixed linear congruential sequence, so every run writes
// the same corpus.
func Write(src, dir string) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return fmt.Errorf("hostile corpus: %w", err)
	}
	for _, e := range entries {
		if e.IsDir() || e.Name() == "README.md" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			return fmt.Errorf("hostile corpus: %w", err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			return fmt.Errorf("hostile corpus: %w", err)
		}
	}
	words := strings.Fields("harbour council ferry market bridge tunnel road school hospital budget vote strike rain storm river bank price train bus park library museum festival court police mayor minister report plan water power street")
	seed := uint32(1)
	word := func() string {
		seed = seed*1664525 + 1013904223
		return words[int(seed>>16)%len(words)]
	}
	sentence := func(n int) string {
		var b strings.Builder
		b.WriteString("The " + word())
		for range n {
			b.WriteString(" " + word())
		}
		return b.String()
	}
	var big strings.Builder
	big.WriteString("A single paragraph of a megabyte\n12 June 2024\n\n")
	for n := 0; n < BigParagraph; {
		s := sentence(14) + ". "
		big.WriteString(s)
		n += len(s)
	}
	big.WriteString("\n")
	if err := os.WriteFile(filepath.Join(dir, "big-paragraph.txt"), []byte(big.String()), 0o644); err != nil {
		return fmt.Errorf("hostile corpus: %w", err)
	}
	var many strings.Builder
	for i := range ManyArticles {
		fmt.Fprintf(&many, `{"id": "row-%05d", "title": "One-line article %05d", "text": "%s."}`+"\n", i, i, sentence(11))
	}
	if err := os.WriteFile(filepath.Join(dir, "many.jsonl"), []byte(many.String()), 0o644); err != nil {
		return fmt.Errorf("hostile corpus: %w", err)
	}
	return nil
}
