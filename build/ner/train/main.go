// Command train fits Diptych's entity model on CoNLL-2003 data and writes
// the gzip'd hashed weights that package ner embeds. It is a build-time
// tool for maintainers, not part of the build pipeline.
//
// Usage:
//
//	go run ./build/ner/train -train ../shared/data/conll2003/eng.train \
//	    -dev ../shared/data/conll2003/eng.testa -out build/ner/model/ner.model.gz
package main

import (
	"flag"
	"fmt"
	"os"

	"diptych/build/ner"
)

func main() {
	var cfg ner.TrainConfig
	flag.StringVar(&cfg.TrainFile, "train", "../shared/data/conll2003/eng.train", "CoNLL-2003 training file")
	flag.StringVar(&cfg.DevFile, "dev", "", "CoNLL-2003 development file to score after training (never trained on)")
	flag.Float64Var(&cfg.Holdout, "holdout", 0, "share of training documents held out for tuning (0..0.5)")
	bits := flag.Uint("bits", 19, "log2 of the number of weight rows")
	flag.IntVar(&cfg.Epochs, "epochs", 10, "passes per stage")
	flag.IntVar(&cfg.Folds, "folds", 4, "jackknife folds for stage two")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "shuffle seed")
	flag.StringVar(&cfg.Out, "out", "", "where to write the model (empty: do not write)")
	flag.Parse()
	cfg.Bits = *bits
	if err := ner.Train(cfg, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
