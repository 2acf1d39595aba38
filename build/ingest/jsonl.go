package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// jsonlRow is one JSON Lines article. Only "text" is required; "id" may be a
// string or a number.
type jsonlRow struct {
	ID        json.RawMessage `json:"id"`
	Title     *string         `json:"title"`
	Text      *string         `json:"text"`
	Source    *string         `json:"source"`
	URL       *string         `json:"url"`
	Published *string         `json:"published"`
	Author    *string         `json:"author"`
}

// loadJSONL reads a JSON Lines file row by row: one article per line, with
// fields id, title, text, source, url, published, author; paragraphs in
// "text" are separated by blank lines. Empty lines are skipped. Every bad
// row is a problem with its line number.
func (l *loader) loadJSONL(full, rel string) {
	st, err := os.Stat(full)
	if err != nil {
		l.problem(full, 0, fmt.Sprintf("unreadable: %v", unwrapPath(err)))
		return
	}
	if st.Size() > MaxJSONLBytes {
		l.problem(full, 0, fmt.Sprintf("too large: %d bytes; the limit for a JSON Lines file is %d bytes (512 MiB)", st.Size(), MaxJSONLBytes))
		return
	}
	f, err := os.Open(full)
	if err != nil {
		l.problem(full, 0, fmt.Sprintf("unreadable: %v", unwrapPath(err)))
		return
	}
	defer f.Close()
	l.readJSONL(full, rel, f)
}

// readJSONL reads the rows of the JSON Lines file rel (full is its path for
// messages) from f.
func (l *loader) readJSONL(full, rel string, f io.Reader) {
	r := bufio.NewReaderSize(f, 64<<10)
	name := rel // "sub/rows.jsonl": rows are cited as name:LINE
	rows := 0
	for n := 1; ; n++ {
		line, tooLong, err := readLine(r, MaxFileBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			l.problem(full, n, fmt.Sprintf("unreadable: %v", err))
			return
		}
		if tooLong {
			rows++
			l.problem(full, n, fmt.Sprintf("row too large: more than %d bytes (16 MiB)", MaxFileBytes))
		} else if len(bytes.TrimSpace(line)) > 0 {
			rows++
			if n == 1 {
				if _, msg := checkText(line); strings.HasPrefix(msg, "binary") || strings.HasPrefix(msg, "UTF-16") {
					l.problem(full, 0, msg)
					return
				}
			}
			l.jsonlRow(full, name, n, line)
			if l.opts.Progress != nil && rows%1000 == 0 {
				fmt.Fprintf(l.opts.Progress, "\rparse: %s: %d rows", name, rows)
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	if rows == 0 {
		l.problem(full, 0, "empty file: no JSON Lines rows")
	}
}

// jsonlRow parses row n of a JSON Lines file into l.docs.
func (l *loader) jsonlRow(full, name string, n int, line []byte) {
	line = bytes.TrimPrefix(line, []byte("\xEF\xBB\xBF"))
	text, msg := checkText(line)
	if msg != "" {
		l.problem(full, n, msg)
		return
	}
	var row jsonlRow
	dec := json.NewDecoder(strings.NewReader(text))
	if err := dec.Decode(&row); err != nil {
		l.problem(full, n, fmt.Sprintf("not a JSON object: %v", jsonErr(err)))
		return
	}
	if dec.More() {
		l.problem(full, n, "more than one JSON value on the line")
		return
	}
	if row.Text == nil {
		msg := `no "text" field: every row needs the article text`
		if k := textSynonym(text); k != "" {
			msg += fmt.Sprintf(` (the row has %q: rename it to "text")`, k)
		}
		l.problem(full, n, msg)
		return
	}
	if strings.TrimSpace(*row.Text) == "" {
		// A well-formed record saying "this document has no text" (the
		// Cranfield collection has two) is data, not a broken row: it is left
		// out, and said so.
		l.warn(full, n, `empty "text": the row has no article text and was left out`)
		return
	}
	d := &doc{path: full, line: n}
	d.art.File = name + ":" + strconv.Itoa(n)
	id, err := rawID(row.ID)
	if err != nil {
		l.problem(full, n, err.Error())
		return
	}
	d.idHint = id
	get := func(p *string) string {
		if p == nil {
			return ""
		}
		return cleanSpace(*p)
	}
	d.art.Title = cleanTitle(get(row.Title))
	d.art.Source = get(row.Source)
	d.art.URL = get(row.URL)
	d.art.Author = get(row.Author)
	if p := get(row.Published); p != "" {
		if iso, note, ok := parseDate(p); ok {
			d.art.Published = iso
			if note != "" {
				l.warn(full, n, fmt.Sprintf("published %q: %s", p, note))
			}
		} else {
			l.warn(full, n, fmt.Sprintf("published %q is not a date this loader reads: date left unknown", p))
		}
	}
	// The key disambiguates colliding slugs from the row's own content, so
	// that inserting rows (which renumbers lines) changes no ID.
	d.key = name + "#" + id + "\n" + d.art.Title + "\n" + *row.Text
	d.group = groupOf(d.art.Source, "file "+name)
	d.art.Paragraphs = cleanBody(blankLineBlocks(*row.Text), d.art.Title)
	l.docs = append(l.docs, d)
}

// rawID reads a JSON Lines "id": a string, a number, or absent.
func rawID(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return strings.TrimSpace(s), nil
	}
	var num json.Number
	if err := json.Unmarshal(raw, &num); err == nil {
		return num.String(), nil
	}
	return "", fmt.Errorf(`"id" must be a string or a number, not %s`, raw)
}

// jsonErr makes a JSON error readable: a type error names the field.
func jsonErr(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q must be a %s, not a JSON %s", te.Field, te.Type, te.Value)
	}
	return err.Error()
}

// readLine reads one line (without its "\n") of at most limit bytes. A
// longer line is skipped to its end and reported as tooLong. err is io.EOF
// after the last line.
func readLine(r *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	for {
		frag, isPrefix, e := r.ReadLine()
		if e != nil {
			return line, tooLong, e
		}
		if !tooLong {
			if len(line)+len(frag) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		if !isPrefix {
			return line, tooLong, nil
		}
	}
}

// blankLineBlocks returns text as lines where each paragraph (a block between
// blank lines) is one line, so that single line breaks inside a JSON Lines
// paragraph do not split it.
func blankLineBlocks(text string) []string {
	var out []string
	var cur []string
	for _, l := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if strings.TrimSpace(l) == "" {
			if len(cur) > 0 {
				out = append(out, strings.Join(cur, " "), "")
				cur = cur[:0]
			}
			continue
		}
		cur = append(cur, strings.TrimSpace(l))
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, " "))
	}
	return out
}

// textSynonym returns the key of a row that probably holds the text under
// another name ("body", "content", "article"), or "".
func textSynonym(row string) string {
	var m map[string]json.RawMessage
	if json.Unmarshal([]byte(row), &m) != nil {
		return ""
	}
	for _, k := range []string{"body", "content", "article", "abstract", "story"} {
		if _, ok := m[k]; ok {
			return k
		}
	}
	return ""
}
