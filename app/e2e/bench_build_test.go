package e2e

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/require"
)

// Building for `make bench`: the baseline app, Diptych over another
// corpus, the build tool, and the sizes of what they make.

// goCmd runs the go command in the repository root with extra environment.
func goCmd(t *testing.T, env []string, args ...string) {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "go %s: %s", strings.Join(args, " "), out)
}

var wasmEnv = []string{"GOOS=js", "GOARCH=wasm"}

// releaseFlags are the Makefile's build flags.
var releaseFlags = []string{"-trimpath", "-buildvcs=false", "-ldflags=-s -w"}

// sizes are the bytes of a file raw and compressed at the best levels.
type sizes struct{ raw, gzip, brotli int }

func compressedSizes(t *testing.T, data []byte) sizes {
	t.Helper()
	var br, gz bytes.Buffer
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
	_, err := bw.Write(data)
	require.NoError(t, err)
	require.NoError(t, bw.Close())
	gw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	require.NoError(t, err)
	_, err = gw.Write(data)
	require.NoError(t, err)
	require.NoError(t, gw.Close())
	return sizes{len(data), gz.Len(), br.Len()}
}

func fileSize(t *testing.T, name string) int {
	t.Helper()
	st, err := os.Stat(name)
	require.NoError(t, err)
	return int(st.Size())
}

// builtSizes reads FILE and the FILE.gz and FILE.br the build wrote.
func builtSizes(t *testing.T, name string) sizes {
	return sizes{fileSize(t, name), fileSize(t, name+".gz"), fileSize(t, name+".br")}
}

// buildBaseline builds build/bench/baseline into work/baseline: the
// client as the getting-started guide builds it (plain `go build`) and
// with the Makefile's flags, and the server. It returns the directory to
// run the server in (web/app.wasm is the client with the flags).
func buildBaseline(t *testing.T, work string, measure bool) (dir string, plain, flagged sizes) {
	t.Helper()
	dir = filepath.Join(work, "baseline")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "web"), 0o755))
	plainWasm := filepath.Join(dir, "plain.wasm")
	goCmd(t, wasmEnv, "build", "-o", plainWasm, "./build/bench/baseline")
	wasm := filepath.Join(dir, "web", "app.wasm")
	goCmd(t, wasmEnv, append(append([]string{"build"}, releaseFlags...), "-o", wasm, "./build/bench/baseline")...)
	goCmd(t, nil, append(append([]string{"build"}, releaseFlags...), "-o", filepath.Join(dir, "baseline"), "./build/bench/baseline")...)
	if !measure {
		return dir, plain, flagged
	}
	for _, f := range []struct {
		name string
		s    *sizes
	}{{plainWasm, &plain}, {wasm, &flagged}} {
		data, err := os.ReadFile(f.name)
		require.NoError(t, err)
		*f.s = compressedSizes(t, data)
	}
	return dir, plain, flagged
}

// buildWithIndex builds Diptych (client and server) with indexFile in
// place of app/index.bin, through -overlay (app/index.bin is not touched),
// into work/name. It returns the server binary and its web directory.
func buildWithIndex(t *testing.T, work, name, indexFile string) (bin, web string) {
	t.Helper()
	dir := filepath.Join(work, name)
	web = filepath.Join(dir, "web")
	require.NoError(t, os.MkdirAll(web, 0o755))
	overlay, err := json.Marshal(map[string]map[string]string{"Replace": {filepath.Join(root, "app", "index.bin"): indexFile}})
	require.NoError(t, err)
	ov := filepath.Join(dir, "overlay.json")
	require.NoError(t, os.WriteFile(ov, overlay, 0o644))
	flags := append(append([]string{"build"}, releaseFlags...), "-overlay", ov)
	goCmd(t, wasmEnv, append(flags, "-o", filepath.Join(web, "app.wasm"), "./app")...)
	bin = filepath.Join(dir, "diptych")
	goCmd(t, nil, append(flags, "-o", bin, "./app")...)
	entries, err := os.ReadDir(filepath.Join(root, "web"))
	require.NoError(t, err)
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), "app.wasm") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, "web", e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(web, e.Name()), data, 0o644))
	}
	return bin, web
}

// indexBuild is one run of `build index` over a corpus.
type indexBuild struct {
	corpus   string
	articles int
	bytes    int
	wall     time.Duration
	peakKB   int64 // maximum resident set size
	out      string
}

var indexSummary = regexp.MustCompile(`index: (\d+) articles, \d+ entities, (\d+) bytes`)

// buildIndex runs the build tool over corpus into out, timing it.
func buildIndex(t *testing.T, tool, corpus, out string) indexBuild {
	t.Helper()
	cmd := exec.Command(tool, "index", "-corpus", corpus, "-out", out)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = io.Discard, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	require.NoError(t, err, "build index %s: %s", corpus, stderr.String())
	m := indexSummary.FindStringSubmatch(stderr.String())
	require.NotNil(t, m, "build index %s: no summary in %q", corpus, stderr.String())
	n, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	require.True(t, ok)
	return indexBuild{corpus: corpus, articles: n, bytes: b, wall: wall, peakKB: ru.Maxrss, out: out}
}

// startBinary runs bin with args in dir and waits until addr answers "/".
func startBinary(t *testing.T, dir, addr, bin string, args ...string) *server {
	t.Helper()
	logf, err := os.CreateTemp(t.TempDir(), "server-*.log")
	require.NoError(t, err)
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = logf, logf
	require.NoError(t, cmd.Start())
	s := &server{addr: addr, cmd: cmd, log: logf}
	t.Cleanup(s.stop)
	deadline := time.Now().Add(30 * time.Second)
	for {
		res, err := http.Get(s.url("/"))
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return s
			}
		}
		if time.Now().After(deadline) {
			out, _ := os.ReadFile(logf.Name())
			t.Fatalf("%s on %s did not start: %v\n%s", bin, addr, err, out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func mb(n int) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }
