import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AuthorPage } from './author-page';
import { expectNoAxeViolations } from './axe';
import { TimelinePage } from './timeline-page';

// Uncertain and approximate dates (#18): a timeline whose dates are hedged in every way the
// format reads (EDTF), tests/fixtures/hedged-dates.json, shown in words, drawn by a shape
// each, explained in the legend and named to screen readers.

const FIXTURE = path.resolve(__dirname, '../fixtures/hedged-dates.json');
const hedged = JSON.parse(readFileSync(FIXTURE, 'utf8'));

/** Each event's headline and its date as every reader meets it. */
const WORDS: [string, string, string][] = [
  ['committee', 'A committee forms', 'about 1949'],
  ['meeting', 'The meeting', 'perhaps 25 June 1950'],
  ['letter', 'The letter is written', 'before March 1950'],
  ['reply', 'The reply comes', 'after June 1949'],
  ['treaty', 'The treaty is signed', '1949 or 1950'],
  ['visit', 'The visit', 'between March and May 1950'],
  ['talks', 'Talks begin', 'from March 1950, ongoing'],
  ['blockade', 'The blockade', 'from March 1950, end unknown'],
  ['survey', 'The survey', 'March – June 1949'],
  ['harvest', 'The harvest fails', 'spring 1949'],
];

/** Serves the hedged file at timeline/fixtures/hedged-dates.json and opens the app on it. */
async function openHedged(page: Page, query = '') {
  await page.route('**/timeline/fixtures/hedged-dates.json', (route) => route.fulfill({ json: hedged }));
  await page.goto(`./?src=fixtures/hedged-dates.json${query}`);
  const app = new TimelinePage(page);
  await expect(app.events()).toHaveCount(WORDS.length);
  return app;
}

/** The bar drawn for event `id`, beside its card. */
function bar(page: Page, id: string) {
  return page.locator('.event-slot').filter({ has: page.locator(`[data-event-id="${id}"]`) }).locator('.event-bar');
}

test('each hedged date shows in words on its card and in its panel, and is the name screen readers hear', async ({ page }) => {
  const app = await openHedged(page);
  for (const [id, headline, words] of WORDS) {
    await expect(app.event(id).locator('.card-date')).toContainText(words);
    await expect(page.getByRole('tab', { name: `${headline}, ${words}`, exact: true })).toHaveAttribute('data-event-id', id);
  }
  await app.open('visit');
  await expect(app.panelFor('visit').locator('.panel-date')).toHaveText('between March and May 1950');
  await expect(app.status()).toHaveText('The visit, between March and May 1950');
  // The search list shows the same words.
  await app.searchBox().fill('letter');
  await expect(app.searchResults().first()).toContainText('before March 1950');
  await expectNoAxeViolations(page);
});

test('each kind is drawn by its own shape, not by colour alone', async ({ page }) => {
  await openHedged(page);
  const kinds: [string, RegExp][] = [
    ['committee', /\bapproximate\b/],
    ['meeting', /\buncertain\b/],
    ['letter', /\bbefore\b/],
    ['reply', /\bafter\b/],
    ['treaty', /\bone-of\b/],
    ['visit', /\bbetween\b/],
    ['talks', /\bongoing\b/],
    ['blockade', /\bend-unknown\b/],
  ];
  for (const [id, kind] of kinds) await expect(bar(page, id)).toHaveClass(kind);
  // Plain dates carry none of those marks.
  await expect(bar(page, 'survey')).toHaveClass('event-bar fuzzy-start fuzzy-end');
  // The marks are shapes: a glyph before the start, an arrowhead on the open side, a
  // separate mark on each date of a list, brackets around a between.
  const pseudo = (id: string, which: '::before' | '::after', property: string) =>
    bar(page, id).evaluate((el, [which, property]) => getComputedStyle(el, which).getPropertyValue(property), [which, property]);
  expect(await pseudo('committee', '::after', 'content')).toBe('"~"');
  expect(await pseudo('meeting', '::after', 'content')).toBe('"?"');
  expect(await pseudo('letter', '::before', 'border-left-width')).toBe('2px');
  expect(await pseudo('reply', '::before', 'border-left-width')).toBe('2px');
  expect(await pseudo('blockade', '::before', 'border-top-style')).toBe('dotted');
  // A list's bar is coloured on each of its dates only, with clear bar between them.
  const runs = await bar(page, 'treaty').evaluate((el) => {
    const stops = getComputedStyle(el).backgroundImage.match(/rgba?\([^)]*\)/g) ?? [];
    const kinds = stops.map((colour) => (/rgba\(.*, 0\)$/.test(colour) ? 'clear' : 'mark'));
    return kinds.filter((kind, i) => kind !== kinds[i - 1]);
  });
  expect(runs).toEqual(['clear', 'mark', 'clear', 'mark', 'clear']);
  expect(await bar(page, 'visit').evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe('solid');
});

test('the legend explains each kind of hedged date this timeline has, and only then', async ({ page }) => {
  const app = await openHedged(page);
  const marks = app.legend().locator('.legend-mark');
  await expect(marks).toHaveText([
    '~ About: an approximate date (circa)',
    '? Perhaps: an uncertain date',
    'Arrowhead before: on or before the date',
    'Arrowhead after: on or after the date',
    'Separate marks: one of these dates',
    'Brackets: some time between two dates',
    'Arrowhead at the end: still going on',
    'Dotted end: the end is not known',
  ]);
  // Each beside a sample drawn by the strip's own classes.
  await expect(marks.nth(2).locator('.event-bar')).toHaveClass(/\bbefore\b/);
  // A timeline with only some kinds explains only those.
  const some = { ...hedged, events: hedged.events.filter((e: { id: string }) => ['letter', 'survey'].includes(e.id)) };
  await page.route('**/timeline/fixtures/some.json', (route) => route.fulfill({ json: some }));
  await page.goto('./?src=fixtures/some.json');
  await expect(app.events()).toHaveCount(2);
  await expect(app.legend().locator('.legend-mark')).toHaveText(['Arrowhead before: on or before the date']);
  await expect(app.legend()).toContainText('Faded ends');
});

test('the shipped timeline, with no hedged date, has no hedged marks in its legend', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await expect(app.legend()).toContainText('Faded ends');
  await expect(app.legend().locator('.legend-mark')).toHaveCount(0);
});

test('the editor opens a hedged file, shows each date as written, and downloads it unchanged', async ({ page }, testInfo) => {
  const author = new AuthorPage(page);
  await author.goto();
  await page.locator('#open-file').setInputFiles(FIXTURE);
  await expect(author.eventRows()).toHaveCount(WORDS.length);
  await expect(author.eventRows().filter({ hasText: 'The letter is written' })).toContainText('before March 1950');
  await expect(author.checks().filter({ hasText: 'Problem' })).toHaveText([]);
  await author.eventRows().filter({ hasText: 'The letter is written' }).click();
  const date = author.eventForm().locator('fieldset.date-fields').filter({ has: page.locator('legend', { hasText: /^Date$/ }) });
  await expect(date.getByLabel('Date as written')).toHaveValue('[..1950-03]');
  await expect(date.getByLabel('Year')).toBeHidden();
  const downloading = page.waitForEvent('download');
  await author.downloadButton().click();
  const file = testInfo.outputPath((await downloading).suggestedFilename());
  await (await downloading).saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  const dates = (doc: { events: { id: string; date: string; end?: string }[] }) =>
    Object.fromEntries(doc.events.map((e) => [e.id, [e.date, e.end ?? null]]));
  // Every date as the file had it; EDTF's numbered season comes back by its name.
  expect(dates(saved)).toEqual({ ...dates(hedged), harvest: ['1949-spring', null] });
});
