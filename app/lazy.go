package main

import (
	"sync"
	"sync/atomic"
)

// lazy is a value made on first use by make, once, then shared: the
// server pre-renders pages concurrently, so get is safe from several
// goroutines.
type lazy[T any] struct {
	once sync.Once
	make func() T
	v    T
	done atomic.Bool // v is made
}

// get returns the value, making it on the first call; with no make, it
// is T's zero value.
func (z *lazy[T]) get() T {
	z.once.Do(func() {
		if z.make != nil {
			z.v = z.make()
		}
		z.done.Store(true)
	})
	return z.v
}

// made returns the value if it is made already, without making it.
func (z *lazy[T]) made() (T, bool) {
	if !z.done.Load() {
		var zero T
		return zero, false
	}
	return z.v, true
}
