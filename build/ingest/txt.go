package ingest

import (
	"regexp"
	"strconv"
	"strings"
)

// maxHeaderLines is how many non-empty lines at the top of a raw text file
// may hold the title and metadata before the body must begin.
const maxHeaderLines = 10

var (
	reByline    = regexp.MustCompile(`^(?i:by|written by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]*){0,6})$`)
	reFieldLine = regexp.MustCompile(`^(?i)(source|author|url|link)\s*:\s*(\S.*)$`)
	reOutlet    = regexp.MustCompile(`(?i)\b(?:media|news|newspaper|group|press|times|post|herald|tribune|journal|agency|network|daily|gazette|chronicle|telegraph|guardian|reuters|afp|bbc|cnn|tv|radio|broadcasting|wire|observer|express|today|online|magazine)\b`)
)

// parseText reads a raw scraped article (.txt). The first lines, up to the
// first line that reads like body text, are the header: the first line of
// three or more words is the title; a date line (see parseDate), a byline
// ("By NAME"), an outlet name ("ICARO Media Group"), "Source:"/"Author:"/
// "URL:" lines fill the metadata; one- and two-word lines are section labels
// ("PALESTINE", "Politics"); URLs, counters and lines without letters are
// dropped. Any other header line after the title (a standfirst) is kept as
// body. The rest is the body, cleaned of site furniture and of lines that
// repeat the title.
func parseText(text string) *doc {
	d := &doc{}
	lines := strings.Split(text, "\n")
	a := &d.art

	// Outlets named by furniture anywhere in the file ("Join NewsTrack
	// Whatsapp group"), taken only when the header names none.
	furnitureSource := ""
	for _, l := range lines {
		if g := sourceInFurniture.FindStringSubmatch(cleanSpace(l)); g != nil && furnitureSource == "" {
			furnitureSource = strings.TrimSpace(g[1])
		}
	}

	body := 0 // index of the first body line
	seen := 0
	prevMeta := false // the previous header line was metadata or noise
	var labels []int  // short lines before the title, taken as section labels
	for i := 0; i < len(lines) && seen < maxHeaderLines; i++ {
		l := cleanSpace(lines[i])
		body = i + 1
		if l == "" {
			continue
		}
		seen++
		wasMeta := prevMeta
		prevMeta = true
		if a.Title != "" && normKey(l) == normKey(a.Title) {
			continue // the title repeated
		}
		if isHeaderNoise(l) || isFurniture(l) {
			continue
		}
		if iso, note, ok := parseDate(l); ok {
			// The first date is the publication date; a later one is an
			// "Updated ..." stamp: metadata, not body.
			if a.Published == "" {
				a.Published = iso
				if note != "" {
					d.warnings = append(d.warnings, "published date "+quote(l)+": "+note)
				}
			}
			continue
		}
		if g := reFieldLine.FindStringSubmatch(l); g != nil {
			setField(a, strings.ToLower(g[1]), g[2])
			continue
		}
		if g := reByline.FindStringSubmatch(l); g != nil && a.Author == "" {
			a.Author = g[1]
			continue
		}
		if compoundMeta(d, l) {
			continue
		}
		prevMeta = false
		if isBodyLine(l) {
			body = i
			break
		}
		n := len(words(l))
		if a.Title == "" {
			if n <= 2 || (n <= 3 && l == strings.ToUpper(l)) {
				labels = append(labels, i) // a section label before the title
				continue
			}
			a.Title = cleanTitle(l)
			continue
		}
		if a.Source == "" && looksLikeOutlet(l) {
			a.Source = l
			prevMeta = true
			continue
		}
		if n <= 2 && !endsSentence(l) && (wasMeta || nextIsMeta(lines[i+1:])) {
			// A section label among the metadata ("Politics" between the
			// outlet and the date). A short line among body lines ("Ewood
			// Park" in a match preview) is body.
			prevMeta = true
			continue
		}
		body = i // a standfirst: body text
		break
	}
	if a.Title == "" && len(labels) > 0 {
		// No title followed the short lines: they were not section labels.
		// One short line that is not all capitals or a "Label:", right
		// before the body, is a short headline ("Brexit"); otherwise they
		// are body.
		if l := cleanSpace(lines[labels[0]]); len(labels) == 1 && l != strings.ToUpper(l) && !strings.HasSuffix(l, ":") {
			a.Title = cleanTitle(l)
		} else {
			body = min(body, labels[0])
		}
	}
	if a.Source == "" && furnitureSource != "" {
		a.Source = furnitureSource
		d.warnings = append(d.warnings, "source "+quote(furnitureSource)+" taken from site furniture ("+quote("Join "+furnitureSource+" ...")+")")
	}
	a.Paragraphs = cleanBody(lines[body:], a.Title)
	return d
}

// reMetaSep separates the parts of a compound metadata line
// ("By Jane Doe | 10 June 2024 | Valley Times").
var reMetaSep = regexp.MustCompile(`\s+[|•·]\s+`)

// compoundMeta reads a header line made of two or more metadata parts
// (byline, date, outlet) joined by "|", "•" or "·". It sets the fields and
// reports true only when every part is understood; otherwise it changes
// nothing.
func compoundMeta(d *doc, l string) bool {
	parts := reMetaSep.Split(l, -1)
	if len(parts) < 2 {
		return false
	}
	var date, author, source string
	for _, p := range parts {
		if iso, _, ok := parseDate(p); ok && date == "" {
			date = iso
		} else if g := reByline.FindStringSubmatch(p); g != nil && author == "" {
			author = g[1]
		} else if looksLikeOutlet(p) && source == "" {
			source = p
		} else {
			return false
		}
	}
	a := &d.art
	if a.Published == "" {
		a.Published = date
	}
	if a.Author == "" {
		a.Author = author
	}
	if a.Source == "" {
		a.Source = source
	}
	return true
}

// nextIsMeta reports whether the next non-empty line is header metadata or
// noise: a date, a URL, a counter, an outlet name.
func nextIsMeta(lines []string) bool {
	for _, raw := range lines {
		l := cleanSpace(raw)
		if l == "" {
			continue
		}
		_, _, date := parseDate(l)
		return date || isHeaderNoise(l) || looksLikeOutlet(l) || reFieldLine.MatchString(l) || reByline.MatchString(l)
	}
	return false
}

// isHeaderNoise reports whether a header line carries no article text: no
// letters or digits (`" "`), a share counter ("0 95"), or a bare URL. In the
// body, a line of digits is text ("27,595", an attendance).
func isHeaderNoise(l string) bool {
	return isNoise(l) || (len(l) < 40 && counterLine.MatchString(l))
}

// cleanBody removes a trailing teaser block, furniture and noise lines, and
// lines that repeat the title, then joins the rest into paragraphs.
func cleanBody(lines []string, title string) []string {
	clean := make([]string, len(lines))
	for i, l := range lines {
		clean[i] = cleanSpace(l)
	}
	clean = cutTeaserTail(clean)
	tk := normKey(title)
	kept := make([]string, 0, len(clean))
	for _, l := range clean {
		if l != "" && (isNoise(l) || isFurniture(l) || (tk != "" && len(l) < 2*len(title)+8 && normKey(l) == tk)) {
			continue
		}
		kept = append(kept, l)
	}
	return splitParagraphs(kept)
}

// isBodyLine reports whether a line reads like article text rather than a
// headline or label: twenty words or more, or ten or more ending in a full
// stop or closing quote.
func isBodyLine(l string) bool {
	n := len(words(l))
	if n >= 20 {
		return true
	}
	if n < 10 {
		return false
	}
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "\"") || strings.HasSuffix(l, "”")
}

// looksLikeOutlet reports whether a short header line is an outlet's name:
// at most six words, capitalised, with a word such as Media, News, Times,
// Press or Agency.
func looksLikeOutlet(l string) bool {
	ws := words(l)
	if len(ws) > 6 || endsSentence(l) {
		return false
	}
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "of", "the", "and", "&", "for":
			continue
		}
		if r := []rune(w)[0]; !(r >= 'A' && r <= 'Z') && !(r >= '0' && r <= '9') {
			return false
		}
	}
	return reOutlet.MatchString(l)
}

// cleanTitle tidies a headline: single spaces, no trailing " ." left by
// tokenised data sets.
func cleanTitle(s string) string {
	s = cleanSpace(s)
	s = strings.TrimSuffix(s, " .")
	return strings.TrimSpace(s)
}

// setField sets one metadata field by name from "Source: X" style lines.
func setField(a *corpusArticle, name, v string) {
	v = cleanSpace(v)
	switch name {
	case "source":
		a.Source = v
	case "author":
		a.Author = v
	case "url", "link":
		a.URL = v
	}
}

func quote(s string) string { return strconv.Quote(s) }
