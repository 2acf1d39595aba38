# Diptych. `make run` builds everything and serves it; `make test` runs every
# check. See README.md.

CORPUS ?= corpus/articles
ADDR   ?= localhost:8000
GO     ?= go
# Reproducible builds: the same sources give the same app.wasm, so an
# unchanged rebuild keeps the same Version (no spurious update notice).
GOBUILD = $(GO) build -trimpath -buildvcs=false -ldflags='-s -w'

.PHONY: all build index wasm server run static bench test vet unit fuzz-short fuzz browser-test clean icons parse related model eval eval-ner eval-search bench-search bench-compare

all: build

## build: the index, app.wasm (+ .br, .gz) and the server, without serving.
build: index wasm server

## index: build app/index.bin from $(CORPUS).
index:
	$(GO) run ./build index -corpus $(CORPUS) -out app/index.bin

## wasm: the WebAssembly client, precompressed for the server.
wasm: index
	GOOS=js GOARCH=wasm $(GOBUILD) -o web/app.wasm ./app
	$(GO) run ./build compress web/app.wasm

## server: the native server binary.
server: index
	$(GOBUILD) -o bin/diptych ./app

## run: build, then serve on http://$(ADDR).
run: build
	bin/diptych -addr $(ADDR) -web web

## static: write dist/, the app for any static host (GitHub Pages, Netlify,
## Cloudflare Pages): pages, 404.html shell, _headers, .br/.gz copies.
static: build
	bin/diptych static -web web -out dist

## bench: payload, start-up, in-browser search against MiniSearch, Lunr and
## FlexSearch, index builds: one table from one run (several minutes; parts
## needing ../shared/data are skipped without it).
bench: CORPUS = corpus/articles
bench: build bench-search
	build/tools/ensure-chromium
	DIPTYCH_E2E=1 DIPTYCH_BENCH=1 $(GO) test -count=1 -v -timeout 60m -run '^TestBench$$' ./app/e2e/

## bench-compare: issue #7's budget, two ~1,000-word BBC articles compared in the
## browser (first after a cold /compare load, and later); needs ../shared/data.
## BASE= names other builds' .cache/bench/bbc folders (comma separated)
## to take turns with.
bench-compare: build
	build/tools/ensure-chromium
	DIPTYCH_E2E=1 DIPTYCH_BENCH=1 DIPTYCH_BENCH_PARTS=compare DIPTYCH_BENCH_COMPARE_BASELINE=$(BASE) \
	  $(GO) test -count=1 -v -timeout 30m -run '^TestBench$$' ./app/e2e/

## icons: redraw the PNG icons (committed; only needed after a design change).
icons:
	$(GO) run ./build icons -out web

## test: vet, formatting, unit tests, short fuzzing and the browser tests.
## The index is rebuilt from corpus/articles so the tests see the default corpus.
test: CORPUS = corpus/articles
test: vet unit fuzz-short browser-test

vet: index
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	  if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet $$($(GO) list ./app/... | grep -v /e2e)

unit: index
	$(GO) test ./...

## fuzz-short: every fuzz target for a few seconds; make fuzz runs each for 10 minutes.
FUZZTIME ?= 5s
fuzz-short:
	FUZZTIME=$(FUZZTIME) GO=$(GO) build/tools/fuzz-all

fuzz:
	FUZZTIME=10m GO=$(GO) build/tools/fuzz-all

## browser-test: drive the real app in headless Chromium (installed if missing).
browser-test: build
	build/tools/ensure-chromium
	@test -f app/e2e/node_modules/axe-core/axe.min.js || npm ci --prefix app/e2e --no-audit --no-fund
	DIPTYCH_E2E=1 $(GO) test -count=1 -v -timeout 30m ./app/e2e/

## parse: print what $(CORPUS) becomes (JSON Lines on stdout; problems, warnings, duplicates on stderr).
parse:
	$(GO) run ./build parse -corpus $(CORPUS)

## related: each article's most similar articles, as the app ranks them.
related: index
	$(GO) run ./build related -index app/index.bin -k 10

CONLL ?= ../shared/data/conll2003
NEREVAL ?= ../shared/tools/nereval.py

## model: retrain the entity model (about 40 s CPU; rewrites build/ner/model/ner.model.gz identically).
model:
	@if [ -f $(CONLL)/eng.train ]; then \
	  $(GO) run ./build/ner/train -train $(CONLL)/eng.train -dev $(CONLL)/eng.testa -out build/ner/model/ner.model.gz; \
	else echo "model: $(CONLL)/eng.train not found (../shared absent), skipping"; fi

## eval: search relevance on Cranfield and entity F1 on CoNLL-2003 dev (both need ../shared).
eval: eval-search eval-ner

CRANFIELD ?= ../shared/data/cranfield
TRECEVAL  ?= ../shared/tools/trec_eval.py

## eval-search: Cranfield relevance (225 queries) through `build index` and `build query`, beside the reference systems.
eval-search:
	@if [ -f $(CRANFIELD)/corpus.jsonl ] && [ -f $(TRECEVAL) ]; then \
	  mkdir -p .cache && \
	  $(GO) run ./build index -corpus $(CRANFIELD)/corpus.jsonl -skip-invalid -out .cache/cranfield.idx && \
	  $(GO) run ./build query -index .cache/cranfield.idx -k 100 -trec < $(CRANFIELD)/queries.tsv > .cache/cranfield.run && \
	  printf '%s\n  %s\n' "Diptych (this build):" "$$(python3 $(TRECEVAL) $(CRANFIELD)/qrels.txt .cache/cranfield.run)" && \
	  echo "Reference systems (../shared/data/README.md): nDCG@10 | MAP | P@10 | R@100" && \
	  grep -E '^\| (Lunr|Pagefind|bleve|MiniSearch|FlexSearch|Orama)' $(CRANFIELD)/../README.md | cut -d'|' -f2-6; \
	else echo "eval-search: $(CRANFIELD)/corpus.jsonl not found (../shared absent), skipping"; fi

## bench-search: native Go query latency on the Cranfield index (skipped without ../shared).
bench-search:
	@if [ -f $(CRANFIELD)/corpus.jsonl ]; then \
	  $(GO) test -run='^$$' -bench=Cranfield -benchtime=6750x ./app/search; \
	else echo "bench-search: $(CRANFIELD)/corpus.jsonl not found (../shared absent), skipping"; fi

## eval-ner: entity F1 on the CoNLL-2003 development set (PERSON/ORG/PLACE as PER/ORG/LOC).
eval-ner:
	@if [ -f $(CONLL)/testa.docs.jsonl ] && [ -f $(NEREVAL) ]; then \
	  $(GO) run ./build entities < $(CONLL)/testa.docs.jsonl > /tmp/diptych-ner-preds.jsonl && \
	  python3 $(NEREVAL) $(CONLL)/testa.docs.jsonl /tmp/diptych-ner-preds.jsonl; \
	else echo "eval-ner: $(CONLL)/testa.docs.jsonl not found (../shared absent), skipping"; fi

clean:
	rm -rf bin web/app.wasm web/app.wasm.br web/app.wasm.gz dist
