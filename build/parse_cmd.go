package main

import (
	"bufio"
	"encoding/json"
	"fmt"

	"diptych/build/ingest"
)

// parseCmd prints what a corpus becomes: one JSON object per article (the
// fields the index will hold), in ID order, on stdout; skipped inputs,
// duplicates and warnings go to stderr.
var parseCmd = command{
	name:    "parse",
	summary: "parse a corpus and print its articles as JSON Lines",
	run:     runParse,
}

func runParse(env *cmdEnv, args []string) error {
	fs := newFlagSet(env, "parse", "[-corpus PATH] [-skip-invalid] [-q]")
	corpusPath := fs.String("corpus", "corpus/articles", "corpus `path`: a folder (read recursively) or one .txt, .md, .html or .jsonl file")
	skip := fs.Bool("skip-invalid", false, "build the valid articles and list the skipped ones, instead of failing on any bad input")
	quiet := fs.Bool("q", false, "do not list warnings and duplicates on stderr")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q (use -corpus PATH)", fs.Arg(0))}
	}
	opts := ingest.Options{SkipInvalid: *skip}
	if env.stderrIsTerminal {
		opts.Progress = env.stderr
	}
	res, err := ingest.Load(*corpusPath, opts)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(env.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range res.Articles {
		if err := enc.Encode(&res.Articles[i]); err != nil {
			return fmt.Errorf("write articles: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write articles: %w", err)
	}
	for _, p := range res.Skipped {
		fmt.Fprintf(env.stderr, "skipped %s\n", p)
	}
	if !*quiet {
		for _, p := range res.Warnings {
			fmt.Fprintf(env.stderr, "warning: %s\n", p)
		}
		for _, d := range res.Duplicates {
			kind := "near duplicates"
			if d.Exact {
				kind = "exact duplicates"
			}
			fmt.Fprintf(env.stderr, "%s: %s and %s (similarity %.2f)\n", kind, d.A, d.B, d.Similarity)
		}
	}
	fmt.Fprintf(env.stderr, "parse: %d articles, %d skipped, %d duplicate pairs, %d warnings\n",
		len(res.Articles), len(res.Skipped), len(res.Duplicates), len(res.Warnings))
	return nil
}
