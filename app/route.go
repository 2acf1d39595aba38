package main

import (
	"net/url"
	"strings"
)

// view names the screens of the app.
type view int

const (
	viewHome     view = iota // "/" and "/search?q=..."
	viewArticle              // "/article/{id}"
	viewCompare              // "/compare/{left}/{right}"
	viewStory                // "/compare" and "/story"
	viewEntity               // "/entity/{id}"
	viewNotFound             // anything else
)

// route is a parsed app URL: which view, its ids and its query.
type route struct {
	view  view
	ids   []string // the path ids after the view's prefix, unescaped
	query string   // the search query, "q"
	facet facets   // the search facets chosen, from the URL
	raw   string   // the path as requested, for the not-found view
}

// maxIDLen bounds path ids: a longer segment cannot name an article or an
// entity and is treated as not found instead of being carried around.
const maxIDLen = 200

// parseRoute maps a URL to a route. It never fails: anything it does not
// understand is viewNotFound.
func parseRoute(u *url.URL) route {
	qs := u.Query()
	r := route{raw: u.EscapedPath(), query: qs.Get("q"), facet: facetsFromURL(qs)}
	path := strings.TrimSuffix(u.EscapedPath(), "/")
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	if path == "" {
		segs = nil
	}
	ids := make([]string, 0, len(segs))
	for _, s := range segs {
		v, err := url.PathUnescape(s)
		if err != nil || v == "" || len(v) > maxIDLen || strings.ContainsAny(v, "/\\") || v == "." || v == ".." {
			r.view = viewNotFound
			return r
		}
		ids = append(ids, v)
	}
	switch {
	case len(ids) == 0:
		r.view = viewHome
	case ids[0] == "search" && len(ids) == 1:
		r.view = viewHome
	case ids[0] == "article" && len(ids) == 2:
		r.view, r.ids = viewArticle, ids[1:]
	case ids[0] == "entity" && len(ids) == 2:
		r.view, r.ids = viewEntity, ids[1:]
	case ids[0] == "compare" && len(ids) == 3:
		r.view, r.ids = viewCompare, ids[1:]
	case (ids[0] == "compare" || ids[0] == "story") && len(ids) == 1:
		r.view = viewStory
	default:
		r.view = viewNotFound
	}
	return r
}

// Paths of the app's views. Ids are path-escaped.

func articlePath(id string) string { return "/article/" + url.PathEscape(id) }

func entityPath(id string) string { return "/entity/" + url.PathEscape(id) }

func comparePath(left, right string) string {
	return "/compare/" + url.PathEscape(left) + "/" + url.PathEscape(right)
}

func searchPath(q string) string { return searchURL(q, facets{}) }

// searchURL is the search view's address for query q narrowed by f: "/"
// when both are empty.
func searchURL(q string, f facets) string {
	v := f.values()
	if q != "" {
		v.Set("q", q)
	}
	if len(v) == 0 {
		return "/"
	}
	// q first, then the facets, for readable links.
	enc := v.Encode()
	if q != "" {
		v.Del("q")
		enc = "q=" + url.QueryEscape(q)
		if rest := v.Encode(); rest != "" {
			enc += "&" + rest
		}
	}
	return "/search?" + enc
}
