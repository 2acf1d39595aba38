package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"diptych/build/ner"
	"diptych/corpus"
)

// entitiesCommand prints the entities, dates, figures and quotes of each
// input document.
var entitiesCommand = command{
	name:    "entities",
	summary: "extract entities from JSON Lines {\"id\",\"text\"} (or plain text) on stdin",
	run:     runEntities,
}

// entityDoc is one input document.
type entityDoc struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"`
}

// entityOut is one extracted entity of the output, with UTF-8 byte offsets
// into the document's text.
type entityOut struct {
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Type      string `json:"type"`
	Text      string `json:"text"`
	Canonical string `json:"canonical,omitempty"`
	ID        string `json:"entity,omitempty"`
	Value     string `json:"value,omitempty"`
	Unit      string `json:"unit,omitempty"`
	Qualifier string `json:"qualifier,omitempty"`
	Speaker   string `json:"speaker,omitempty"`
	SpeakerID string `json:"speaker_id,omitempty"`
}

type docOut struct {
	ID       string      `json:"id"`
	Entities []entityOut `json:"entities"`
}

func runEntities(env *cmdEnv, args []string) error {
	fs := newFlagSet(env, "entities", "< docs.jsonl")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q (input is read from stdin)", fs.Arg(0))}
	}
	docs, err := readEntityDocs(env.stdin)
	if err != nil {
		return err
	}
	x, err := ner.Load()
	if err != nil {
		return err
	}
	arts := make([]corpus.Article, len(docs))
	lineStarts := make([][]int, len(docs))
	for i, d := range docs {
		lines := strings.Split(d.Text, "\n")
		off := 0
		for _, l := range lines {
			lineStarts[i] = append(lineStarts[i], off)
			off += len(l) + 1
		}
		arts[i] = corpus.Article{ID: d.ID, Published: d.Published, Paragraphs: lines, File: fmt.Sprintf("stdin:%d", i+1)}
	}
	ents, err := x.Annotate(arts)
	if err != nil {
		return err
	}
	byID := map[string]corpus.Entity{}
	for _, e := range ents {
		byID[e.ID] = e
	}
	w := bufio.NewWriter(env.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i, a := range arts {
		ls := lineStarts[i]
		out := docOut{ID: docs[i].ID, Entities: []entityOut{}}
		add := func(s corpus.Span, typ corpus.EntityType) *entityOut {
			out.Entities = append(out.Entities, entityOut{
				Start: ls[s.Para] + s.Start, End: ls[s.Para] + s.End, Type: typ.String(), Text: s.Text(&a),
			})
			return &out.Entities[len(out.Entities)-1]
		}
		for _, m := range a.Mentions {
			e := add(m.Span, m.Type)
			e.Value = m.Value
			if m.Entity != "" {
				e.ID = m.Entity
				e.Canonical = byID[m.Entity].Name
			}
		}
		for _, f := range a.Figures {
			e := add(f.Span, corpus.FigureType)
			e.Value, e.Unit, e.Qualifier = f.Value, f.Unit, f.Qualifier
		}
		for _, q := range a.Quotes {
			e := add(q.Span, corpus.QuoteType)
			e.Speaker = q.SpeakerText
			if q.Speaker != "" {
				e.SpeakerID = q.Speaker
				e.Speaker = byID[q.Speaker].Name
			}
		}
		sort.SliceStable(out.Entities, func(i, j int) bool { return out.Entities[i].Start < out.Entities[j].Start })
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("write output: %w", err)
		}
	}
	return w.Flush()
}

// readEntityDocs reads JSON Lines documents, or the whole input as one
// plain-text document (id "stdin") when it does not start with "{".
func readEntityDocs(r io.Reader) ([]entityDoc, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read stdin: %w", err)
	}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, nil
	}
	if trimmed[0] != '{' {
		return []entityDoc{{ID: "stdin", Text: string(data)}}, nil
	}
	var docs []entityDoc
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var d entityDoc
		if err := json.Unmarshal(line, &d); err != nil {
			return nil, fmt.Errorf("read stdin: line %d: %w", n+1, err)
		}
		if d.ID == "" {
			d.ID = fmt.Sprintf("line%d", n+1)
		}
		docs = append(docs, d)
	}
	return docs, nil
}
