//go:build unix

package ner

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time this process has used (user + system), so
// that benchmarks can report single-core throughput on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
