package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// previous writes the "previous build" of a file and returns its path.
func previous(t *testing.T) (dir, path string) {
	t.Helper()
	dir = t.TempDir()
	path = filepath.Join(dir, "index.bin")
	require.NoError(t, os.WriteFile(path, []byte("the previous, good index"), 0o644))
	return dir, path
}

// entries lists the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteAtomic(t *testing.T) {
	tests := []struct {
		name    string
		write   func(io.Writer) error
		target  func(t *testing.T, path string) // prepares the target; nil keeps the previous file
		wantErr string
		want    string // the target's content afterwards
	}{
		{"success replaces the file", func(w io.Writer) error {
			_, err := io.WriteString(w, "the new index")
			return err
		}, nil, "", "the new index"},
		{"a failing write leaves the previous file", func(w io.Writer) error {
			_, _ = io.WriteString(w, "half of the new ind")
			return errors.New("disk full")
		}, nil, "disk full", "the previous, good index"},
		{"a failing rename leaves the target and no temporary file", func(w io.Writer) error {
			_, err := io.WriteString(w, "the new index")
			return err
		}, func(t *testing.T, path string) {
			require.NoError(t, os.Remove(path))
			require.NoError(t, os.MkdirAll(filepath.Join(path, "in-the-way"), 0o755))
		}, "write ", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir, path := previous(t)
			if tc.target != nil {
				tc.target(t, path)
			}
			err := writeAtomic(path, tc.write)
			if tc.wantErr != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.wantErr)
				assert.Contains(t, err.Error(), path, "the error names the file")
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, []string{"index.bin"}, entries(t, dir), "no temporary file is left")
			if st, err := os.Stat(path); err == nil && !st.IsDir() {
				got, err := os.ReadFile(path)
				require.NoError(t, err)
				assert.Equal(t, tc.want, string(got))
				assert.Equal(t, os.FileMode(0o644), st.Mode().Perm())
			}
		})
	}
}

// TestWriteAtomicKilled kills a process in the middle of writing the index:
// the previous index is still there, whole.
func TestWriteAtomicKilled(t *testing.T) {
	dir, path := previous(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestWriteAtomicHelperProcess$")
	cmd.Env = append(os.Environ(), "DIPTYCH_ATOMIC_HELPER="+path)
	out, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	line, err := bufio.NewReader(out).ReadString('\n')
	require.NoError(t, err)
	require.Equal(t, "half written\n", line)
	require.NoError(t, cmd.Process.Kill())
	_ = cmd.Wait()

	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "the previous, good index", string(got))
	var temps []string
	for _, name := range entries(t, dir) {
		if name != "index.bin" {
			temps = append(temps, name)
		}
	}
	require.Len(t, temps, 1, "the killed write left its temporary file")
	assert.True(t, strings.HasPrefix(temps[0], ".index.bin.tmp-"), "hidden, beside the index: %s", temps[0])
}

// TestWriteAtomicHelperProcess is the process TestWriteAtomicKilled kills:
// it writes half an index, says so and waits to be killed.
func TestWriteAtomicHelperProcess(t *testing.T) {
	path := os.Getenv("DIPTYCH_ATOMIC_HELPER")
	if path == "" {
		t.Skip("helper process for TestWriteAtomicKilled")
	}
	_ = writeAtomic(path, func(w io.Writer) error {
		_, _ = io.WriteString(w, "half of the new ind")
		os.Stdout.WriteString("half written\n")
		time.Sleep(time.Hour) // killed here
		return nil
	})
	os.Exit(0)
}

// TestIndexCommandFailureKeepsIndex runs `build index` over a corpus that
// fails: the previous index is left as it was.
func TestIndexCommandFailureKeepsIndex(t *testing.T) {
	dir, path := previous(t)
	bad := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(bad, "empty.txt"), nil, 0o644))
	var stdout, stderr bytes.Buffer
	code := runMain(&cmdEnv{stdout: &stdout, stderr: &stderr}, []string{"index", "-corpus", bad, "-out", path})
	assert.Equal(t, 1, code, stderr.String())
	assert.Contains(t, stderr.String(), "empty file")
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "the previous, good index", string(got))
	assert.Equal(t, []string{"index.bin"}, entries(t, dir))
}
