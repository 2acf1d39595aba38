package ingest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The fuzz targets check that no input makes a parser panic and that what
// comes out is valid UTF-8 without empty paragraphs.

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"Fri 13 Dec 2024 4:18 pm - Jerusalem Time", "10/06/2024 21h02", "2024-06-10T21:02:05Z", "Jun 10, 2024 at 9:02 p.m. EDT", "31/02/2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		iso, _, ok := parseDate(s)
		if ok {
			assert.Regexp(t, `^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$`, iso)
		}
	})
}

func FuzzLoadFile(f *testing.F) {
	for _, name := range []string{"000_a319be965b7ae5a2.txt", "003_20d3866c96ddc873.txt"} {
		b, err := os.ReadFile(filepath.Join("../../corpus/articles", name))
		require.NoError(f, err)
		f.Add(b, uint8(0))
	}
	f.Add([]byte("---\ntitle: x\n---\n# y\n\nz"), uint8(1))
	f.Add([]byte("<html><article><p>x</p></article>"), uint8(2))
	f.Add([]byte(`{"id": 1, "text": "x"}`+"\n"+`{"text": 2}`), uint8(3))
	exts := []string{".txt", ".md", ".html", ".jsonl"}
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		// In memory, not through files: fast enough for the fuzzer to
		// minimise what it finds.
		name := "a" + exts[int(kind)%len(exts)]
		l := &loader{root: "corpus", opts: Options{SkipInvalid: true}}
		if kind%4 == 3 {
			l.readJSONL(name, name, bytes.NewReader(data))
		} else {
			l.addArticle(name, name, data)
		}
		res, err := l.finish("corpus")
		require.NoError(t, err)
		for _, a := range res.Articles {
			assert.True(t, utf8.ValidString(a.Title))
			assert.NotEmpty(t, a.ID)
			for _, para := range a.Paragraphs {
				assert.NotEmpty(t, para)
				assert.True(t, utf8.ValidString(para))
			}
		}
	})
}
