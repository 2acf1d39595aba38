// Search latency in the browser, for `make bench` (app/e2e/bench_test.go).
// The page is Diptych's, built over Cranfield; MiniSearch, Lunr and
// FlexSearch have been loaded into it, and window.__bench holds
// {docs: [{id, title, text}], queries: [[id, text]], reps}. Every engine
// indexes title and text, answers every query with its ten best ids, and
// is timed over the same queries in the same page, interleaved per query
// so that a noisy moment hurts all engines alike.
(async () => {
  const { docs, queries, reps } = window.__bench;
  const now = () => performance.now();
  const engines = [];

  // Diptych: the engine in WebAssembly, through window.diptych.search.
  const info = await window.diptych.ready;
  engines.push({
    name: "Diptych (wasm)",
    buildMs: null,
    size: null,
    search: (q) => window.diptych.search(q, { k: 10, plain: true, snippets: false }).hits.map((h) => h.id),
  });
  engines.push({
    name: "Diptych (wasm, with snippets)",
    buildMs: null,
    size: null,
    search: (q) => window.diptych.search(q, { k: 10, plain: true }).hits.map((h) => h.id),
  });

  // MiniSearch: defaults (OR of the words, BM25+), title and text.
  let t = now();
  const mini = new MiniSearch({ fields: ["title", "text"], idField: "id" });
  mini.addAll(docs);
  engines.push({
    name: "MiniSearch 7.2.0",
    buildMs: now() - t,
    size: JSON.stringify(mini).length,
    search: (q) => mini.search(q).slice(0, 10).map((r) => String(r.id)),
  });

  // Lunr: defaults (English stemmer and stop words), title and text. Its
  // query syntax reads + - : ^ ~ * as operators, so queries are reduced to
  // their words first (outside the timing).
  t = now();
  const lunrIndex = lunr(function () {
    this.ref("id");
    this.field("title");
    this.field("text");
    for (const d of docs) this.add(d);
  });
  const lunrBuild = now() - t;
  const lunrQueries = new Map(queries.map(([, q]) => [q, q.replace(/[^A-Za-z0-9]+/g, " ").trim()]));
  engines.push({
    name: "Lunr 2.3.9",
    buildMs: lunrBuild,
    size: JSON.stringify(lunrIndex).length,
    search: (q) => lunrIndex.search(lunrQueries.get(q)).slice(0, 10).map((r) => r.ref),
  });

  // FlexSearch: an Index over title and text, default tokenizer; suggest
  // lets a document match some of the words (the default needs all of
  // them, which leaves most Cranfield questions without any hit).
  t = now();
  const flex = new FlexSearch.Index({});
  for (const d of docs) flex.add(d.id, d.title + " " + d.text);
  const flexBuild = now() - t;
  let flexSize = 0;
  const exported = flex.export((key, data) => {
    flexSize += String(key).length + (data === undefined || data === null ? 0 : String(data).length);
  });
  if (exported && typeof exported.then === "function") await exported;
  engines.push({
    name: "FlexSearch 0.8.212",
    buildMs: flexBuild,
    size: flexSize,
    search: (q) => flex.search(q, { limit: 10, suggest: true }).map(String),
  });

  // Warm up every engine (JIT, caches), keeping each one's answers.
  for (const e of engines) {
    e.ids = queries.map(([, q]) => e.search(q));
    e.lat = [];
  }
  // Time: for each query, each engine (rotating who goes first) runs the
  // query reps times; the latency is the mean of those runs.
  queries.forEach(([, q], i) => {
    for (let k = 0; k < engines.length; k++) {
      const e = engines[(i + k) % engines.length];
      const t0 = now();
      for (let r = 0; r < reps; r++) e.search(q);
      e.lat.push((now() - t0) / reps);
    }
  });
  return {
    articles: info.articles,
    engines: engines.map((e) => ({ name: e.name, buildMs: e.buildMs, size: e.size, lat: e.lat, ids: e.ids })),
  };
})()
