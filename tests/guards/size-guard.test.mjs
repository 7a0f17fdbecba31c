// The size guard (scripts/size-guard.mjs) on small made-up sites: it fails, naming the
// asset, when the page is over budget, and passes a page within it. `node --test`, run by
// scripts/test.sh.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BUDGET_BROTLI_BYTES } from '../../scripts/size-guard.mjs';

const GUARD = fileURLToPath(new URL('../../scripts/size-guard.mjs', import.meta.url));
const WASM = 'korea-timeline-0123abcd_bg.wasm';

/** A site shaped like Trunk's release output (minified links, the loader's imports, the
 * preload script naming the timeline file), with a Wasm of `wasm` bytes. */
function site(wasm, { timelineInPage = false, styleInPage = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'size-guard-'));
  const html =
    '<!doctype html><html lang=en><head><meta charset=utf-8>' +
    (timelineInPage ? '<script>' : '<script>link.href = src ?? \'timelines/korea-1945-1950.json\';') +
    "addEventListener('load', () => import('./offline.js'));" +
    "if (src) window.startedConverter = { worker: new Worker('./timeline-convert_loader.js') };</script>" +
    (styleInPage ? `<style>${'body { margin: 0 }'.repeat(20)}</style>` : '<link rel=stylesheet href=./main-4567ef.css integrity=sha384-x>') +
    '<link rel=modulepreload href=./korea-timeline-0123abcd.js crossorigin=anonymous>' +
    `<link rel=preload href=./${WASM} crossorigin=anonymous as=fetch type=application/wasm>` +
    "<script type=module>import init, * as bindings from './korea-timeline-0123abcd.js';" +
    `const wasm = await init({ module_or_path: './${WASM}' });</script>` +
    '</head><body><noscript><a href="timelines/korea-1945-1950.json">the file</a></noscript>' +
    (timelineInPage ? `<script type="application/json" id="timeline-data">${'{"events":[]}'.repeat(50)}</script>` : '') +
    '</body></html>';
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  fs.writeFileSync(path.join(dir, 'main-4567ef.css'), 'body { margin: 0 }\n'.repeat(200));
  fs.writeFileSync(path.join(dir, 'korea-timeline-0123abcd.js'), 'export default function init() {}\n'.repeat(100));
  fs.writeFileSync(path.join(dir, WASM), wasm);
  fs.mkdirSync(path.join(dir, 'timelines'));
  fs.writeFileSync(path.join(dir, 'timelines', 'korea-1945-1950.json'), JSON.stringify({ events: [] }));
  // Files the default page does not load, or loads only once it is complete, do not count.
  fs.writeFileSync(path.join(dir, 'offline.js'), randomBytes(BUDGET_BROTLI_BYTES));
  fs.writeFileSync(path.join(dir, 'embed.js'), randomBytes(BUDGET_BROTLI_BYTES));
  fs.writeFileSync(path.join(dir, 'timeline-convert_loader.js'), randomBytes(BUDGET_BROTLI_BYTES));
  return dir;
}

function guard(dir) {
  const run = spawnSync(process.execPath, [GUARD, '--site', dir], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return run;
}

test('a page over budget fails, naming the budget, the overage and the asset', () => {
  // Random bytes do not compress: brotli keeps them at their size, plus a few bytes.
  const run = guard(site(randomBytes(BUDGET_BROTLI_BYTES + 5_000)));
  assert.equal(run.status, 1, run.stdout + run.stderr);
  assert.match(run.stderr, /FAILED/);
  assert.match(run.stderr, new RegExp(`budget of [0-9.]+ KB \\(${BUDGET_BROTLI_BYTES.toLocaleString('en-US')} bytes\\) by [0-9,]+ bytes`));
  assert.match(run.stderr, new RegExp(`Largest: ${WASM}`));
  for (const name of ['index.html', 'main-4567ef.css', 'korea-timeline-0123abcd.js', WASM, 'timelines/korea-1945-1950.json']) {
    assert.match(run.stdout, new RegExp(`^${name.replace(/\./g, '\\.')} `, 'm'), `${name} in the table`);
  }
  assert.doesNotMatch(run.stdout, /embed\.js/);
  assert.doesNotMatch(run.stdout, /^offline\.js /m);
  assert.match(run.stdout, /after the page has loaded, not counted: offline\.js/);
});

test('a page within budget passes and prints its table', () => {
  const run = guard(site(randomBytes(20_000)));
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^total +[0-9,]+ +[0-9,]+ +100\.0 %$/m);
  assert.match(run.stdout, /size guard: ok: .* under the budget/);
  assert.equal(run.stderr, '');
});

test('a page whose files cannot be found is an error, not a pass', () => {
  const dir = site(randomBytes(100));
  fs.rmSync(path.join(dir, WASM));
  const run = guard(dir);
  assert.equal(run.status, 2, run.stdout + run.stderr);
  assert.match(run.stderr, new RegExp(`loads ${WASM}, which is not in`));
});

test('a timeline file inside the page counts as part of index.html, and its links are not a load', () => {
  const dir = site(randomBytes(20_000), { timelineInPage: true });
  // Not loaded, so not measured: a file this large would put the page over budget.
  fs.writeFileSync(path.join(dir, 'timelines', 'korea-1945-1950.json'), randomBytes(BUDGET_BROTLI_BYTES));
  const run = guard(dir);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.doesNotMatch(run.stdout, /^timelines\/korea-1945-1950\.json /m);
  assert.match(run.stdout, /the timeline file is inside index\.html/);
});

test('a stylesheet inside the page counts as part of index.html; the file beside it is not a load', () => {
  const dir = site(randomBytes(20_000), { styleInPage: true });
  fs.writeFileSync(path.join(dir, 'main-4567ef.css'), randomBytes(BUDGET_BROTLI_BYTES));
  const run = guard(dir);
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.doesNotMatch(run.stdout, /^main-4567ef\.css /m);
});

test('a page that neither carries nor loads a timeline file is an error', () => {
  const dir = site(randomBytes(100));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    fs.readFileSync(path.join(dir, 'index.html'), 'utf8').replace(/timelines\/korea-1945-1950\.json/g, ''),
  );
  const run = guard(dir);
  assert.equal(run.status, 2, run.stdout + run.stderr);
  assert.match(run.stderr, /one timeline file \(\*\.json\), found 0/);
});
