package e2e

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// browser is a headless Chromium with a fresh profile, recording what the
// page logs and requests.
type browser struct {
	ctx context.Context

	mu       sync.Mutex
	console  []string // console errors and warnings, exceptions, browser log errors
	requests []string // every URL the page or its worker asked for
	failed   []string // requests that failed, with the reason
}

// chromePath finds Debian's Chromium (or $CHROME).
func chromePath(t *testing.T) string {
	if p := os.Getenv("CHROME"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("Chromium not found: run build/tools/ensure-chromium (make browser-test does) or set CHROME")
	return ""
}

// newBrowser starts Chromium with the flags that work on this kind of
// machine and a new empty profile. It is closed at the end of the test.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromePath(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancelCtx(); cancelAlloc() })
	b := &browser{ctx: ctx}
	require.NoError(t, chromedp.Do(ctx), "start Chromium")
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleWarning || m.IsException() {
				b.record(&b.console, string(m.Type)+": "+m.String())
			}
		}
	}()
	go func() {
		for ev, err := range chromedp.Events(ctx, network.RequestWillBeSent) {
			if err != nil {
				return
			}
			b.record(&b.requests, ev.Request.URL)
		}
	}()
	go func() {
		for ev, err := range chromedp.Events(ctx, network.LoadingFailed) {
			if err != nil {
				return
			}
			b.record(&b.failed, string(ev.Type)+" "+ev.ErrorText)
		}
	}()
	return b
}

func (b *browser) record(list *[]string, s string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	*list = append(*list, s)
}

// snapshot returns copies of the recorded lists.
func (b *browser) snapshot() (console, requests, failed []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.console...), append([]string(nil), b.requests...), append([]string(nil), b.failed...)
}

// run runs actions with a time limit, failing the test on error.
func (b *browser) run(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	require.NoError(t, chromedp.Do(ctx, actions...), what)
}

// eval evaluates a JavaScript expression (awaiting a promise) and returns
// its value.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	require.NoError(t, err, "evaluate %s", expr)
	return v
}

// waitFor polls a JavaScript predicate until it is true. A navigation
// under way destroys the page's JavaScript context mid-poll; the poll then
// starts again in the new page.
func (b *browser) waitFor(t *testing.T, what, predicate string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	for {
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](predicate, chromedp.WithPollingInterval(20*time.Millisecond)))
		if err == nil {
			return
		}
		if ctx.Err() != nil || !strings.Contains(err.Error(), "context") {
			require.NoError(t, err, "waiting for %s (%s)", what, predicate)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitClient waits until the WebAssembly client has rendered the page,
// the search view's list and side column included (they follow the first
// view, aria-busy until then).
func (b *browser) waitClient(t *testing.T) {
	t.Helper()
	b.waitFor(t, "the client to render", `document.querySelector('[data-client="true"] main') !== null && document.querySelector('.result-list[aria-busy="true"], .search-side[aria-busy="true"]') === null`)
}

// assertClean checks that the console stayed empty, that no request failed
// and that no request left the loopback interface.
func (b *browser) assertClean(t *testing.T, allowFailed bool) {
	t.Helper()
	console, requests, failed := b.snapshot()
	require.Empty(t, console, "the console must stay empty")
	if !allowFailed {
		require.Empty(t, failed, "no request may fail")
	}
	for _, r := range requests {
		u, err := url.Parse(r)
		if err != nil { // a malformed escape, as hostile links have: only the host matters here
			u, err = url.Parse(strings.ReplaceAll(r, "%", "%25"))
		}
		require.NoError(t, err)
		if u.Scheme == "data" || u.Scheme == "blob" {
			continue
		}
		host := u.Hostname()
		require.True(t, host == "127.0.0.1" || host == "localhost" || strings.HasPrefix(host, "127."),
			"request left localhost: %s", r)
	}
}
