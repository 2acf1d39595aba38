// Package ingest turns a corpus of raw, real-world article files into clean,
// well-described articles (corpus.Article): it is the first stage of the
// build pipeline, behind `go run ./build parse`.
//
// # Inputs
//
// Load reads one file or a folder tree, choosing the parser by extension
// (case-insensitive):
//
//   - .txt: raw scraped text (see parseText): the header lines give title,
//     date, source, author; the rest is the body.
//   - .md, .markdown: Markdown with optional YAML (---), TOML (+++) or JSON
//     front matter.
//   - .html, .htm: a web page; metadata from JSON-LD and meta tags, the body
//     from the main content element, without navigation, ads, scripts and
//     comments.
//   - .jsonl: one article per line, fields id, title, text, source, url,
//     published, author; "text" is required; blank lines separate
//     paragraphs.
//
// Other files, hidden files and folders, and README/LICENSE files are
// ignored and listed in Result.Warnings.
//
// # Metadata
//
// A field the input does not state stays "" (unknown); nothing is guessed
// silently. Dates are normalised to ISO 8601 as precise as the text (see
// parseDate: numeric dates are read day first; a named zone becomes its
// offset; a time without zone stays local). The source of a raw text is an
// outlet line in its header ("ICARO Media Group"), a "Source:" line, or,
// failing those, the outlet a piece of site furniture names ("Join NewsTrack
// Whatsapp group" gives "NewsTrack"; a warning says so).
//
// A sidecar supplies or overrides any field of one file: for NAME.txt (.md,
// .html) it is NAME.meta.json, NAME.meta.yaml or NAME.meta.yml beside it,
// with keys title, source, url, author, published (or date), id. Sidecar
// beats front matter beats the text. A folder sidecar, _folder.meta.yaml
// (.yml, .json), fills the fields (source, author, url, published) that the
// articles in its folder and below leave unknown, nearest folder first: a
// folder of one outlet's pages gets its source. A sidecar that matches no
// article file is listed in Result.Warnings.
//
// # Cleaning
//
// Whole short lines that are site furniture are removed by rule (share
// buttons and counters, comment forms, author boxes, newsletter and
// WhatsApp calls, disclaimers, "Related"/"Check Also" teaser blocks at the
// end), as are URL-only lines, lines without letters, and lines repeating
// the title. Lines that open or close many articles of one source are
// removed too (see removeRepeatedLines), never in groups too small to tell.
// Paragraphs are kept: blank lines separate them, and text with no blank
// lines has one paragraph per line.
//
// # IDs and duplicates
//
// An article's ID is a readable slug of its JSON Lines or front matter id,
// else of the first seven significant words of its title, else of its file
// name. When several articles share a slug, each gets a suffix hashed from
// its own file (or row id or content), never from its position, so IDs do
// not move when other articles are added or removed. Exact and near
// duplicates (word 5-gram Jaccard >= 0.8) are reported in Result.Duplicates,
// not merged.
//
// # Bad input
//
// Empty, binary, UTF-16 and invalid UTF-8 files, unreadable files, files
// over MaxFileBytes (16 MiB, checked before reading), JSON Lines rows that
// are not JSON objects or lack "text", and bad front matter or sidecars are
// problems. Load reports all of them at once; with Options.SkipInvalid it
// builds the rest and lists them in Result.Skipped.
//
// The package is not for entity extraction, indexing or serving: it only
// produces the articles those stages consume.
package ingest
