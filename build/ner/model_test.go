package ner

import (
	"bytes"
	"compress/gzip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestModelRoundTrip(t *testing.T) {
	m := &model{stage1: newWeights(8), stage2: newWeights(8)}
	w1 := m.stage1.(*weights)
	w1.w[5] = 1.5
	w1.w[100] = -3
	var buf bytes.Buffer
	require.NoError(t, writeModel(&buf, m))
	got, err := readModel(&buf)
	require.NoError(t, err)
	q := got.stage1.(*qweights)
	assert.InDelta(t, 1.5, float32(q.q[5])*q.scale, 0.001)
	assert.InDelta(t, -3, float32(q.q[100])*q.scale, 0.001)
	assert.Equal(t, int16(0), q.q[6])
}

func TestReadModelBadInput(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	tests := []struct {
		name string
		data []byte
	}{
		{"not gzip", []byte("hello")},
		{"bad magic", gz([]byte("NOTAMODEL"))},
		{"bad header", gz([]byte(modelMagic + "\x40\x00\x00\x00\x11\x00\x00\x00"))},
		{"truncated", gz([]byte(modelMagic + "\x08\x00\x00\x00\x11\x00\x00\x00\x00\x00\x80\x3f\x01\x02"))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readModel(bytes.NewReader(tt.data))
			assert.Error(t, err)
		})
	}
}

func TestEmbeddedModelLoads(t *testing.T) {
	x, err := Load()
	require.NoError(t, err)
	assert.NotNil(t, x.m.stage1)
	assert.Less(t, len(embeddedModel), 8<<20, "model must stay under 8 MB")
}
