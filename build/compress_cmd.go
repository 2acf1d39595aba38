package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"

	"github.com/andybalholm/brotli"
)

// runCompress writes FILE.br (brotli, best) and FILE.gz (gzip, best) beside
// each FILE, so servers can send app.wasm compressed without compressing
// per request. The output depends only on the input.
func runCompress(env *cmdEnv, args []string) error {
	fs := newFlagSet(env, "compress", "FILE...")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"compress needs at least one FILE"}
	}
	for _, path := range fs.Args() {
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var br, gz bytes.Buffer
		bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
		if _, err := bw.Write(raw); err != nil {
			return fmt.Errorf("brotli %s: %w", path, err)
		}
		if err := bw.Close(); err != nil {
			return fmt.Errorf("brotli %s: %w", path, err)
		}
		gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		if _, err := gw.Write(raw); err != nil {
			return fmt.Errorf("gzip %s: %w", path, err)
		}
		if err := gw.Close(); err != nil {
			return fmt.Errorf("gzip %s: %w", path, err)
		}
		for _, out := range []struct {
			ext  string
			data []byte
		}{{".br", br.Bytes()}, {".gz", gz.Bytes()}} {
			if err := writeFileAtomic(path+out.ext, out.data); err != nil {
				return err
			}
		}
		fmt.Fprintf(env.stderr, "%s: %d bytes, brotli %d, gzip %d\n", path, len(raw), br.Len(), gz.Len())
	}
	return nil
}
