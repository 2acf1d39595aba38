package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/build/pipeline"
)

// TestEmbeddedIndexIsFresh proves the index compiled into the app is
// byte for byte what `go run ./build index` makes of corpus/articles: the
// build is deterministic and the committed index is not stale. After a
// build over another corpus (make run CORPUS=...), `make test` rebuilds
// the default one first.
func TestEmbeddedIndexIsFresh(t *testing.T) {
	built, _, err := pipeline.Build("../corpus/articles", pipeline.Options{})
	require.NoError(t, err)
	again, _, err := pipeline.Build("../corpus/articles", pipeline.Options{})
	require.NoError(t, err)
	require.Equal(t, built, again, "two builds of the same corpus must be identical")
	assert.True(t, string(built) == indexData,
		"app/index.bin is not what corpus/articles builds to (%d vs %d bytes): run `make index`", len(indexData), len(built))
}

func TestEmbeddedIndexLoads(t *testing.T) {
	lib, err := newLibrary(indexData)
	require.NoError(t, err)
	assert.NotEmpty(t, lib.all())
}

func TestDamagedIndexIsReported(t *testing.T) {
	_, err := newLibrary(indexData[:len(indexData)/2])
	require.Error(t, err)
	assert.Contains(t, err.Error(), "corrupt index")
}
