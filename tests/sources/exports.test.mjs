// The sources page's exports read back by parsers that are not ours: citation.js's BibTeX,
// BibLaTeX and RIS readers, and citeproc-js rendering the CSL-JSON. Each must give back the
// works' own fields (public/timelines/korea-1945-1950.json), each work once, nothing added.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { plugins } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');
require('@citation-js/plugin-csl');
const CSL = require('citeproc');

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const works = JSON.parse(read('public/timelines/korea-1945-1950.json')).works;
const work = (id) => works.find((w) => w.id === id);
const parse = (text, type) => plugins.input.chain(text, { forceType: type, generateGraph: false });
const byId = (items) => Object.fromEntries(items.map((i) => [i.id, i]));
const names = (list) => (list ?? []).map((n) => [n.family, n.given]);
const firstDay = (d) => d?.['date-parts'][0];

test('BibTeX: each work once with its authors, title, date and numbers', () => {
  const bib = read('public/sources/korea-1945-1950.bib');
  const items = parse(bib, '@bibtex/text');
  assert.deepEqual(items.map((i) => i.id), works.map((w) => w.id));
  const got = byId(items);
  for (const w of works) {
    const g = got[w.id];
    assert.deepEqual(names(g.author), names(w.author), `${w.id} authors`);
    for (const field of ['title', 'container-title', 'publisher', 'volume', 'issue', 'page']) {
      assert.equal(g[field], w[field], `${w.id} ${field}`);
    }
    assert.deepEqual(firstDay(g.issued), firstDay(w.issued), `${w.id} date`);
  }
  // Nothing the works lack: no DOI, ISBN, URL, place or invented title.
  for (const g of items) {
    for (const field of ['DOI', 'ISBN', 'URL', 'publisher-place']) assert.equal(g[field], undefined);
  }
});

test('BibLaTeX reading of the same file: pages in total, archive, the conference', () => {
  const got = byId(parse(read('public/sources/korea-1945-1950.bib'), '@biblatex/text'));
  assert.equal(got['lashmar-1996']['number-of-pages'], '2');
  const avp = work('avp-rf-1950-01-30');
  assert.equal(got[avp.id]['call-number'], `${avp.archive}, ${avp.archive_location}`);
  const b = work('bajanov-1995');
  assert.equal(got[b.id]['event-title'], b['event-title']);
  assert.equal(got[b.id]['event-place'], b['event-place']);
  assert.deepEqual(got[b.id]['event-date'], b['event-date']);
  assert.equal(got['uncertain-partners'].title, 'Uncertain Partners');
});

test('RIS: each work once with its type, authors, title, date, numbers and archive', () => {
  const ris = read('public/sources/korea-1945-1950.ris');
  for (const line of ris.split('\r\n').filter(Boolean)) {
    assert.match(line, /^[A-Z][A-Z0-9]  - /, 'RIS line format');
  }
  const items = parse(ris, '@ris/file');
  assert.equal(items.length, works.length);
  items.forEach((g, i) => {
    const w = works[i];
    assert.equal(g.type, w.type, `${w.id} type`);
    assert.deepEqual(names(g.author), names(w.author), `${w.id} authors`);
    for (const field of ['title', 'container-title', 'publisher', 'volume', 'issue', 'page',
      'archive', 'event-title', 'event-place']) {
      assert.equal(g[field], w[field], `${w.id} ${field}`);
    }
    assert.equal(g.archive_location, w.archive_location, `${w.id} archive location`);
  });
  assert.deepEqual(firstDay(items[0].issued), [1996, 2, 2]);
  // RIS has one date for a conference paper: 24–25 July 1995 is written as what both share.
  assert.deepEqual(firstDay(items[4].issued), [1995, 7]);
});

test('one entry\'s exports hold the works it cites and no others', () => {
  const ids = (stem) => [
    parse(read(`public/sources/${stem}.bib`), '@bibtex/text').map((i) => i.id),
    JSON.parse(read(`public/sources/${stem}.csl.json`)).map((i) => i.id),
    parse(read(`public/sources/${stem}.ris`), '@ris/file').length,
  ];
  assert.deepEqual(ids('korea-1945-1950/b5'), [['uncertain-partners', 'cumings-origins-2'],
    ['uncertain-partners', 'cumings-origins-2'], 2]);
  assert.deepEqual(ids('korea-1945-1950/b4'), [['lashmar-1996'], ['lashmar-1996'], 1]);
});

test('CSL-JSON renders in citeproc-js (APA), archive location included', () => {
  const items = JSON.parse(read('public/sources/korea-1945-1950.csl.json'));
  assert.deepEqual(items.map((i) => i.id), works.map((w) => w.id));
  const csl = plugins.config.get('@csl');
  const engine = new CSL.Engine({
    retrieveLocale: (lang) => csl.locales.get(lang) ?? csl.locales.get('en-US'),
    retrieveItem: (id) => items.find((i) => i.id === id),
  }, csl.styles.get('apa'), 'en-US');
  engine.updateItems(items.map((i) => i.id));
  const [, entries] = engine.makeBibliography();
  const text = entries.join('\n').replaceAll('&#38;', '&amp;');
  assert.match(text, /Goncharov, S\., Lewis, J\., &amp; Xue, L\. \(1995\)\. <i>Uncertain Partners<\/i>\. Stanford University Press\./);
  assert.match(text, /Fond 059a, Opis 5a, Delo 3, Papka 11, list 92/);
  assert.match(text, /New Statesman &amp; Society<\/i>, <i>9<\/i>\(388\), 24/);
  assert.match(text, /Washington, D\.C\., July 24–25, 1995\./);
  assert.doesNotMatch(text, /doi|https?:/i);
  // The page's APA reference (hayagriva) is the one citeproc-js makes from the same file.
  const page = read('public/sources/korea-1945-1950.html');
  assert.ok(page.includes('Goncharov, S., Lewis, J., &amp; Xue, L. (1995). <i>Uncertain Partners</i>. Stanford University Press.'));
});
