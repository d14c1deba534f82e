/* Tradeoffs' service worker: offline play. Hand-written, no framework.
 *
 * At build time the Vite plugin in vite.config.ts (tradeoffs-service-worker) replaces the two placeholders
 * below with the build's version (a hash of every emitted file) and the list of files to precache (index.html,
 * every JS and CSS chunk including the lazily loaded Phaser chunk, the favicon), and writes this file as
 * dist/sw.js. main.ts registers it in production builds only.
 *
 * Install: precache the whole list into a cache named after the version. Activate: delete the caches of older
 * versions and take control of open pages. Fetch: same-origin GETs are answered cache-first; a navigation
 * that is not cached gets the cached index.html (the game is a single page), otherwise the network.
 * Matching ignores the query and the Vary header: a server that answers `Vary: Origin` (vite preview, many
 * CDNs) stored the precached copies for requests without an Origin, and the page's module scripts and
 * stylesheets ask with one, so honouring Vary would miss every JS and CSS file offline (a blank page). The
 * cache holds one build's files only, so any copy of a URL is the right one.
 * A new version waits (no skipWaiting) until every tab of the old one is closed, so an open game never loads a
 * chunk from a different build.
 */
/* global self, caches */
const VERSION = '__TRADEOFFS_VERSION__';
const PRECACHE = ['__TRADEOFFS_PRECACHE__'];
const PREFIX = 'tradeoffs-';
const CACHE = `${PREFIX}${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((p) => new URL(p, self.registration.scope)))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const hit = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
      if (hit) return hit;
      if (request.mode === 'navigate') {
        const shell = await cache.match(new URL('index.html', self.registration.scope), {
          ignoreVary: true,
        });
        if (shell) return shell;
      }
      return fetch(request);
    }),
  );
});
