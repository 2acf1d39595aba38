package ingest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v2"
)

// A sidecar supplies or overrides the metadata of one article file. For
// NAME.txt (or .md, .html) it is NAME.meta.json, NAME.meta.yaml or
// NAME.meta.yml beside it, holding any of: title, source, url, author,
// published (or date), id. Sidecar values win over front matter, which wins
// over what is read from the text. An empty value ("") sets the field to
// unknown.

var sidecarExts = []string{".meta.json", ".meta.yaml", ".meta.yml"}

// isSidecar reports whether name is a sidecar file.
func isSidecar(name string) bool {
	lower := strings.ToLower(name)
	for _, e := range sidecarExts {
		if strings.HasSuffix(lower, e) {
			return true
		}
	}
	return false
}

// applySidecar applies the sidecar of the article file at full, if any.
func applySidecar(d *doc, full string) error {
	fields, name, err := readSidecar(strings.TrimSuffix(full, filepath.Ext(full)))
	if err != nil || fields == nil {
		return err
	}
	return applyFields(d, fields, "sidecar "+name)
}

// readSidecar reads base + one of sidecarExts. It returns nil fields when
// there is none.
func readSidecar(base string) (map[string]any, string, error) {
	for _, e := range sidecarExts {
		p := base + e
		b, err := os.ReadFile(p)
		if os.IsNotExist(err) {
			continue
		}
		name := filepath.Base(p)
		if err != nil {
			return nil, name, fmt.Errorf("sidecar %s: %v", name, unwrapPath(err))
		}
		fields := map[string]any{}
		if e == ".meta.json" {
			err = json.Unmarshal(b, &fields)
		} else {
			err = yaml.Unmarshal(b, &fields)
		}
		if err != nil {
			return nil, name, fmt.Errorf("sidecar %s: %v", name, err)
		}
		return fields, name, nil
	}
	return nil, "", nil
}

// folderSidecar is the name (before its extension) of a folder's sidecar:
// _folder.meta.yaml (or .yml, .json) supplies fields to every article file
// in its folder and the folders below it, the nearest folder first. It only
// fills fields the article leaves unknown (a folder of one outlet's pages
// gets its source), never overrides them, and it may not set title or id.
const folderSidecar = "_folder"

// applyFolderSidecars fills d's unknown fields from the folder sidecars
// between the folder of rel and the corpus root, nearest first.
func (l *loader) applyFolderSidecars(d *doc, rel string) {
	dir := pathDir(rel)
	for {
		if f := l.folderFields(dir); f != nil {
			for _, p := range []struct {
				dst *string
				src string
			}{
				{&d.art.Source, f.Source}, {&d.art.Author, f.Author},
				{&d.art.URL, f.URL}, {&d.art.Published, f.Published},
			} {
				if *p.dst == "" {
					*p.dst = p.src
				}
			}
		}
		if dir == "." {
			return
		}
		dir = pathDir(dir)
	}
}

// folderFields reads, once per Load, the folder sidecar of dir (relative
// to the corpus root): nil when there is none. A bad folder sidecar is one
// problem, reported against the sidecar; the articles below it are built
// without it.
func (l *loader) folderFields(dir string) *corpusArticle {
	if f, ok := l.folders[dir]; ok {
		return f
	}
	if l.folders == nil {
		l.folders = map[string]*corpusArticle{}
	}
	l.folders[dir] = nil
	base := filepath.Join(l.root, filepath.FromSlash(dir), folderSidecar)
	fields, name, err := readSidecar(base)
	if fields == nil && err == nil {
		return nil
	}
	path := filepath.Join(filepath.Dir(base), name)
	if err != nil {
		l.problem(path, 0, err.Error())
		return nil
	}
	for k := range fields {
		switch strings.ToLower(k) {
		case "title", "id", "slug":
			l.problem(path, 0, fmt.Sprintf("folder sidecar field %q: a whole folder cannot share one %s", k, strings.ToLower(k)))
			return nil
		}
	}
	d := &doc{}
	if err := applyFields(d, fields, "folder sidecar"); err != nil {
		l.problem(path, 0, err.Error())
		return nil
	}
	for _, w := range d.warnings {
		l.warn(path, 0, w)
	}
	l.folders[dir] = &d.art
	return &d.art
}
