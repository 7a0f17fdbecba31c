import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { TimelinePage } from './timeline-page';

const korea = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../public/timelines/korea-1945-1950.json'), 'utf8'),
);

/** Serves `timeline` at timeline/fixtures/NAME and opens the app on it with ?src=. */
async function openWith(page: Page, name: string, timeline: object, query = '') {
  await page.route(`**/timeline/fixtures/${name}`, (route) => route.fulfill({ json: timeline }));
  await page.goto(`./?src=fixtures/${name}${query}`);
}

test('/ focuses the search; the list, the strip, the count and the URL follow each keystroke', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await page.keyboard.press('/');
  await expect(app.searchBox()).toBeFocused();
  await page.keyboard.type('ACHESON');
  await expect(app.searchCount()).toHaveText('1 event matches.');
  await expect(app.searchResults()).toHaveCount(1);
  await expect(app.searchResults().first().locator('mark')).toHaveText('Acheson');
  await expect(app.searchResults().first()).toContainText('12 January 1950');
  await expect(page.locator('.event-slot.search-match [data-event-id]')).toHaveAttribute('data-event-id', 'acheson-speech');
  await expect(page.locator('.event-slot.search-other')).toHaveCount((await app.eventIds()).length - 1);
  await expect(page).toHaveURL(/[?&]q=ACHESON/);
  await app.searchBox().fill('stalin');
  await expect(app.searchCount()).toHaveText(/^\d+ events match\.$/);
  const count = await app.searchResults().count();
  expect(count).toBeGreaterThan(3);
  // Arrows walk the list; Enter opens the event.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = app.searchResults().nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(app.searchBox()).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  const headline = (await second.locator('.hit-headline').textContent())!;
  await page.keyboard.press('Enter');
  await expect(app.panel().getByRole('heading', { level: 2 })).toHaveText(headline);
  // Clearing the box ends the search: nothing is dimmed, the URL forgets it.
  await app.searchBox().fill('');
  await expect(page.locator('.event-slot.search-other')).toHaveCount(0);
  await expect(app.searchResults()).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&]q=/);
  await expectNoAxeViolations(page);
});

test('a shared search opens with its results, and a match in a quote shows its words', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?q=persuade%20STALIN');
  await expect(app.searchBox()).toHaveValue('persuade STALIN');
  await expect(app.searchCount()).toHaveText('1 event matches.');
  const hit = app.searchResults().first();
  await expect(hit.locator('.hit-context')).toContainText('Kim used this speech to persuade Stalin.');
  await expect(hit.locator('.hit-context mark')).toHaveText(['persuade', 'Stalin']);
  await hit.click();
  await expect(app.panelFor('acheson-speech')).toBeVisible();
  await expect(page).toHaveURL(/event=acheson-speech/);
  await expect(page).toHaveURL(/q=persuade/);
  await expectNoAxeViolations(page);
});

test('accents, case and Hangul do not matter, even mid-syllable', async ({ page }) => {
  const names = structuredClone(korea);
  names.events[0].headline = '김일성 returns to Korea';
  names.events[1].headline = 'Pyŏngyang becomes the seat of the Soviet-backed regime';
  await openWith(page, 'names.json', names);
  const app = new TimelinePage(page);
  await expect(app.events()).toHaveCount(korea.events.length);
  await app.searchBox().fill('PYONG');
  await expect(app.searchResults()).toHaveCount(1);
  await expect(app.searchResults().first().locator('mark')).toHaveText('Pyŏng');
  await app.searchBox().fill('김이');
  await expect(app.searchResults()).toHaveCount(1);
  await expect(app.searchResults().first()).toContainText('returns to Korea');
  await app.searchBox().fill('nothing like this');
  await expect(app.searchCount()).toHaveText('No event matches.');
  await expect(page.locator('.event-slot.search-other')).toHaveCount(korea.events.length);
});
