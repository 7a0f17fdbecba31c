// The benchmark's own parts that its figures rest on: the static server answers as a static
// host does, and the competitors are fed the same dates we show. `node --test`, run by
// scripts/test.sh (the benchmark itself is not: it takes minutes).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import zlib from 'node:zlib';
import { parseDate, toTimelineJs, toVisItems } from './convert.mjs';
import { startServer } from './static-server.mjs';

/** GET (or another method) with raw headers, the body left compressed. */
function get(url, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    http
      .request(url, { method, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject)
      .end();
  });
}

/** A small site in a temporary folder (removed after test `t`), with its compression cache. */
function site(t) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-site-'));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  fs.mkdirSync(path.join(root, 'app'));
  fs.writeFileSync(path.join(root, 'app/index.html'), '<!doctype html><p>' + 'hello '.repeat(200));
  fs.writeFileSync(path.join(root, 'app/x_bg.wasm'), Buffer.alloc(4096, 7));
  fs.writeFileSync(path.join(root, 'app/icon.woff2'), Buffer.alloc(64, 1));
  return { root, cacheDir: path.join(root, '.cache') };
}

for (const [encoding, decode] of [
  ['br', zlib.brotliDecompressSync],
  ['gzip', zlib.gunzipSync],
]) {
  test(`the ${encoding} server compresses text types, types Wasm, and answers a repeat visit with 304`, async (t) => {
    const { root, cacheDir } = site(t);
    const server = await startServer({ root, encoding, cacheDir });
    t.after(() => server.close());
    const accept = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };

    const wasm = await get(`${server.url}app/x_bg.wasm`, accept);
    assert.equal(wasm.status, 200);
    assert.equal(wasm.headers['content-type'], 'application/wasm');
    assert.equal(wasm.headers['content-encoding'], encoding);
    assert.equal(wasm.headers['cache-control'], 'no-cache');
    assert.deepEqual(decode(wasm.body), Buffer.alloc(4096, 7));

    const again = await get(`${server.url}app/x_bg.wasm`, { ...accept, 'If-None-Match': wasm.headers.etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);

    const page = await get(`${server.url}app/`, accept);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(decode(page.body).toString(), /^<!doctype html><p>hello/);

    // Fonts are already compressed; a client that refuses the encoding gets the file as is.
    assert.equal((await get(`${server.url}app/icon.woff2`, accept)).headers['content-encoding'], undefined);
    const plain = await get(`${server.url}app/x_bg.wasm`, { 'Accept-Encoding': `${encoding};q=0` });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.length, 4096);
  });
}

test('the server redirects a folder to its slash, and serves nothing outside its root', async (t) => {
  const server = await startServer({ root: site(t).root });
  t.after(() => server.close());
  const folder = await get(`${server.url}app?x=1`);
  assert.equal(folder.status, 301);
  assert.equal(folder.headers.location, '/app/?x=1');
  assert.equal((await get(`${server.url}%2e%2e/%2e%2e/etc/passwd`)).status, 404);
  assert.equal((await get(`${server.url}app/`, {}, 'POST')).status, 405);
});

test('dates convert at their precision, with the words the app shows', () => {
  assert.deepEqual(parseDate('1950-01-12'), {
    precision: 'day',
    first: { year: 1950, month: 1, day: 12 },
    last: { year: 1950, month: 1, day: 12 },
    words: '12 January 1950',
  });
  assert.equal(parseDate('1948-02').last.day, 29);
  assert.equal(parseDate('1945-autumn').words, 'autumn 1945');
  assert.deepEqual(parseDate('1949-winter').last, { year: 1950, month: 2, day: 28 });
  assert.equal(parseDate('1949-winter').words, 'winter 1949–50');
  assert.equal(parseDate('1949').precision, 'year');
  assert.throws(() => parseDate('1949-fall'), /season/);

  const doc = {
    title: 'T',
    events: [
      { id: 'a', headline: 'A', date: '1949-03', end: '1950-01', passages: [{ quote: 'Q <1>' }] },
      { id: 'b', headline: 'B', date: '1945-autumn' },
    ],
  };
  const [a, b] = toTimelineJs(doc).events;
  assert.deepEqual(a.start_date, { year: 1949, month: 3 });
  assert.deepEqual(a.end_date, { year: 1950, month: 1 });
  assert.equal(a.display_date, 'March 1949 – January 1950');
  assert.equal(a.text.text, '<p>“Q &lt;1>”</p>');
  assert.deepEqual(b.start_date, { year: 1945, month: 9 });
  assert.equal(b.display_date, 'autumn 1945');
  const items = toVisItems(doc).items;
  assert.deepEqual(items[0], { id: 'a', content: 'A', start: '1949-03-01', end: '1950-01-31', title: 'March 1949 – January 1950' });
  assert.equal(items[1].end, undefined);
});
