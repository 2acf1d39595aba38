// Diptych: the direct path of window.diptych.search (app/jsexport_wasm.go).
//
// go-app starts the WebAssembly module with go.run(instance) after this
// deferred script has run (it awaits the module's download first). The
// wrapper below sees the instance's exports before Go's main runs; when
// they include Diptych's search, it defines window.diptychDirectSearch,
// which Go's main installs as window.diptych.search. Calling the exports
// from JavaScript skips Go's event loop, which a js.FuncOf callback goes
// through on every call. Without this script the app falls back to the
// callback, with the same answers.
"use strict";
(() => {
  if (typeof Go !== "function" || typeof Go.prototype.run !== "function") {
    return;
  }
  const run = Go.prototype.run;
  Go.prototype.run = function (instance) {
    const x = instance && instance.exports;
    if (x && typeof x.diptychSearch === "function" && x.mem instanceof WebAssembly.Memory) {
      window.diptychDirectSearch = directSearch(x);
    }
    return run.call(this, instance);
  };

  // toInt32 reads a numeric option as Go's js.Value.Int would, clamped to
  // 32 bits; anything else is 0 (the default).
  const toInt32 = (v) =>
    typeof v === "number" && Number.isFinite(v) ? Math.max(-2147483648, Math.min(2147483647, Math.trunc(v))) : 0;

  function directSearch(x) {
    const encoder = new TextEncoder();
    const decoder = new TextDecoder();
    // search(q, {k, offset, sort, typing, plain, snippets}): see
    // app/jsapi.go for the options and the answer.
    return function search(q, opts) {
      q = typeof q === "string" ? q : "";
      const o = opts !== null && typeof opts === "object" ? opts : {};
      let flags = 0;
      if (o.typing === true) flags |= 1;
      if (o.plain === true) flags |= 2;
      if (o.snippets === false) flags |= 4;
      if (o.sort === "date") flags |= 8;
      // UTF-8 takes at most three bytes per UTF-16 unit.
      const room = q.length * 3;
      const at = x.diptychQuery(room);
      const n = encoder.encodeInto(q, new Uint8Array(x.mem.buffer, at, room)).written;
      const len = x.diptychSearch(n, toInt32(o.k), toInt32(o.offset), flags);
      // The memory may have grown during the search: view it afresh.
      return JSON.parse(decoder.decode(new Uint8Array(x.mem.buffer, x.diptychAnswer(), len)));
    };
  }
})();
