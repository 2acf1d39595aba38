package e2e

import (
	"encoding/json"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"
)

// mainTask is one task of the page's main thread, from a Chromium trace:
// its wall time and the CPU time the thread spent in it, in ms. On a
// loaded machine the wall time of a task grows with the waits for a core;
// its CPU time does not.
type mainTask struct {
	wall, cpu float64
}

// traceMainTasks records a Chromium trace while run runs and returns the
// tasks of the renderer's main thread.
func traceMainTasks(t *testing.T, b *browser, run func()) []mainTask {
	t.Helper()
	type event struct {
		Name string          `json:"name"`
		Ph   string          `json:"ph"`
		Pid  int             `json:"pid"`
		Tid  int             `json:"tid"`
		Dur  float64         `json:"dur"`  // µs
		TDur float64         `json:"tdur"` // µs
		Args json.RawMessage `json:"args"`
	}
	var (
		mu     sync.Mutex
		events []event
		done   = make(chan struct{})
	)
	go func() {
		for ev, err := range chromedp.Events(b.ctx, tracing.DataCollected) {
			if err != nil {
				return
			}
			mu.Lock()
			for _, v := range ev.Value {
				var e event
				if json.Unmarshal([]byte(v), &e) == nil && (e.Name == "RunTask" && e.Ph == "X" || e.Name == "thread_name" && e.Ph == "M") {
					events = append(events, e)
				}
			}
			mu.Unlock()
		}
	}()
	go func() {
		for _, err := range chromedp.Events(b.ctx, tracing.TracingComplete) {
			if err == nil {
				close(done)
			}
			return
		}
	}()
	_, err := chromedp.Call(b.ctx, tracing.Start, tracing.StartParams{TraceConfig: &tracing.TraceConfig{IncludedCategories: []string{"toplevel", "disabled-by-default-devtools.timeline"}}})
	require.NoError(t, err, "start tracing")
	run()
	_, err = chromedp.Call(b.ctx, tracing.End, struct{}{})
	require.NoError(t, err, "end tracing")
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("the trace did not complete")
	}
	mu.Lock()
	defer mu.Unlock()
	type thread struct{ pid, tid int }
	main := map[thread]bool{}
	for _, e := range events {
		var a struct {
			Name string `json:"name"`
		}
		if e.Ph == "M" && json.Unmarshal(e.Args, &a) == nil && a.Name == "CrRendererMain" {
			main[thread{e.Pid, e.Tid}] = true
		}
	}
	require.NotEmpty(t, main, "the trace names the renderer's main thread")
	var out []mainTask
	for _, e := range events {
		if e.Ph == "X" && main[thread{e.Pid, e.Tid}] {
			out = append(out, mainTask{wall: e.Dur / 1e3, cpu: e.TDur / 1e3})
		}
	}
	return out
}
