#!/usr/bin/env node
// Where the reader's start-up time goes on the phone profile, from a Chromium trace: for each
// of RUNS cold visits, when a click works (the app's own cards are in the DOM), how many Wasm
// functions V8 compiled lazily on the main thread and how long that took, the longest
// main-thread task, and the first tap's time to a panel as Playwright sees it (with its own
// round trips, so above the benchmark's click → panel). For comparing builds of the same page
// (docs/performance.md, "Where the start-up goes"), not a benchmark of record.
//
//   node tests/bench/start-trace.mjs SITE_ROOT [RUNS] [PATH]
//
// SITE_ROOT holds the build in timeline/ (as scripts/bench.sh lays it out); it is served
// brotli-compressed on 127.0.0.1.
import { chromium } from 'playwright';
import fs from 'node:fs';
import nodePath from 'node:path';
import { PAGES } from './competitors.mjs';
import { PROFILES, throttle } from './profiles.mjs';
import { startServer } from './static-server.mjs';
const [root, runsArg = '3', path = 'timeline/'] = process.argv.slice(2);
if (!root) throw new Error('usage: start-trace.mjs SITE_ROOT [RUNS] [PATH]');
const runs = Number(runsArg);
const ours = PAGES.find((p) => p.name === 'ours');
const server = await startServer({ root, encoding: 'br', cacheDir: nodePath.join(nodePath.dirname(nodePath.resolve(root)), 'bench-compressed') });
const flags = JSON.parse(fs.readFileSync(new URL('../chromium-flags.json', import.meta.url), 'utf8'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags });
const rows = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ ...PROFILES.phone.context, serviceWorkers: 'block' });
  const page = await context.newPage();
  await throttle(page, PROFILES.phone);
  await page.addInitScript((interactive) => {
    new MutationObserver(() => {
      if (!window.__cw && document.querySelector(interactive)) window.__cw = performance.now();
    }).observe(document, { childList: true, subtree: true });
  }, ours.interactive);
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'v8.wasm'] });
  await page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__cw, null, { timeout: 30000 });
  const cw = await page.evaluate(() => window.__cw);
  const card = await page.$(ours.tap);
  const box = await card.boundingBox();
  const before = await page.evaluate(() => performance.now());
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForSelector(ours.response.selector);
  const panel = (await page.evaluate(() => performance.now())) - before;
  await page.waitForTimeout(500);
  const { traceEvents } = JSON.parse(await browser.stopTracing());
  // The page's main thread: the renderer thread that compiled the app's Wasm.
  const compiles = traceEvents.filter((e) => e.name === 'wasm.CompileLazy' && e.dur);
  const counts = new Map();
  for (const e of compiles) counts.set(e.tid, (counts.get(e.tid) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const lazy = compiles.filter((e) => e.tid === main);
  const tasks = traceEvents.filter((e) => e.tid === main && /RunTask$/.test(e.name) && e.dur > 50000).map((e) => Math.round(e.dur / 1000));
  rows.push({ cw: Math.round(cw), lazyN: lazy.length, lazyMs: Math.round(lazy.reduce((s, e) => s + e.dur, 0) / 1000), panelMs: Math.round(panel), longest: Math.max(0, ...tasks) });
  await context.close();
}
const med = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
console.log(root, JSON.stringify(rows), 'median', ['cw', 'lazyN', 'lazyMs', 'panelMs', 'longest'].map((k) => `${k}=${med(k)}`).join(' '));
await browser.close(); await server.close();
