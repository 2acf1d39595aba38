package main

import (
	"fmt"

	"diptych/build/pipeline"
)

// runIndex builds the index file the app embeds.
func runIndex(env *cmdEnv, args []string) error {
	fs := newFlagSet(env, "index", "-corpus PATH -out FILE [-skip-invalid]")
	corpusPath := fs.String("corpus", "corpus/articles", "corpus `path`: a folder of articles or a JSON Lines file")
	out := fs.String("out", "app/index.bin", "index `file` to write (replaced atomically)")
	skip := fs.Bool("skip-invalid", false, "build the valid articles and list the skipped ones, instead of failing on any bad input")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q (use -corpus PATH)", fs.Arg(0))}
	}
	opts := pipeline.Options{SkipInvalid: *skip}
	if env.stderrIsTerminal {
		opts.Progress = env.stderr
	}
	data, rep, err := pipeline.Build(*corpusPath, opts)
	if err != nil {
		return err
	}
	for _, p := range rep.Ingest.Skipped {
		fmt.Fprintf(env.stderr, "skipped %s\n", p)
	}
	for _, d := range rep.Ingest.Duplicates {
		fmt.Fprintf(env.stderr, "duplicate: %v\n", d)
	}
	if err := writeFileAtomic(*out, data); err != nil {
		return err
	}
	fmt.Fprintf(env.stderr, "index: %d articles, %d entities, %d bytes -> %s\n", rep.Articles, rep.Entities, len(data), *out)
	return nil
}
