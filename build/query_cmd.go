package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"diptych/app/search"
	"diptych/build/pipeline"
	"diptych/corpus/index"
)

// queryCmd runs queries through the same engine the browser runs.
var queryCmd = command{
	name:    "query",
	summary: "search an index: one query from the arguments, or one a line from stdin",
	run:     runQuery,
}

// queryHit is one hit as printed.
type queryHit struct {
	ID      string  `json:"id"`
	Score   float64 `json:"score"`
	Title   string  `json:"title"`
	Snippet string  `json:"snippet"`
}

// queryLine is one query's answer as printed.
type queryLine struct {
	Query      string     `json:"query"`
	Hits       []queryHit `json:"hits"`
	Total      int        `json:"total"`
	Notes      []string   `json:"notes,omitempty"`
	DidYouMean string     `json:"did_you_mean,omitempty"`
}

func runQuery(env *cmdEnv, args []string) error {
	fs := newFlagSet(env, "query", "(-index FILE | -corpus PATH) [-k N] [-sort relevance|date] [-plain] [-trec] [QUERY]")
	indexPath := fs.String("index", "", "index `file` written by 'go run ./build index'")
	corpusPath := fs.String("corpus", "", "instead of -index, build the index in memory from this corpus `path`, as 'build index -skip-invalid' would")
	k := fs.Int("k", 10, "number of hits per query")
	sortBy := fs.String("sort", "relevance", "hit order: relevance or date")
	plain := fs.Bool("plain", false, "read queries as plain words, without operators or filters")
	trec := fs.Bool("trec", false, "read 'QID<TAB>QUERY' lines and print a TREC run ('QID Q0 DOCID RANK SCORE diptych')")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if (*indexPath == "") == (*corpusPath == "") {
		return usageError{"give exactly one of -index FILE or -corpus PATH"}
	}
	if *k <= 0 {
		return usageError{fmt.Sprintf("-k %d: want a positive number of hits", *k)}
	}
	opts := search.Options{K: *k, Plain: *plain || *trec, NoFacets: true, NoSnippets: *trec}
	switch *sortBy {
	case "relevance":
	case "date":
		opts.Sort = search.ByDate
	default:
		return usageError{fmt.Sprintf("-sort %q: want relevance or date", *sortBy)}
	}
	eng, err := loadEngine(env, *indexPath, *corpusPath)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(env.stdout)
	if fs.NArg() > 0 {
		if err := writeQuery(w, eng, "", strings.Join(fs.Args(), " "), opts, *trec); err != nil {
			return err
		}
		return flush(w)
	}
	sc := bufio.NewScanner(env.stdin)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		q, qid := sc.Text(), strconv.Itoa(line)
		if *trec {
			id, rest, ok := strings.Cut(q, "\t")
			if !ok {
				return fmt.Errorf("read queries: line %d: want QID<TAB>QUERY", line)
			}
			qid, q = id, rest
		}
		if err := writeQuery(w, eng, qid, q, opts, *trec); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read queries: line %d: %w", line+1, err)
	}
	return flush(w)
}

// loadEngine opens the index file, or builds an index from a corpus.
func loadEngine(env *cmdEnv, indexPath, corpusPath string) (*search.Engine, error) {
	var data []byte
	if indexPath != "" {
		b, err := os.ReadFile(indexPath)
		if err != nil {
			return nil, fmt.Errorf("read index: %w", err)
		}
		data = b
	} else {
		b, rep, err := pipeline.Build(corpusPath, pipeline.Options{SkipInvalid: true})
		if err != nil {
			return nil, err
		}
		for _, p := range rep.Ingest.Skipped {
			fmt.Fprintf(env.stderr, "skipped %s\n", p)
		}
		data = b
		indexPath = corpusPath
	}
	ix, err := index.Decode(string(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", indexPath, err)
	}
	return search.FromIndex(ix)
}

func writeQuery(w io.Writer, eng *search.Engine, qid, q string, opts search.Options, trec bool) error {
	res := eng.Search(q, opts)
	if trec {
		for i, h := range res.Hits {
			if _, err := fmt.Fprintf(w, "%s Q0 %s %d %.6f diptych\n", qid, h.ID, i+1, h.Score); err != nil {
				return fmt.Errorf("write run: %w", err)
			}
		}
		return nil
	}
	out := queryLine{Query: q, Hits: []queryHit{}, Total: res.Total, Notes: res.Notes, DidYouMean: res.DidYouMean}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, queryHit{ID: h.ID, Score: h.Score, Title: h.Title, Snippet: h.Snippet.Text})
	}
	b, err := json.Marshal(out)
	if err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	b = append(b, '\n')
	if _, err := w.Write(b); err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	return nil
}

func flush(w *bufio.Writer) error {
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write results: %w", err)
	}
	return nil
}
