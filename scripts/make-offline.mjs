#!/usr/bin/env node
// Trunk post-build step, the last one: makes the site work offline.
//
//   node scripts/make-offline.mjs [site-folder]     (default: Trunk's staging folder)
//
// 1. Bundles offline/page.js with workbox-window into offline.js, which index.html imports
//    once the page has loaded.
// 2. Has Workbox (workbox-build's generateSW) write sw.js: its runtime inlined, so nothing is
//    imported from a CDN, with a precache manifest of the built files and their revisions.
//
// What the worker keeps:
// - Precached at install, all at one revision: the reader, its timelines, the converter
//   worker, the cite page and the sources. A new deployment installs beside the old one and
//   waits; the page offers a reload (offline/page.js), so old and new files never mix.
// - Kept once used: the editor (author.html and its Wasm, which a reading visit never needs,
//   so a phone does not download it unasked), and every timeline the reader fetched
//   (`?src=`), from any origin. Both are asked of the network first, the copy used offline.
// Navigations within the site (deep links, `?view=essay`) get the precached index.html.
// A debug build (TRUNK_PROFILE=debug, ./scripts/serve.sh --dev) gets no worker, so files
// edited during development are never served from a cache.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateSW } from 'workbox-build';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The editor's files: its page, start script, stylesheet and its Wasm and glue. */
const EDITOR_FILES = ['author.html', 'author-start.js', 'author.css', 'timeline-author*'];

export async function makeOffline(site) {
  await build({
    entryPoints: [path.join(ROOT, 'offline/page.js')],
    outfile: path.join(site, 'offline.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return generateSW({
    globDirectory: site,
    globPatterns: ['**/*'],
    globIgnores: [...EDITOR_FILES, 'sw.js'],
    swDest: path.join(site, 'sw.js'),
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    // The Wasm files are larger than Workbox's 2 MB default when uncompressed.
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    // Trunk puts a content hash in these names, so the name is their revision.
    dontCacheBustURLsMatching: /-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css)$/,
    // Every query (?event=, ?src=, ?view=…) is state for the one page, not another file.
    ignoreURLParametersMatching: [/./],
    navigateFallback: 'index.html',
    // Workbox tests the path and the query: the editor with any query is not the reader.
    navigateFallbackDenylist: [/\/author\.html(?:\?|$)/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) =>
          sameOrigin && /\/(?:author\.html|author-start\.js|author\.css|timeline-author[^/]*)$/.test(url.pathname),
        handler: 'NetworkFirst',
        // The editor's page is one file whatever its query (?draft=, ?embed=, ?lang=).
        options: { cacheName: 'editor', networkTimeoutSeconds: 5, cacheableResponse: { statuses: [200] }, matchOptions: { ignoreSearch: true } },
      },
      {
        urlPattern: ({ request }) => request.method === 'GET' && request.destination === '',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'timelines',
          networkTimeoutSeconds: 5,
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 200 },
        },
      },
    ],
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const site = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!site) {
    console.error('make-offline: name the site folder, or run as a Trunk hook');
    process.exit(2);
  }
  if (!process.argv[2] && process.env.TRUNK_PROFILE === 'debug') process.exit(0);
  const { count, size, warnings } = await makeOffline(site);
  for (const warning of warnings) console.error(`make-offline: ${warning}`);
  console.log(`make-offline: sw.js precaches ${count} files, ${(size / 1e6).toFixed(1)} MB`);
}
