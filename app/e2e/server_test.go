package e2e

import (
	"fmt"
	"net"
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
	return startBinary(t, "", addr, bin, "-addr", addr, "-web", webDir)
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
