// Diptych service worker: go-app's ServiceWorkerTemplate, into which the
// server writes the version and the list of resources to precache.
//
// - Install precaches the whole app shell for this version. If any resource
//   fails, installation fails and the previous worker stays in charge, so a
//   reader is never left with an empty cache. Requests revalidate with the
//   server ("no-cache": the server's ETags name the version), so a file the
//   page has just downloaded (app.wasm on a first visit) is not downloaded
//   again while the page starts.
// - Navigations go to the network first (fresh pages online) and fall back
//   to the cached page, then to the cached app shell "/": the client renders
//   every route itself, so deep links never visited before work offline.
//   A 400 (a URL the server cannot parse) also gets the shell.
// - Everything else of this origin is served cache-first and cached at run
//   time; other origins are not touched.
// - Activation deletes every other version's cache.
const cacheName = "diptych-{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const shell = "/";
const navigationTimeoutMs = 4000;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      await cache.addAll(resourcesToCache.map((url) => new Request(url, { cache: "no-cache" })));
      await self.skipWaiting();
    })()
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((key) => key !== cacheName).map((key) => caches.delete(key)));
      await self.clients.claim();
    })()
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate") {
    event.respondWith(navigate(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

async function navigate(request) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetchWithTimeout(request, navigationTimeoutMs);
    if (response.status === 400) {
      // Go's server refuses a URL it cannot parse ("/article/%zz") before
      // the app sees it; the client can still render it (as not found).
      const cached = await cache.match(shell);
      if (cached) {
        return cached;
      }
    }
    if (response.ok) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (err) {
    const cached = (await cache.match(request)) || (await cache.match(shell));
    if (cached) {
      return cached;
    }
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    await cache.put(request, response.clone());
  }
  return response;
}

function fetchWithTimeout(request, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("network timeout")), ms);
    fetch(request).then(
      (response) => {
        clearTimeout(timer);
        resolve(response);
      },
      (err) => {
        clearTimeout(timer);
        reject(err);
      }
    );
  });
}
