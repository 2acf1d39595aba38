package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// labelledDoc is a document with its gold entities, as read from CoNLL data
// for training and evaluation.
type labelledDoc struct {
	Tokens []Token
	Gold   []span
}

// ReadCoNLL reads CoNLL-2003 data (token POS chunk NER per line, IOB1 or
// IOB2, blank lines between sentences, -DOCSTART- between documents) from r.
// name is used in error messages. The text never leaves the process: it is
// only used to fit hashed weights.
func readCoNLL(r io.Reader, name string) ([]labelledDoc, error) {
	var docs []labelledDoc
	var cur labelledDoc
	sentStart := true
	var open *span
	flush := func() {
		if open != nil {
			cur.Gold = append(cur.Gold, *open)
			open = nil
		}
	}
	endDoc := func() {
		flush()
		if len(cur.Tokens) > 0 {
			docs = append(docs, cur)
		}
		cur = labelledDoc{}
		sentStart = true
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			flush()
			sentStart = true
			continue
		}
		f := strings.Fields(text)
		if f[0] == "-DOCSTART-" {
			endDoc()
			continue
		}
		if len(f) < 2 {
			return nil, fmt.Errorf("read %s: line %d: want token and tag, got %q", name, line, text)
		}
		tag := f[len(f)-1]
		k := len(cur.Tokens)
		cur.Tokens = append(cur.Tokens, Token{Text: f[0], SentStart: sentStart})
		if sentStart {
			flush()
		}
		sentStart = false
		if tag == "O" {
			flush()
			continue
		}
		if len(tag) < 3 || tag[1] != '-' {
			return nil, fmt.Errorf("read %s: line %d: bad tag %q", name, line, tag)
		}
		l, ok := parseLabel(tag[2:])
		if !ok {
			return nil, fmt.Errorf("read %s: line %d: unknown class %q", name, line, tag[2:])
		}
		if open != nil && (open.Label != l || tag[0] == 'B') {
			flush()
		}
		if open == nil {
			open = &span{From: k, To: k + 1, Label: l}
		} else {
			open.To = k + 1
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	endDoc()
	return docs, nil
}
