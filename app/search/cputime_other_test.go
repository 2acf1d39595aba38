//go:build !linux

package search

import "time"

// threadCPU is unavailable here: benchmarks report wall-clock time only.
func threadCPU() (time.Duration, bool) { return 0, false }
