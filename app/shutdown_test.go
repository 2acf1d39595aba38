//go:build !wasm

package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHTTPServerTimeouts(t *testing.T) {
	srv := newHTTPServer(http.NotFoundHandler())
	assert.Positive(t, srv.ReadHeaderTimeout, "a client that never finishes its headers is cut")
	assert.Positive(t, srv.ReadTimeout)
	assert.Positive(t, srv.WriteTimeout)
	assert.Positive(t, srv.IdleTimeout)
	assert.Positive(t, srv.MaxHeaderBytes)
	assert.GreaterOrEqual(t, srv.WriteTimeout, 30*time.Second, "room to send app.wasm to a slow reader")
	assert.Positive(t, shutdownTimeout)
}

// TestGracefulShutdown sends SIGTERM to a server in the middle of sending
// a large app.wasm: it stops accepting connections, finishes the response,
// and exits with status 0.
func TestGracefulShutdown(t *testing.T) {
	web := fakeWeb(t)
	const size = 32 << 20 // more than the socket buffers hold
	require.NoError(t, os.WriteFile(filepath.Join(web, "app.wasm"), make([]byte, size), 0o644))
	for _, ext := range []string{".br", ".gz"} {
		require.NoError(t, os.Remove(filepath.Join(web, "app.wasm"+ext)))
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeHelperProcess$")
	cmd.Env = append(os.Environ(), "DIPTYCH_SERVE_HELPER="+web)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	out := bufio.NewReader(stdout)
	line, err := out.ReadString('\n')
	require.NoError(t, err)
	m := regexp.MustCompile(`serving http://(\S+) `).FindStringSubmatch(line)
	require.NotNil(t, m, "start-up line: %q", line)
	addr := m[1]

	// A response under way: the headers are read, most of the body is not.
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	_, err = io.WriteString(conn, "GET /web/app.wasm HTTP/1.1\r\nHost: diptych\r\n\r\n")
	require.NoError(t, err)
	require.NoError(t, conn.SetReadDeadline(time.Now().Add(60*time.Second)))
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, res.StatusCode)

	require.NoError(t, cmd.Process.Signal(syscall.SIGTERM))
	refused := false
	for range 500 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			refused = true
			break
		}
		c.Close()
		time.Sleep(10 * time.Millisecond)
	}
	assert.True(t, refused, "after SIGTERM the server accepts no new connection")

	// The response under way is finished.
	n, err := io.Copy(io.Discard, res.Body)
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, int64(size), n, "the whole file arrives")

	done := make(chan error, 1)
	go func() { _, _ = io.Copy(io.Discard, out); done <- cmd.Wait() }()
	select {
	case err := <-done:
		assert.NoError(t, err, "the server exits with status 0")
	case <-time.After(shutdownTimeout + 20*time.Second):
		t.Fatal("the server did not exit after SIGTERM")
	}
}

// TestServeHelperProcess is the server TestGracefulShutdown stops.
func TestServeHelperProcess(t *testing.T) {
	web := os.Getenv("DIPTYCH_SERVE_HELPER")
	if web == "" {
		t.Skip("helper process for TestGracefulShutdown")
	}
	lib, err := newLibrary(indexData)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	registerRoutes(lib, nil)
	os.Exit(serve(lib, nil, []string{"-addr", "127.0.0.1:0", "-web", web}))
}
