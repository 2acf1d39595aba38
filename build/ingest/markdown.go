package ingest

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/adrg/frontmatter"
)

var (
	reMDHeading = regexp.MustCompile(`^#{1,6}\s+(.*?)\s*#*\s*$`)
	reMDImage   = regexp.MustCompile(`^!\[[^\]]*\]\([^)]*\)$`)
	reMDLink    = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	reMDMarker  = regexp.MustCompile(`^(?:>\s*|[*+-]\s+|\d+[.)]\s+)`)
	reMDEmph    = regexp.MustCompile(`(\*\*|__)(\S(?:.*?\S)?)(\*\*|__)`)
)

// parseMarkdown reads a Markdown article with optional YAML (---), TOML
// (+++) or JSON front matter. Front matter fields (title, source, url,
// author, published or date, id) set the metadata; without a title field,
// the first "# heading" is the title. Markdown markup is reduced to text:
// headings lose their #, quotes their >, list items their
// bullet or number; links keep their text; images and rules are dropped;
// **bold** loses its stars. The body is then cleaned like a raw text file,
// with blank lines separating paragraphs. Without a title from front matter
// or a "# heading", the top is read like a raw text's header (title line,
// date line, byline), and front matter fields win over what it finds.
func parseMarkdown(text string) (*doc, error) {
	var fm map[string]any
	rest, err := frontmatter.Parse(strings.NewReader(text), &fm)
	if err != nil {
		return nil, fmt.Errorf("front matter: %v", err)
	}
	d := &doc{}
	if err := applyFields(d, fm, "front matter"); err != nil {
		return nil, err
	}
	var lines []string
	for _, l := range strings.Split(string(rest), "\n") {
		t := strings.TrimSpace(l)
		if g := reMDHeading.FindStringSubmatch(t); g != nil {
			if d.art.Title == "" && strings.HasPrefix(t, "# ") {
				d.art.Title = cleanTitle(mdInline(g[1]))
				continue
			}
			t = g[1]
		}
		if reMDImage.MatchString(t) || t == "---" || t == "***" || t == "___" {
			continue
		}
		t = reMDMarker.ReplaceAllString(t, "")
		lines = append(lines, mdInline(t))
	}
	blocks := blankLineBlocks(strings.Join(lines, "\n"))
	if d.art.Title != "" {
		d.art.Paragraphs = cleanBody(blocks, d.art.Title)
		return d, nil
	}
	// No title in front matter or heading: read the top like a raw text's
	// header (title line, date line, byline); front matter fields win.
	t := parseText(strings.Join(blocks, "\n"))
	d.art.Title = t.art.Title
	d.art.Paragraphs = t.art.Paragraphs
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&d.art.Published, t.art.Published}, {&d.art.Source, t.art.Source},
		{&d.art.Author, t.art.Author}, {&d.art.URL, t.art.URL},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	d.warnings = append(d.warnings, t.warnings...)
	return d, nil
}

// mdInline strips inline Markdown: links keep their text, emphasis its words.
func mdInline(s string) string {
	s = reMDLink.ReplaceAllString(s, "$1")
	s = reMDEmph.ReplaceAllString(s, "$2")
	return s
}

// applyFields sets metadata from a front matter or sidecar map. Keys are
// case-insensitive; "date" is a synonym of "published", "link" of "url",
// "outlet"/"publisher"/"site" of "source"; "author" may be a list. Unknown
// keys are ignored. A value that cannot be read is an error naming it.
func applyFields(d *doc, fm map[string]any, what string) error {
	keys := make([]string, 0, len(fm))
	for k := range fm {
		keys = append(keys, k)
	}
	slices.Sort(keys) // "date" before "published": the more specific key wins
	for _, k := range keys {
		v := fm[k]
		key := strings.ToLower(k)
		if v == nil {
			continue
		}
		s, err := fieldString(v)
		if err != nil {
			return fmt.Errorf("%s field %q: %v", what, k, err)
		}
		switch key {
		case "title":
			d.art.Title = cleanTitle(s)
		case "source", "outlet", "publisher", "site", "site_name":
			d.art.Source = s
		case "url", "link", "canonical":
			d.art.URL = s
		case "author", "authors", "byline":
			d.art.Author = s
		case "id", "slug":
			d.idHint = s
		case "published", "date", "published_at", "publishdate":
			if s == "" {
				d.art.Published = ""
				continue
			}
			iso, note, ok := parseDate(s)
			if !ok {
				return fmt.Errorf("%s field %q: %q is not a date this loader reads (try 2024-06-10 or 2024-06-10T21:02:00+02:00)", what, k, s)
			}
			if note != "" {
				d.warnings = append(d.warnings, fmt.Sprintf("%s field %q: %s", what, k, note))
			}
			d.art.Published = iso
		}
	}
	return nil
}

// fieldString turns a decoded YAML/TOML/JSON value into text.
func fieldString(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return cleanSpace(x), nil
	case time.Time:
		// TOML and YAML decode a bare date (2023-11-20) as midnight UTC or
		// local time: keep it a date.
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 && (x.Location() == time.UTC || x.Location() == time.Local) {
			return x.Format("2006-01-02"), nil
		}
		return x.Format(time.RFC3339), nil
	case []any:
		var parts []string
		for _, e := range x {
			s, err := fieldString(e)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, ", "), nil
	case int, int64, float64, uint64, bool:
		return fmt.Sprint(x), nil
	case fmt.Stringer:
		return cleanSpace(x.String()), nil
	}
	return "", fmt.Errorf("want text, got %T", v)
}
