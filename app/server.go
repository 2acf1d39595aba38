//go:build !wasm

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// serve runs the native server: it parses args, serves until SIGINT or
// SIGTERM, then shuts down gracefully. It returns the exit status. With
// "static" as the first argument it writes the static export instead
// (static.go).
func serve(lib *library, loadErr error, args []string) int {
	if len(args) > 0 && args[0] == "static" {
		return runStatic(lib, loadErr, args[1:])
	}
	fs := flag.NewFlagSet("diptych", flag.ContinueOnError)
	addr := fs.String("addr", "localhost:8000", "`host:port` to listen on")
	web := fs.String("web", "web", "`dir`ectory holding app.wasm (and .br, .gz), the stylesheet and icons")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if loadErr != nil {
		// The client shows the same error; the server says it once here.
		log.Printf("diptych: warning: %v", loadErr)
	}
	h, err := newHandler(*web)
	if err != nil {
		log.Printf("diptych: %v", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Printf("diptych: listen on %s: %v", *addr, err)
		return 1
	}
	srv := newHTTPServer(h)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	fmt.Printf("Diptych %s: %d articles, serving http://%s (Ctrl-C stops)\n", h.version, articleCount(lib), ln.Addr())
	select {
	case err := <-done:
		log.Printf("diptych: %v", err)
		return 1
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		log.Printf("diptych: shutdown: %v", err)
		return 1
	}
	return 0
}

// shutdownTimeout bounds the wait for requests in flight after SIGINT or
// SIGTERM; connections still open then are cut.
const shutdownTimeout = 10 * time.Second

// newHTTPServer returns the server for h, with timeouts so that a slow or
// stalled client cannot hold a connection (or a shutdown) forever.
func newHTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

func articleCount(lib *library) int {
	if lib == nil {
		return 0
	}
	return len(lib.ix.Articles)
}
