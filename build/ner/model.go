package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// weights is a hashed linear model: a table of 2^bits rows, one weight per
// tag in each row. A feature's hash picks its row.
type weights struct {
	bits uint
	w    []float32 // (1<<bits) * numTags
}

func newWeights(bits uint) *weights {
	return &weights{bits: bits, w: make([]float32, (1<<bits)*numTags)}
}

// row returns the index of the first weight of feature hash h.
func (m *weights) row(h uint64) int {
	h *= 0x9E3779B97F4A7C15
	return int(h>>(64-m.bits)) * numTags
}

// addScores adds the weights of feats to scores.
func (m *weights) addScores(scores *[numTags]float32, feats []uint64) {
	for _, f := range feats {
		r := m.w[m.row(f):]
		r = r[:numTags]
		for t := range scores {
			scores[t] += r[t]
		}
	}
}

// scorer adds the weights of features to per-tag scores.
type scorer interface {
	addScores(scores *[numTags]float32, feats []uint64)
}

// qweights is a weight table quantised to 16 bits, as loaded for tagging:
// half the memory of float32, so more of it stays in cache.
type qweights struct {
	bits  uint
	scale float32
	q     []int16
}

func (m *qweights) addScores(scores *[numTags]float32, feats []uint64) {
	var acc [numTags]int32
	for _, f := range feats {
		h := f * 0x9E3779B97F4A7C15
		r := m.q[int(h>>(64-m.bits))*numTags:]
		r = r[:numTags]
		for t := range acc {
			acc[t] += int32(r[t])
		}
	}
	for t := range scores {
		scores[t] += float32(acc[t]) * m.scale
	}
}

// model is the two-stage tagger: stage one sees local and document
// features, stage two also sees how stage one labelled each word across the
// document.
type model struct {
	stage1, stage2 scorer
}

// Model file format (gzip'd):
//
//	magic "DIPNER1\n", uint32 bits, uint32 numTags, then for each stage:
//	float32 scale, then (1<<bits)*numTags int16 weights (weight = q*scale).
const modelMagic = "DIPNER1\n"

// writeModel writes m quantised to 16 bits.
func writeModel(w io.Writer, m *model) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(modelMagic)
	s1, ok1 := m.stage1.(*weights)
	s2, ok2 := m.stage2.(*weights)
	if !ok1 || !ok2 {
		return errors.New("write model: only a freshly trained model can be written")
	}
	binary.Write(bw, binary.LittleEndian, uint32(s1.bits))
	binary.Write(bw, binary.LittleEndian, uint32(numTags))
	for _, s := range []*weights{s1, s2} {
		var max float64
		for _, v := range s.w {
			max = math.Max(max, math.Abs(float64(v)))
		}
		scale := float32(max / 32767)
		if scale == 0 {
			scale = 1
		}
		binary.Write(bw, binary.LittleEndian, scale)
		buf := make([]byte, 2*4096)
		for i := 0; i < len(s.w); i += 4096 {
			end := min(i+4096, len(s.w))
			for j := i; j < end; j++ {
				q := int16(math.Round(float64(s.w[j] / scale)))
				binary.LittleEndian.PutUint16(buf[2*(j-i):], uint16(q))
			}
			bw.Write(buf[:2*(end-i)])
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// readModel reads a model written by writeModel.
func readModel(r io.Reader) (*model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	magic := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != modelMagic {
		return nil, errors.New("not a Diptych NER model (bad magic)")
	}
	var bits, tags uint32
	binary.Read(br, binary.LittleEndian, &bits)
	if err := binary.Read(br, binary.LittleEndian, &tags); err != nil {
		return nil, err
	}
	if bits < 8 || bits > 26 || tags != uint32(numTags) {
		return nil, fmt.Errorf("model has %d bits and %d tags, want 8..26 bits and %d tags", bits, tags, numTags)
	}
	m := &model{}
	buf := make([]byte, 2*4096)
	for _, s := range []*scorer{&m.stage1, &m.stage2} {
		ws := &qweights{bits: uint(bits), q: make([]int16, (1<<bits)*numTags)}
		if err := binary.Read(br, binary.LittleEndian, &ws.scale); err != nil {
			return nil, fmt.Errorf("truncated model: %w", err)
		}
		for i := 0; i < len(ws.q); i += 4096 {
			end := min(i+4096, len(ws.q))
			if _, err := io.ReadFull(br, buf[:2*(end-i)]); err != nil {
				return nil, fmt.Errorf("truncated weights: %w", err)
			}
			for j := i; j < end; j++ {
				ws.q[j] = int16(binary.LittleEndian.Uint16(buf[2*(j-i):]))
			}
		}
		*s = ws
	}
	return m, nil
}
