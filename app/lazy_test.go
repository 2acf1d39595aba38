package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLazy(t *testing.T) {
	calls := 0
	z := lazy[int]{make: func() int { calls++; return 7 }}
	_, ok := z.made()
	assert.False(t, ok, "nothing made before get")
	assert.Equal(t, 7, z.get())
	assert.Equal(t, 7, z.get())
	assert.Equal(t, 1, calls, "made once")
	v, ok := z.made()
	assert.True(t, ok)
	assert.Equal(t, 7, v)

	var none lazy[[]int]
	assert.Nil(t, none.get(), "no make: the zero value")
	_, ok = none.made()
	assert.True(t, ok)
}
