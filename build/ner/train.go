package ner

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"time"
)

// TrainConfig says how to fit the model.
type TrainConfig struct {
	// TrainFile is CoNLL-2003 training data (eng.train).
	TrainFile string
	// DevFile, if set, is scored after training (eng.testa); it is never
	// trained on.
	DevFile string
	// Holdout is the share of training documents (0..0.5) kept out of
	// training to tune on; 0 trains on all of them.
	Holdout float64
	// Bits sets the weight table to 2^Bits rows (default 19).
	Bits uint
	// Epochs is the number of passes of each stage (default 10).
	Epochs int
	// Folds is the number of jackknife folds used to give stage two
	// realistic stage-one input on training data (default 4).
	Folds int
	// Seed makes the document shuffling reproducible.
	Seed uint64
	// Out is where the gzip'd model is written.
	Out string
}

// averaged is an averaged perceptron over a hashed weight table.
type averaged struct {
	w     *weights
	u     []float32 // sum of c*delta, for averaging
	c     float32
	steps int
}

func newAveraged(bits uint) *averaged {
	w := newWeights(bits)
	return &averaged{w: w, u: make([]float32, len(w.w)), c: 1}
}

func (a *averaged) update(feats []uint64, tag int, delta float32) {
	for _, f := range feats {
		r := a.w.row(f) + tag
		a.w.w[r] += delta
		a.u[r] += a.c * delta
	}
}

// final returns the averaged weights.
func (a *averaged) final() *weights {
	out := newWeights(a.w.bits)
	for i, v := range a.w.w {
		out.w[i] = v - a.u[i]/a.c
	}
	return out
}

// trainDoc is a prepared training document.
type trainDoc struct {
	d    *docInfo
	gold []int
	s1   []int // jackknifed stage-one tags, for stage two
	agg  map[string][numLabels]int32
}

// trainStage fits one stage over docs (stage two when useS1).
func trainStage(docs []*trainDoc, bits uint, epochs int, useS1 bool, seed uint64, log io.Writer, name string) *weights {
	av := newAveraged(bits)
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	var dec decoder
	var feats []uint64
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		errs, total := 0, 0
		for _, di := range order {
			td := docs[di]
			d := td.d
			pred := make([]int, len(d.toks))
			var s1 []int
			if useS1 {
				s1 = td.s1
			}
			for a := 0; a < len(d.toks); {
				b := a + 1
				for b < len(d.toks) && !d.sentStart[b] {
					b++
				}
				dec.ready = nil // the weights changed
				dec.decode(av.w, d, a, b, s1, td.agg, pred)
				for k := a; k < b; k++ {
					g, p := td.gold[k], pred[k]
					gp, pp := startTag, startTag
					if k > a {
						gp, pp = td.gold[k-1], pred[k-1]
					}
					if g == p && gp == pp {
						continue
					}
					if g != p {
						errs++
						feats = d.localFeatures(feats[:0], k, s1, td.agg)
						av.update(feats, g, +1)
						av.update(feats, p, -1)
					}
					feats = d.transFeatures(feats[:0], k, gp)
					av.update(feats, g, +1)
					feats = d.transFeatures(feats[:0], k, pp)
					av.update(feats, p, -1)
				}
				total += b - a
				av.c++
				a = b
			}
		}
		fmt.Fprintf(log, "%s epoch %d: %d/%d token errors (%.2f%%)\n", name, ep+1, errs, total, 100*float64(errs)/float64(total))
	}
	return av.final()
}

// Train fits the two-stage model on cfg.TrainFile and writes it to cfg.Out,
// logging progress and scores to log.
func Train(cfg TrainConfig, log io.Writer) error {
	start := time.Now()
	if cfg.Bits == 0 {
		cfg.Bits = 19
	}
	if cfg.Epochs == 0 {
		cfg.Epochs = 10
	}
	if cfg.Folds == 0 {
		cfg.Folds = 4
	}
	if cfg.Holdout < 0 || cfg.Holdout > 0.5 {
		return fmt.Errorf("train: holdout %v out of range 0..0.5", cfg.Holdout)
	}
	gz := newGazetteer()
	docs, err := loadLabelled(cfg.TrainFile, gz)
	if err != nil {
		return fmt.Errorf("train: %w", err)
	}
	var held []*trainDoc
	if cfg.Holdout > 0 {
		// Every k-th document, so the held-out part spans the whole file.
		step := int(1 / cfg.Holdout)
		var keep []*trainDoc
		for i, d := range docs {
			if i%step == step-1 {
				held = append(held, d)
			} else {
				keep = append(keep, d)
			}
		}
		docs = keep
	}
	fmt.Fprintf(log, "train: %d documents (%d held out)\n", len(docs), len(held))

	// Jackknife stage one so stage two learns from realistic input.
	for f := 0; f < cfg.Folds; f++ {
		var in, out []*trainDoc
		for i, d := range docs {
			if i%cfg.Folds == f {
				out = append(out, d)
			} else {
				in = append(in, d)
			}
		}
		w := trainStage(in, cfg.Bits, cfg.Epochs, false, cfg.Seed+uint64(f), io.Discard, "")
		for _, d := range out {
			d.s1 = tagStage(w, d.d, nil, nil)
			d.agg = d.d.aggregate(d.s1)
		}
		fmt.Fprintf(log, "jackknife fold %d/%d done (%s)\n", f+1, cfg.Folds, time.Since(start).Round(time.Second))
	}
	m := &model{}
	m.stage1 = trainStage(docs, cfg.Bits, cfg.Epochs, false, cfg.Seed, log, "stage 1")
	m.stage2 = trainStage(docs, cfg.Bits, cfg.Epochs, true, cfg.Seed+100, log, "stage 2")
	fmt.Fprintf(log, "trained in %s\n", time.Since(start).Round(time.Second))

	if len(held) > 0 {
		fmt.Fprintf(log, "held-out part of train, stage one only:\n%s", evalDocs(&model{stage1: m.stage1}, held))
		fmt.Fprintf(log, "held-out part of train:\n%s", evalDocs(m, held))
	}
	if cfg.DevFile != "" {
		dev, err := loadLabelled(cfg.DevFile, gz)
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		fmt.Fprintf(log, "development set %s:\n%s", cfg.DevFile, evalDocs(m, dev))
	}
	if cfg.Out != "" {
		f, err := os.Create(cfg.Out)
		if err != nil {
			return fmt.Errorf("train: %w", err)
		}
		if err := writeModel(f, m); err != nil {
			f.Close()
			return fmt.Errorf("train: write %s: %w", cfg.Out, err)
		}
		if err := f.Close(); err != nil {
			return fmt.Errorf("train: write %s: %w", cfg.Out, err)
		}
		st, _ := os.Stat(cfg.Out)
		fmt.Fprintf(log, "wrote %s (%d bytes) in %s total\n", cfg.Out, st.Size(), time.Since(start).Round(time.Second))
	}
	return nil
}

// loadLabelled reads a CoNLL file and prepares its documents.
func loadLabelled(path string, gz *gazetteer) ([]*trainDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	raw, err := readCoNLL(f, path)
	if err != nil {
		return nil, err
	}
	out := make([]*trainDoc, len(raw))
	for i, r := range raw {
		out[i] = &trainDoc{d: prepare(r.Tokens, gz), gold: spansToTags(r.Gold, len(r.Tokens))}
	}
	return out, nil
}

// evalDocs scores m on docs: exact-span precision, recall and F1 per class
// and micro-averaged over PER, ORG and LOC (conlleval semantics).
func evalDocs(m *model, docs []*trainDoc) string {
	var tp, fp, fn [numLabels]int
	for _, td := range docs {
		pred := m.tagDoc(td.d)
		gold := tagsToSpans(td.gold, td.d.sentStart)
		gs := map[span]bool{}
		for _, g := range gold {
			gs[g] = true
		}
		for _, p := range pred {
			if gs[p] {
				tp[p.Label]++
				delete(gs, p)
			} else {
				fp[p.Label]++
			}
		}
		for g := range gs {
			fn[g.Label]++
		}
	}
	return scoreTable(tp, fp, fn)
}

func scoreTable(tp, fp, fn [numLabels]int) string {
	prf := func(tp, fp, fn int) (float64, float64, float64) {
		p := float64(tp) / float64(max(tp+fp, 1))
		r := float64(tp) / float64(max(tp+fn, 1))
		f := 0.0
		if p+r > 0 {
			f = 2 * p * r / (p + r)
		}
		return 100 * p, 100 * r, 100 * f
	}
	s := fmt.Sprintf("  %-6s %7s %7s %7s %6s\n", "class", "P", "R", "F1", "gold")
	var T, P, N int
	for l := labelPER; l < numLabels; l++ {
		p, r, f := prf(tp[l], fp[l], fn[l])
		s += fmt.Sprintf("  %-6s %7.2f %7.2f %7.2f %6d\n", l, p, r, f, tp[l]+fn[l])
		if l != labelMISC {
			T, P, N = T+tp[l], P+fp[l], N+fn[l]
		}
	}
	p, r, f := prf(T, P, N)
	s += fmt.Sprintf("  %-6s %7.2f %7.2f %7.2f %6d\n", "micro", p, r, f, T+N)
	return s
}
