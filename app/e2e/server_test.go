package e2e

import (
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// server is a running bin/diptych.
type server struct {
	addr string // host:port
	cmd  *exec.Cmd
	log  *os.File
}

// freeAddr returns a loopback address with a port nobody listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := ln.Addr().String()
	require.NoError(t, ln.Close())
	return addr
}

// startServer runs bin/diptych on addr serving webDir and waits until it
// answers. It is stopped at the end of the test if still running.
func startServer(t *testing.T, addr, webDir string) *server {
	t.Helper()
	return startServerBin(t, filepath.Join(root, "bin", "diptych"), addr, webDir)
}

// startServerBin is startServer for another build of the server (bin), such
// as the one over the hostile corpus.
func startServerBin(t *testing.T, bin, addr, webDir string) *server {
	t.Helper()
	logf, err := os.CreateTemp(t.TempDir(), "server-*.log")
	require.NoError(t, err)
	cmd := exec.Command(bin, "-addr", addr, "-web", webDir)
	cmd.Stdout, cmd.Stderr = logf, logf
	require.NoError(t, cmd.Start())
	s := &server{addr: addr, cmd: cmd, log: logf}
	t.Cleanup(s.stop)
	deadline := time.Now().Add(20 * time.Second)
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
			t.Fatalf("server on %s did not start: %v\n%s", addr, err, out)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s *server) url(path string) string { return fmt.Sprintf("http://%s%s", s.addr, path) }

// stop sends SIGTERM and waits for a graceful exit.
func (s *server) stop() {
	if s.cmd.ProcessState != nil {
		return
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = s.cmd.Process.Kill()
		<-done
	}
}
