package main

import (
	"diptych/app/search"
)

// The JavaScript API: window.diptych, for pages that embed the app and for
// the benchmark (jsapi_wasm.go installs it):
//
//	await window.diptych.ready            // {articles: N, error: ""}
//	window.diptych.search("gaza truce", {k: 10})
//	  // {total, hits: [{id, title, source, published, score, snippet}],
//	  //  notes: [...], didYouMean: ""}
//
// Options (all optional): k (hits, default 10), offset, sort ("relevance"
// or "date"), typing (the last word is a prefix, as in the search box),
// plain (free text: no operators or filters), snippets (default true).
// Results are plain objects: they hold no reference into the app.

// jsOptions are the options of window.diptych.search as read from
// JavaScript; the zero value is the default.
type jsOptions struct {
	K, Offset  int
	Sort       string
	Typing     bool
	Plain      bool
	NoSnippets bool
}

// searchOptions turns JavaScript options into engine options.
func (o jsOptions) searchOptions() search.Options {
	opts := search.Options{K: o.K, Offset: o.Offset, Typing: o.Typing, Plain: o.Plain, NoSnippets: o.NoSnippets, NoFacets: true}
	if opts.K <= 0 {
		opts.K = 10
	}
	if opts.K > maxHits {
		opts.K = maxHits
	}
	if o.Sort == "date" {
		opts.Sort = search.ByDate
	}
	return opts
}

// jsReady is the value window.diptych.ready resolves to.
func jsReady(lib *library, loadErr error) map[string]any {
	msg, n := "", 0
	if loadErr != nil {
		msg = loadErr.Error()
	}
	if lib != nil {
		n = len(lib.ix.Articles)
	}
	return map[string]any{"articles": n, "error": msg}
}

// searchFailed is the answer to every search when the index could not be
// loaded: no hits, and the reason as a note.
func searchFailed(loadErr error) search.Result {
	msg := "the index could not be loaded"
	if loadErr != nil {
		msg += ": " + loadErr.Error()
	}
	return search.Result{Notes: []string{msg}}
}
