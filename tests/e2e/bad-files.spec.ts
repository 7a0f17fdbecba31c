import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// The same fixtures the timeline-check CLI is tested on (tests/cli.rs), each with the problem
// the page must name: where (JSON path, line, column) and what.
const CASES: [file: string, place: string, line: number, column: number, words: string][] = [
  ['truncated.json', 'events[1].headline', 29, 22, 'the file ends too early (truncated JSON?)'],
  ['wrong-type.json', 'events[0].headline', 21, 19, 'invalid type: integer `42`, expected a string'],
  ['missing-field.json', 'events[0]', 19, 5, 'missing field `basis`'],
  ['duplicate-id.json', 'events[1].id', 28, 13, 'event id “war-begins” is used more than once'],
  ['impossible-date.json', 'events[0].date', 22, 15, '“1950-02-30” is not a real day: February 1950 has 28 days'],
  ['timelinejs-impossible-date.json', 'events[0].start_date.day', 5, 56, 'there is no 30 February 1950'],
  ['end-before-start.json', 'events[1].end', 31, 14, 'ends (January 1950) before it starts (1951)'],
  ['footnote-without-entry.json', 'footnotes[0].entry', 15, 29, 'no bibliography entry “b9”'],
  ['quote-not-in-paragraph.json', 'events[0].passages[0].quote', 24, 51, 'not found verbatim in paragraph “p1”'],
  ['empty-events.json', 'events', 18, 13, 'the timeline has no events'],
  ['deeply-nested.json', 'events[0].notes[0]', 26, 77, 'nested more than 64 levels deep'],
];

for (const [file, place, line, column, words] of CASES) {
  test(`in-page problem for ${file}`, async ({ page }) => {
    const body = readFileSync(path.resolve(__dirname, '../fixtures', file), 'utf8');
    await page.route(`**/timeline/bad/${file}`, (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto(`./?src=bad/${file}`);
    const error = page.locator('.load-error');
    await expect(error).toContainText('The timeline could not be shown');
    await expect(error).toContainText(`bad/${file}`);
    await expect(error.locator('code').filter({ hasText: place }).first()).toBeVisible();
    await expect(error).toContainText(`(line ${line}, column ${column})`);
    await expect(error).toContainText(words);
  });
}

test('more than 20 problems are summarised', async ({ page }) => {
  const body = readFileSync(path.resolve(__dirname, '../fixtures/essay-good.json'), 'utf8');
  const doc = JSON.parse(body);
  const template = doc.events[0];
  doc.events = Array.from({ length: 30 }, (_, i) => ({ ...template, id: 'same', headline: `E${i}` }));
  await page.route('**/timeline/bad/many.json', (route) => route.fulfill({ json: doc }));
  await page.goto('./?src=bad/many.json');
  const error = page.locator('.load-error');
  await expect(error.locator('li')).toHaveCount(20);
  await expect(error).toContainText('…and 9 more.');
});

test('warnings show but do not block the timeline', async ({ page }) => {
  const body = readFileSync(path.resolve(__dirname, '../fixtures/warning-only.json'), 'utf8');
  await page.route('**/timeline/bad/warning-only.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./?src=bad/warning-only.json');
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
  await expect(page.locator('.load-warnings')).toContainText('Warning');
});
