package ingest

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Problem is one bad input: the file (and, for JSON Lines, the 1-based line)
// and what is wrong with it. Line is 0 when the problem concerns the whole
// file.
type Problem struct {
	// File is the input's path as given to Load joined with its path in the
	// corpus ("corpus/articles/003.txt"), or, for a warning about a group of
	// articles, the group ("source \"ICARO Media Group\"").
	File string
	// Line is the 1-based JSON Lines row, or 0.
	Line int
	// Msg says what is wrong, naming the offending value.
	Msg string
}

// String returns "file:line: msg", or "file: msg" when Line is 0.
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// Error returns the same text as String, so a Problem can be used as an error.
func (p Problem) Error() string { return p.String() }

// ProblemsError is the error Load returns without Options.SkipInvalid when
// any input is bad. It lists every problem found, not only the first.
type ProblemsError struct {
	// Path is the corpus path given to Load.
	Path string
	// Problems are sorted by file, then line.
	Problems []Problem
}

// Error lists every problem, one per line.
func (e *ProblemsError) Error() string {
	var b strings.Builder
	n := len(e.Problems)
	plural := "s"
	if n == 1 {
		plural = ""
	}
	fmt.Fprintf(&b, "load corpus %s: %d bad input%s (nothing was built; -skip-invalid builds the rest):", e.Path, n, plural)
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.String())
	}
	return b.String()
}

// sortProblems orders problems by file, then line, then message, so that
// reports are deterministic.
func sortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Msg, b.Msg))
	})
}
