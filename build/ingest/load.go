package ingest

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"diptych/corpus"
)

// MaxFileBytes is the largest single-article file (.txt, .md, .html) and the
// largest JSON Lines row Load accepts: 16 MiB. Larger inputs are reported as
// problems without being read; no real news article comes near it.
const MaxFileBytes = 16 << 20

// MaxJSONLBytes is the largest JSON Lines file Load accepts: 512 MiB. JSON
// Lines files are read row by row, so memory stays bounded by MaxFileBytes
// per row plus the parsed articles.
const MaxJSONLBytes = 512 << 20

// Options controls Load.
type Options struct {
	// SkipInvalid builds the valid articles and lists the skipped ones in
	// Result.Skipped, instead of failing when any input is bad.
	SkipInvalid bool
	// Progress receives progress lines for long builds (meant for a
	// terminal); nil means none.
	Progress io.Writer
}

// Result is what Load built.
type Result struct {
	// Articles are sorted by ID; IDs are unique. The same input always gives
	// the same Articles.
	Articles []corpus.Article
	// Skipped lists, with Options.SkipInvalid, every input left out and why.
	Skipped []Problem
	// Duplicates lists exact and near-duplicate article pairs. They are
	// reported, not merged: both articles stay in Articles.
	Duplicates []Duplicate
	// Warnings are things worth a look that did not stop an article from
	// being built: a field that could not be parsed, a file that was
	// ignored, lines removed because they repeat across a source.
	Warnings []Problem
}

// articleExts maps the file extensions Load reads to their parsers.
var articleExts = map[string]bool{".txt": true, ".md": true, ".markdown": true, ".html": true, ".htm": true, ".jsonl": true}

// Load parses path: a folder (walked recursively, in lexical order) or one
// file (.txt, .md, .html or .jsonl). Without opts.SkipInvalid, any bad input
// makes it return (nil, err) where err is a *ProblemsError listing every
// problem at once; nothing partial is returned. With opts.SkipInvalid it
// returns what could be built (possibly no articles) and lists the rest in
// Result.Skipped. A path that does not exist, or a folder without any
// article file, is an error either way.
func Load(path string, opts Options) (*Result, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("load corpus %s: %w", path, err)
	}
	l := &loader{opts: opts}
	var files []string    // relative to l.root, slash-separated
	var sidecars []string // likewise
	if st.IsDir() {
		l.root = path
		err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				l.problem(p, 0, fmt.Sprintf("unreadable: %v", unwrapPath(err)))
				if d != nil && d.IsDir() && p != path {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if p != path && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir
				}
				return nil
			}
			rel, _ := filepath.Rel(path, p)
			rel = filepath.ToSlash(rel)
			name := d.Name()
			ext := strings.ToLower(filepath.Ext(name))
			switch {
			case strings.HasPrefix(name, "."):
				// Hidden files (.DS_Store, editor swap files) are never articles.
			case isSidecar(name):
				sidecars = append(sidecars, rel) // read with the article it describes
			case !articleExts[ext]:
				l.ignored = append(l.ignored, p)
			case isDocFile(name):
				l.warn(p, 0, "ignored: looks like the corpus's own documentation, not an article")
			default:
				files = append(files, rel)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("load corpus %s: %w", path, err)
		}
	} else {
		l.root = filepath.Dir(path)
		name := filepath.Base(path)
		if !articleExts[strings.ToLower(filepath.Ext(name))] {
			return nil, fmt.Errorf("load corpus %s: not an article file (want .txt, .md, .html or .jsonl, or a folder)", path)
		}
		files = []string{name}
	}

	l.warnOrphanSidecars(files, sidecars)
	if len(files) == 0 && len(l.problems) == 0 {
		return nil, fmt.Errorf("load corpus %s: no articles found (looked for .txt, .md, .html, .jsonl)", path)
	}
	for i, rel := range files {
		l.loadFile(rel)
		if opts.Progress != nil && (i%100 == 99 || i == len(files)-1) {
			fmt.Fprintf(opts.Progress, "\rparse: %d/%d files, %d articles", i+1, len(files), len(l.docs))
			if i == len(files)-1 {
				fmt.Fprintln(opts.Progress)
			}
		}
	}
	return l.finish(path)
}

// finish turns the parsed docs into the Result: drops articles left empty,
// reports problems (every one), removes repeated lines, assigns IDs, finds
// duplicates.
func (l *loader) finish(path string) (*Result, error) {
	opts := l.opts
	var kept []*doc
	for _, d := range l.docs {
		d.art.Paragraphs = finalParagraphs(d.art.Paragraphs)
		if len(d.art.Paragraphs) == 0 {
			l.problem(d.path, d.line, "no article text left after removing site furniture")
			continue
		}
		if d.art.Title == "" {
			l.warn(d.path, d.line, "no title found: title is unknown")
		}
		kept = append(kept, d)
	}
	l.docs = kept
	l.warnIgnored()
	if len(l.problems) > 0 && !opts.SkipInvalid {
		sortProblems(l.problems)
		return nil, &ProblemsError{Path: path, Problems: l.problems}
	}
	if len(kept) == 0 && !opts.SkipInvalid {
		return nil, fmt.Errorf("load corpus %s: no articles found (looked for .txt, .md, .html, .jsonl)", path)
	}

	removeRepeatedLines(l) // never empties an article
	assignIDs(kept, l)
	res := &Result{Skipped: l.problems, Warnings: l.warnings}
	slices.SortFunc(kept, func(a, b *doc) int { return cmp.Compare(a.art.ID, b.art.ID) })
	for _, d := range kept {
		res.Articles = append(res.Articles, d.art)
	}
	res.Duplicates = findDuplicates(res.Articles)
	sortProblems(res.Skipped)
	sortProblems(res.Warnings)
	return res, nil
}

// loader holds the state of one Load call.
type loader struct {
	opts     Options
	root     string
	docs     []*doc
	problems []Problem
	warnings []Problem
	// ignored are the files skipped for their extension.
	ignored []string
	// folders caches folder sidecars by folder (relative to root); nil
	// fields when a folder has none.
	folders map[string]*corpusArticle
}

// warnIgnored lists the files ignored for their extension: each one when
// there are a few, else one line per extension, so that a folder of images
// does not bury the other warnings.
func (l *loader) warnIgnored() {
	const few = 10
	if len(l.ignored) <= few {
		for _, p := range l.ignored {
			l.warn(p, 0, "ignored: not an article file (.txt, .md, .html, .jsonl)")
		}
		return
	}
	byExt := map[string]int{}
	var exts []string
	for _, p := range l.ignored {
		e := strings.ToLower(filepath.Ext(p))
		if byExt[e] == 0 {
			exts = append(exts, e)
		}
		byExt[e]++
	}
	for _, e := range exts {
		name := e
		if name == "" {
			name = "extension-less"
		}
		l.warn(l.root, 0, fmt.Sprintf("ignored %d %s files: not article files (.txt, .md, .html, .jsonl)", byExt[e], name))
	}
}

// doc is an article being built, with what ID assignment and cleaning need.
type doc struct {
	art corpus.Article
	// path is the file as the user would find it, for messages.
	path string
	// line is the JSON Lines row, or 0.
	line int
	// idHint is an explicit id (JSON Lines "id", front matter "id"), or "".
	idHint string
	// key identifies the article from its own file and content; a short hash
	// of it disambiguates colliding slugs.
	key string
	// group is the "source" whose repeated lines count as site furniture.
	group string
	// warnings are messages about this article for Result.Warnings.
	warnings []string
}

func (l *loader) problem(file string, line int, msg string) {
	l.problems = append(l.problems, Problem{File: file, Line: line, Msg: msg})
}

func (l *loader) warn(file string, line int, msg string) {
	l.warnings = append(l.warnings, Problem{File: file, Line: line, Msg: msg})
}

// loadFile parses one file (relative to l.root) into l.docs, recording its
// problems.
func (l *loader) loadFile(rel string) {
	full := filepath.Join(l.root, filepath.FromSlash(rel))
	ext := strings.ToLower(filepath.Ext(rel))
	if ext == ".jsonl" {
		l.loadJSONL(full, rel)
		return
	}
	b, msg := readArticleFile(full)
	if msg != "" {
		l.problem(full, 0, msg)
		return
	}
	l.addArticle(rel, full, b)
}

// addArticle parses the bytes of the single-article file rel (full is its
// path for messages) into l.docs.
func (l *loader) addArticle(rel, full string, b []byte) {
	text, msg := checkText(b)
	if msg != "" {
		l.problem(full, 0, msg)
		return
	}
	ext := strings.ToLower(filepath.Ext(rel))
	var d *doc
	var err error
	switch ext {
	case ".txt":
		d = parseText(text)
	case ".md", ".markdown":
		d, err = parseMarkdown(text)
	case ".html", ".htm":
		d, err = parseHTML(text)
	}
	if err != nil {
		l.problem(full, 0, err.Error())
		return
	}
	d.path = full
	d.art.File = rel
	d.key = rel
	for _, w := range d.warnings {
		l.warn(full, 0, w)
	}
	if err := applySidecar(d, full); err != nil {
		l.problem(full, 0, err.Error())
		return
	}
	l.applyFolderSidecars(d, rel)
	d.group = groupOf(d.art.Source, "folder "+pathDir(rel))
	l.docs = append(l.docs, d)
}

// readArticleFile reads a single-article file, checking its size first.
// It returns the bytes or a message saying what is wrong.
func readArticleFile(path string) ([]byte, string) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Sprintf("unreadable: %v", unwrapPath(err))
	}
	if st.Size() > MaxFileBytes {
		return nil, fmt.Sprintf("too large: %d bytes; the limit for one article file is %d bytes (16 MiB)", st.Size(), MaxFileBytes)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Sprintf("unreadable: %v", unwrapPath(err))
	}
	return b, ""
}

// unwrapPath drops the path from an *fs.PathError, which the message
// already names.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

func pathDir(rel string) string {
	if i := strings.LastIndexByte(rel, '/'); i >= 0 {
		return rel[:i]
	}
	return "."
}

// isDocFile reports whether name is the corpus's own documentation
// (README, LICENSE), which data sets often ship beside their articles.
func isDocFile(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE":
		return true
	}
	return false
}

// corpusArticle is a short name for the article being filled.
type corpusArticle = corpus.Article

// groupOf names the group of articles whose repeated lines are compared:
// the articles of one known source, else of one folder or file.
func groupOf(source, fallback string) string {
	if source != "" {
		return "source " + strconv.Quote(source)
	}
	return fallback
}

// warnOrphanSidecars lists the sidecars that describe no article file, so
// that a misnamed one is not silently ignored.
func (l *loader) warnOrphanSidecars(files, sidecars []string) {
	bases := map[string]bool{}
	for _, f := range files {
		bases[strings.TrimSuffix(f, path.Ext(f))] = true
	}
	for _, sc := range sidecars {
		base := sc[:len(sc)-len(".meta")-len(path.Ext(sc))]
		if path.Base(base) == folderSidecar || bases[base] {
			continue
		}
		l.warn(filepath.Join(l.root, filepath.FromSlash(sc)), 0, "ignored: sidecar without an article file "+path.Base(base)+".txt, .md or .html beside it")
	}
}
