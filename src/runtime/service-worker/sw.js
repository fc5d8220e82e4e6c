// Toonsmith's one service worker (a scope has one), built to /sw.js by tools/build/offline-plugin.ts.
// 1. Cross-origin isolation on any static host: every response it serves gets COOP/COEP, so threaded
//    WASM works even where the server sends no such headers (the page reloads once to be controlled).
// 2. Offline: the app shell and the gallery are precached at install (the gallery refreshed as used); model files
//    are served from the cache the workers already fill after their sha256 check (no second copy).

// Replaced at build time: the build's id, its hashed shell files, and the gallery's files.
const BUILD = /*__BUILD__*/ { version: 'dev', precache: [], gallery: [] };
// The cache the model workers fill after each file's sha256 check (MODEL_CACHE_NAME, checked by a unit test).
const MODEL_CACHE = 'toonsmith-models-v1';

const SHELL = `toonsmith-shell-${BUILD.version}`;
const GALLERY = 'toonsmith-gallery-v1';
const DATA = 'toonsmith-data-v1';
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
const scopeUrl = new URL(self.registration.scope);
const INDEX = new URL('./', scopeUrl).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // cache: 'reload' so a stale HTTP cache cannot slip an old file into a new shell.
      const fresh = (path) => new Request(new URL(path, scopeUrl).href, { cache: 'reload' });
      await (await caches.open(SHELL)).addAll(BUILD.precache.map(fresh));
      // The whole gallery (retrieval may pick any sheet), so a strip can be drawn offline after one visit.
      await (await caches.open(GALLERY)).addAll(BUILD.gallery.map(fresh));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('toonsmith-shell-') && name !== SHELL) await caches.delete(name);
      }
      // Control the page that registered us now, so its one reload makes it isolated.
      await self.clients.claim();
    })(),
  );
});

/** The same response with COOP/COEP added; opaque and redirect responses cannot be rewritten. */
function isolate(response) {
  if (!response || response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0) return response;
  const headers = new Headers(response.headers);
  for (const [k, v] of Object.entries(ISOLATION)) headers.set(k, v);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function fromCache(name, request) {
  return (await caches.open(name)).match(request, { ignoreVary: true });
}

/** Network first, a copy kept in `name` under `key`; offline, the kept copy (or `fallback`) answers. */
async function networkFirst(name, request, key = request, fallback) {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const copy = response.clone();
      caches.open(name).then((c) => c.put(key, copy)).catch(() => undefined);
    }
    return response;
  } catch (err) {
    const cached = (await fromCache(name, key)) ?? (fallback ? (await fromCache(name, fallback)) ?? (await fromCache(SHELL, fallback)) : undefined);
    if (cached) return cached;
    throw err;
  }
}

/** The kept copy at once, refreshed behind it; the network when nothing is kept yet. */
async function staleWhileRevalidate(name, request) {
  const cached = await fromCache(name, request);
  const refresh = fetch(request)
    .then(async (response) => {
      if (response.ok) await (await caches.open(name)).put(request, response.clone());
      return response;
    })
    .catch((err) => {
      if (!cached) throw err;
      return cached;
    });
  return cached ?? refresh;
}

async function respond(request) {
  const url = new URL(request.url);
  const path = url.pathname.slice(scopeUrl.pathname.length);
  // The studio is one page: its address may carry a query (?suite=…), its copy is kept under the index.
  if (request.mode === 'navigate') return networkFirst(SHELL, request, path === '' || path === 'index.html' ? INDEX : request, INDEX);
  // Hashed shell files never change under one name.
  const shell = await fromCache(SHELL, request);
  if (shell) return shell;
  if (path.startsWith('models/')) {
    // The workers verify each file's sha256 and evict a stale one, so this never serves a replaced file twice.
    const model = await (await caches.open(MODEL_CACHE)).match(request);
    if (model) return model;
    // The manifest and model configs: fresh when online, the last copy offline.
    if (/\.json$/.test(path)) return networkFirst(DATA, request);
    return fetch(request);
  }
  if (path.startsWith('gallery/')) return staleWhileRevalidate(GALLERY, request);
  return networkFirst(DATA, request);
}

/** The page's word after its first strip: fill the model cache with the rest of the suite, so any mode works offline. */
self.addEventListener('message', (event) => {
  if (event.data?.type === 'cache-suite') event.waitUntil(cacheSuite(event.data.suite).catch(() => undefined));
});

const hex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');

async function cacheSuite(suiteId) {
  const base = new URL('models/', scopeUrl);
  const manifest = await (await fetch(new URL('manifest.json', base), { cache: 'no-cache' })).json();
  const suite = manifest.suites?.find((s) => s.id === (suiteId || manifest.defaultSuite));
  if (!suite) return;
  const cache = await caches.open(MODEL_CACHE);
  const sha256 = async (bytes) => hex(await crypto.subtle.digest('SHA-256', bytes));
  // One file at a time; a kept copy whose sha256 the manifest no longer names (a suite update) is replaced.
  for (const model of suite.models) {
    for (const file of model.files) {
      const url = new URL(file.path, base).href;
      const kept = await cache.match(url);
      if (kept && (await sha256(await kept.arrayBuffer())) === file.sha256) continue;
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) continue;
      const bytes = await response.arrayBuffer();
      if ((await sha256(bytes)) !== file.sha256) continue;
      const headers = { 'Content-Type': 'application/octet-stream', 'Content-Length': String(bytes.byteLength) };
      await cache.put(url, new Response(bytes, { headers }));
    }
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // A Range request (media) is left to the browser.
  if (request.headers.has('range')) return;
  event.respondWith(respond(request).then(isolate));
});
