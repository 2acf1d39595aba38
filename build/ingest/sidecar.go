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
	base := strings.TrimSuffix(full, filepath.Ext(full))
	for _, e := range sidecarExts {
		p := base + e
		b, err := os.ReadFile(p)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return fmt.Errorf("sidecar %s: %v", filepath.Base(p), unwrapPath(err))
		}
		fields := map[string]any{}
		if e == ".meta.json" {
			err = json.Unmarshal(b, &fields)
		} else {
			err = yaml.Unmarshal(b, &fields)
		}
		if err != nil {
			return fmt.Errorf("sidecar %s: %v", filepath.Base(p), err)
		}
		return applyFields(d, fields, "sidecar "+filepath.Base(p))
	}
	return nil
}
