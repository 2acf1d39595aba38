package ingest

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// reClutter matches class and id values of page parts that are not the
// article: navigation, comments, share bars, related links, ads.
var reClutter = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|comments?|share|sharing|social|related|recommended|promo|advert|advertisement|ads?|sponsor(?:ed)?|sidebar|newsletter|subscribe|signup|cookie|banner|popup|modal|footer|masthead|byline-share|tags|author-box|outbrain|taboola|sharedaddy|jp-relatedposts|addtoany|yarpp|post-navigation|entry-meta|widget|pagination|skip-link|screen-reader-text|visually-hidden|sr-only)(?:$|[\s_-])`)

// skipTags are elements whose content is never article text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true, atom.Footer: true,
	atom.Aside: true, atom.Form: true, atom.Iframe: true, atom.Svg: true, atom.Button: true,
	atom.Figure: true, atom.Header: true, atom.Template: true, atom.Select: true, atom.Head: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
}

// blockTags end a paragraph.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.Section: true, atom.Article: true, atom.Main: true, atom.Td: true, atom.Tr: true,
	atom.Br: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Dd: true, atom.Dt: true,
}

// parseHTML extracts the article from an HTML page. Metadata come from, in
// order of preference, JSON-LD (NewsArticle headline, datePublished, author,
// publisher), Open Graph and article meta tags, <link rel=canonical>, and
// <title>/<h1>. The main content is the <article>, [itemprop=articleBody],
// <main> or [role=main] element with the most paragraph text (else <body>);
// inside it, scripts, styles, navigation, headers, footers, asides, forms,
// figures and elements whose class or id names comments, sharing, related
// links, ads or newsletters are dropped. Block elements (p, h1-h6, li,
// blockquote, ...) become paragraphs, which are then cleaned like raw text.
func parseHTML(text string) (*doc, error) {
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return nil, fmt.Errorf("HTML: %v", err)
	}
	d := &doc{}
	m := htmlMeta(root)
	a := &d.art
	a.Title = cleanTitle(first(m["ld:headline"], m["og:title"], m["twitter:title"]))
	a.Source = first(m["ld:publisher"], m["og:site_name"], m["application-name"])
	a.Author = first(m["ld:author"], m["author"], m["article:author"], m["byl"])
	a.URL = first(m["canonical"], m["og:url"])
	date := first(m["ld:datePublished"], m["article:published_time"], m["datePublished"], m["pubdate"], m["date"], m["dc.date"], m["time"])
	if date != "" {
		if iso, note, ok := parseDate(date); ok {
			a.Published = iso
			if note != "" {
				d.warnings = append(d.warnings, fmt.Sprintf("published %q: %s", date, note))
			}
		} else {
			d.warnings = append(d.warnings, fmt.Sprintf("published %q is not a date this loader reads: date left unknown", date))
		}
	}
	if a.Title == "" {
		a.Title = cleanTitle(first(m["h1"], titleWithoutSite(m["title"], a.Source)))
	}
	content := mainContent(root)
	total := paragraphText(content)
	var lines []string
	var cur strings.Builder
	flush := func() {
		if s := cleanSpace(cur.String()); s != "" {
			lines = append(lines, s, "")
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.CommentNode:
			return
		case html.ElementNode:
			if skipTags[n.DataAtom] || attr(n, "hidden") != "" || attr(n, "aria-hidden") == "true" {
				return
			}
			// A class like "post has-comments" must not drop the article:
			// an element holding most of the paragraph text is never clutter.
			if isClutter(n) && paragraphText(n)*2 < total {
				return
			}
			if blockTags[n.DataAtom] {
				flush()
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(content)
	flush()
	a.Paragraphs = cleanBody(lines, a.Title)
	return d, nil
}

// htmlMeta collects the page's metadata by name: meta tags (name, property
// or itemprop), JSON-LD fields (prefixed "ld:"), the canonical link, the
// <title>, the first <h1> and the first <time datetime>.
func htmlMeta(root *html.Node) map[string]string {
	m := map[string]string{}
	set := func(k, v string) {
		v = cleanSpace(v)
		if _, ok := m[k]; !ok && v != "" {
			m[k] = v
		}
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				k := strings.ToLower(first(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if k != "" {
					set(k, attr(n, "content"))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					set("canonical", attr(n, "href"))
				}
			case atom.Title:
				set("title", textOf(n))
			case atom.H1:
				set("h1", textOf(n))
			case atom.Time:
				set("time", attr(n, "datetime"))
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") {
					jsonLD(textOf(n), set)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

// jsonLD reads the article fields of a JSON-LD block (an object, a list, or
// an @graph) into set. Malformed JSON-LD is ignored: it is page furniture,
// not the article.
func jsonLD(src string, set func(k, v string)) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any)
	visit = func(v any) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g)
			}
			t := fmt.Sprint(x["@type"])
			if !strings.Contains(t, "Article") && !strings.Contains(t, "Posting") && !strings.Contains(t, "Report") {
				return
			}
			if s, ok := x["headline"].(string); ok {
				set("ld:headline", s)
			}
			if s, ok := x["datePublished"].(string); ok {
				set("ld:datePublished", s)
			}
			set("ld:author", ldName(x["author"]))
			set("ld:publisher", ldName(x["publisher"]))
		}
	}
	visit(v)
}

// ldName reads a JSON-LD person or organisation (a name, an object with
// "name", or a list of them).
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		s, _ := x["name"].(string)
		return s
	case []any:
		var names []string
		for _, e := range x {
			if s := ldName(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// mainContent returns the element holding the article.
func mainContent(root *html.Node) *html.Node {
	var best, body *html.Node
	bestScore := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			if n.DataAtom == atom.Body {
				body = n
			}
			if n.DataAtom == atom.Article || n.DataAtom == atom.Main || attr(n, "itemprop") == "articleBody" || attr(n, "role") == "main" {
				if s := paragraphText(n); s > bestScore {
					best, bestScore = n, s
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	switch {
	case best != nil:
		return best
	case body != nil:
		if p := paragraphParent(body); p != nil {
			return p
		}
		return body
	}
	return root
}

// paragraphParent finds, in a page without <article> or <main>, the
// element whose own <p> children hold the most text (a simple form of
// Readability's scoring), when they hold at least 200 bytes and at least
// half of all paragraph text on the page. Otherwise it returns nil and the
// whole body, without its clutter, is used.
func paragraphParent(body *html.Node) *html.Node {
	var best *html.Node
	bestScore := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode || skipTags[n.DataAtom] || isClutter(n) {
			return
		}
		score := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.P {
				score += len(textOf(c))
			}
		}
		if score > bestScore {
			best, bestScore = n, score
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	if bestScore < 200 || bestScore*2 < paragraphText(body) {
		return nil
	}
	return best
}

// paragraphText is the length of the text in n's <p> elements.
func paragraphText(n *html.Node) int {
	total := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.P {
			total += len(textOf(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return total
}

// isClutter reports whether an element's class or id names a non-article part.
func isClutter(n *html.Node) bool {
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	return reClutter.MatchString(attr(n, "class")) || reClutter.MatchString(attr(n, "id")) || attr(n, "role") == "navigation" || attr(n, "role") == "complementary"
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return cleanSpace(b.String())
}

// titleWithoutSite drops a " | Site" or " - Site" suffix naming the source.
func titleWithoutSite(title, source string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(title, sep); i > 0 && source != "" && strings.EqualFold(strings.TrimSpace(title[i+len(sep):]), source) {
			return title[:i]
		}
	}
	return title
}

func first(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
