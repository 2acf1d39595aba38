package e2e

import (
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// TestTypingLatency types queries one key at a time and logs the time from
// each keystroke to the frame that shows its results (performance measure
// "diptych:type", set by the search view) and the engine's share of it
// ("diptych:engine"). It reports, it does not assert times.
//
// By default it runs on the app `make build` made (the seed corpus). Set
// DIPTYCH_LATENCY_ROOT to another checkout whose bin/diptych and web/ were
// built over another corpus (e.g. Cranfield) to measure that one.
func TestTypingLatency(t *testing.T) {
	dir := root
	if d := os.Getenv("DIPTYCH_LATENCY_ROOT"); d != "" {
		dir = d
	}
	b := newBrowser(t)
	addr := freeAddr(t)
	stop := serveFrom(t, filepath.Join(dir, "bin", "diptych"), addr, filepath.Join(dir, "web"))
	defer stop()
	b.run(t, "open /", chromedp.Navigate("http://"+addr+"/"))
	b.waitClient(t)
	b.run(t, "focus", chromedp.Focus("#q"))
	for _, q := range []string{"ceasefire talks", " hostages", " boundary layer"} {
		for _, r := range q {
			n := eval[int](t, b, `performance.getEntriesByName('diptych:type').length`)
			b.run(t, "type", chromedp.KeyEvent(string(r)))
			// One key at a time, as a person types: wait for this key's
			// measure before the next.
			b.waitFor(t, "the render", fmt.Sprintf(`performance.getEntriesByName('diptych:type').length > %d`, n))
			time.Sleep(60 * time.Millisecond)
		}
	}
	typed := eval[[]float64](t, b, `performance.getEntriesByName('diptych:type').map(e => e.duration)`)
	engine := eval[[]float64](t, b, `performance.getEntriesByName('diptych:engine').map(e => e.duration)`)
	require.NotEmpty(t, typed, "the search view measures keystroke-to-render")
	t.Logf("keystroke to render, ms, in order: %.0f", typed)
	t.Logf("engine, ms, in order: %.0f", engine)
	articles := eval[string](t, b, `document.querySelector('#status').textContent`)
	t.Logf("corpus %s: %d keystrokes; keystroke to rendered results: median %.1f ms, p90 %.1f ms, max %.1f ms; engine: median %.1f ms, max %.1f ms (last status: %s)",
		dir, len(typed), quantile(typed, 0.5), quantile(typed, 0.9), quantile(typed, 1), quantile(engine, 0.5), quantile(engine, 1), articles)
}

func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(q * float64(len(s)-1))
	return s[i]
}

// serveFrom runs the server binary bin on addr serving web and waits
// until it answers; the returned func stops it.
func serveFrom(t *testing.T, bin, addr, web string) func() {
	t.Helper()
	cmd := exec.Command(bin, "-addr", addr, "-web", web)
	require.NoError(t, cmd.Start(), "start %s", bin)
	stop := func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		_ = cmd.Wait()
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		res, err := http.Get(fmt.Sprintf("http://%s/", addr))
		if err == nil {
			res.Body.Close()
			return stop
		}
		if time.Now().After(deadline) {
			stop()
			t.Fatalf("server %s on %s did not start: %v", bin, addr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
