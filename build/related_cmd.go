package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"

	"diptych/app/compare"
	"diptych/corpus/index"
)

// relatedCmd prints, for every article of an index, the articles most like
// it, scored by compare.Similarity: the same measure the app's comparison
// view ranks its "compare with" list by.
var relatedCmd = command{
	name:    "related",
	summary: "print each article's most similar articles as JSON Lines",
	run:     runRelated,
}

// relatedLine is one line of `build related` output.
type relatedLine struct {
	ID      string             `json:"id"`
	Related []compare.Neighbor `json:"related"`
}

func runRelated(env *cmdEnv, args []string) error {
	fs := newFlagSet(env, "related", "-index FILE [-k N]")
	indexPath := fs.String("index", "", "index `file` written by 'go run ./build index'")
	k := fs.Int("k", 10, "list at most `N` related articles per article (0 or more)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usageError{fmt.Sprintf("unexpected argument %q (use -index FILE)", fs.Arg(0))}
	case *indexPath == "":
		return usageError{"missing -index FILE"}
	case *k < 0:
		return usageError{fmt.Sprintf("-k %d: want 0 or more", *k)}
	}
	data, err := os.ReadFile(*indexPath)
	if err != nil {
		return fmt.Errorf("read index: %w", err)
	}
	ix, err := index.Decode(string(data))
	if err != nil {
		return fmt.Errorf("read index %s: %w", *indexPath, err)
	}
	// The stored vectors, not vectors recomputed from the articles: the app
	// scores with these, so the two always agree.
	docs := compare.StoredDocs(ix)
	related := compare.Related(docs, *k)
	w := bufio.NewWriter(env.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, d := range docs {
		line := relatedLine{ID: d.ID, Related: related[i]}
		if line.Related == nil {
			line.Related = []compare.Neighbor{}
		}
		if err := enc.Encode(line); err != nil {
			return fmt.Errorf("write related: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write related: %w", err)
	}
	return nil
}
