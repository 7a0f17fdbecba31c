#!/usr/bin/env node
// Size guard: the default reading page must not grow past its download budget unnoticed.
//
//   node scripts/size-guard.mjs [--site dist]
//
// Reads the built index.html, finds the files it loads (the stylesheet, unless the page holds
// it in a `<style>` element, as the build writes it (scripts/add-csp.py); the JS glue, the
// Wasm; and the timeline file, unless the page carries that itself in a
// `<script type="application/json" id="timeline-data">`, as the build writes it: then either
// is part of index.html's bytes) from its own links, compresses each as a host would
// (brotli, quality 11, with the size hint, as tests/bench/bench.mjs does) and prints each
// file's raw and brotli bytes and its share of the brotli total. Exits 1 when that total is
// over BUDGET_BROTLI_BYTES, 2 when the page's files cannot be found. scripts/test.sh runs it
// after the release build; tests/guards/ shows it failing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

/** The budget, in brotli bytes for the whole default page: 220 KB, where 1 KB = 1,000 bytes
 * as in tests/bench/bench.mjs and docs/performance.md ("The budget", and why it was raised
 * from 210 KB once the events came to be drawn into the HTML). The one place it is set. */
export const BUDGET_BROTLI_BYTES = 220_000;

/** What the default page loads, by extension; each must be found exactly once. */
const KINDS = [
  ['.css', 'stylesheet'],
  ['.js', 'JS glue'],
  ['.wasm', 'Wasm'],
  ['.json', 'timeline file'],
];

/** The timeline file written into the page (scripts/add-prerender.py). */
const TIMELINE_IN_PAGE = /<script type="?application\/json"? id="?timeline-data"?>/;

/** The stylesheet written into the page (scripts/add-csp.py). */
const STYLESHEET_IN_PAGE = /<style>/;

/** What index.html names but loads only after the page's `load` event, so not part of the
 * first load: offline.js, which registers the service worker (scripts/make-offline.mjs). Its
 * size is printed beside the table. */
export const AFTER_LOAD = ['offline.js'];

/** What index.html names but starts only when the page is asked for another file (`?src=`),
 * so not part of the default page: the converter worker's loader (src/app/state/converter.rs). */
export const ONLY_FOR_SRC = ['timeline-convert_loader.js'];

class GuardError extends Error {}

export function brotliBytes(raw) {
  return zlib.brotliCompressSync(raw, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  }).length;
}

/** Local files index.html names in an href or src attribute, or in a quoted string in its
 * inline scripts (Trunk's loader imports the glue and the Wasm by name; the preload script
 * names the timeline file), as paths relative to the site folder. */
function referencedFiles(html) {
  const urls = new Set();
  for (const m of html.matchAll(/\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    urls.add(m[1] ?? m[2] ?? m[3]);
  }
  for (const m of html.matchAll(/["'`]([^"'`\s<>]+\.(?:css|js|wasm|json))["'`]/gi)) urls.add(m[1]);
  const files = new Set();
  for (const url of urls) {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) continue; // another origin, data:, a fragment
    const file = path.posix.normalize(url.replace(/[?#].*$/, '').replace(/^\/+/, ''));
    if (KINDS.some(([ext]) => file.endsWith(ext)) && ![...AFTER_LOAD, ...ONLY_FOR_SRC].includes(file)) files.add(file);
  }
  return [...files];
}

export function measure(site) {
  const index = path.join(site, 'index.html');
  if (!fs.existsSync(index)) throw new GuardError(`no index.html in ${site}: build first (./scripts/build.sh)`);
  const html = fs.readFileSync(index, 'utf8');
  const referenced = referencedFiles(html);
  const names = ['index.html'];
  // Its links to the file (for readers without the app) are then not a load.
  const inPage = TIMELINE_IN_PAGE.test(html);
  const styleInPage = STYLESHEET_IN_PAGE.test(html);
  const loaded = KINDS.filter(([ext]) => !(inPage && ext === '.json') && !(styleInPage && ext === '.css'));
  for (const [ext, what] of loaded) {
    const found = referenced.filter((f) => f.endsWith(ext));
    if (found.length !== 1) {
      throw new GuardError(`expected index.html to load one ${what} (*${ext}), found ${found.length}: ${found.join(', ') || 'none'}`);
    }
    names.push(found[0]);
  }
  const assets = names.map((name) => {
    const file = path.join(site, name);
    if (!fs.existsSync(file)) throw new GuardError(`index.html loads ${name}, which is not in ${site}`);
    const raw = fs.readFileSync(file);
    return { name, raw: raw.length, brotli: brotliBytes(raw) };
  });
  const total = {
    name: 'total',
    raw: assets.reduce((sum, a) => sum + a.raw, 0),
    brotli: assets.reduce((sum, a) => sum + a.brotli, 0),
  };
  const afterLoad = AFTER_LOAD.filter((name) => fs.existsSync(path.join(site, name))).map((name) => {
    const raw = fs.readFileSync(path.join(site, name));
    return { name, raw: raw.length, brotli: brotliBytes(raw) };
  });
  const onlyForSrc = ONLY_FOR_SRC.filter((name) => html.includes(name));
  return { assets, total, afterLoad, onlyForSrc, inPage };
}

const bytes = (n) => n.toLocaleString('en-US');
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

function table({ assets, total }) {
  const rows = [...assets, total].map((a) => [
    a.name,
    bytes(a.raw),
    bytes(a.brotli),
    `${((100 * a.brotli) / total.brotli).toFixed(1)} %`,
  ]);
  const head = ['asset', 'raw bytes', 'brotli bytes', 'share'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), ...rows.slice(0, -1).map(line), line(widths.map((w) => '-'.repeat(w))), line(rows.at(-1))].join('\n');
}

export function main(argv) {
  const at = argv.indexOf('--site');
  const site = at >= 0 ? argv[at + 1] : 'dist';
  let sizes;
  try {
    sizes = measure(site);
  } catch (e) {
    if (!(e instanceof GuardError)) throw e;
    console.error(`size guard: ${e.message}`);
    return 2;
  }
  console.log(`Default page (${path.join(site, 'index.html')} and what it loads), brotli quality 11; 1 KB = 1,000 bytes`);
  console.log(table(sizes));
  const { total, assets, afterLoad, onlyForSrc, inPage } = sizes;
  if (inPage) console.log('the timeline file is inside index.html (#timeline-data)');
  for (const a of afterLoad) {
    console.log(`after the page has loaded, not counted: ${a.name}, ${bytes(a.raw)} raw, ${bytes(a.brotli)} brotli`);
  }
  for (const name of onlyForSrc) console.log(`only for a ?src= file, not counted: ${name} and what it loads`);
  const over = total.brotli - BUDGET_BROTLI_BYTES;
  if (over > 0) {
    const largest = [...assets].sort((a, b) => b.brotli - a.brotli)[0];
    console.error(
      `size guard: FAILED: the default page is ${kb(total.brotli)} brotli (${bytes(total.brotli)} bytes), ` +
        `over its budget of ${kb(BUDGET_BROTLI_BYTES)} (${bytes(BUDGET_BROTLI_BYTES)} bytes) by ${bytes(over)} bytes (${kb(over)}). ` +
        `Largest: ${largest.name}, ${kb(largest.brotli)}. ` +
        'Make it smaller, or raise BUDGET_BROTLI_BYTES in scripts/size-guard.mjs if the growth is worth it.',
    );
    return 1;
  }
  console.log(
    `size guard: ok: ${kb(total.brotli)} brotli, ${bytes(-over)} bytes under the budget of ${kb(BUDGET_BROTLI_BYTES)} (${bytes(BUDGET_BROTLI_BYTES)} bytes).`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
