import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { cspViolations, watchCspViolations } from './csp';

// The cite page (cite.html): citations formatted in the browser by its own Wasm module, for an
// event and for any timeline opened with ?src=.
const korea = JSON.parse(readFileSync(path.resolve(__dirname, '../../public/timelines/korea-1945-1950.json'), 'utf8'));

const today = () => new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });

test('Cite this event: the event as a web page in three styles, read today, and its quote with Chicago notes', async ({ page }) => {
  await watchCspViolations(page);
  await page.goto('./?event=stalin-approves');
  const link = page.getByRole('link', { name: 'Cite this event' });
  await expect(link).toHaveAttribute('href', 'cite.html?event=stalin-approves');
  await link.click();
  const chicago = page.locator('#event-chicago-r');
  await expect(chicago).toContainText(`Accessed ${today()}`);
  await expect(chicago).toContainText(korea.title);
  await expect(chicago).toContainText(/\/timeline\/\?event=stalin-approves/);
  await expect(page.locator('#event-apa-r')).toBeVisible();
  await expect(page.locator('#event-mla-r')).toBeVisible();
  const event = korea.events.find((e: { id: string }) => e.id === 'stalin-approves');
  const quotes = page.locator('#event-quote');
  await expect(quotes).toContainText(`“${event.passages[0].quote}”`);
  await expect(quotes).toContainText('footnote [2] has no entry on its page');
  await expect(quotes).toContainText('Bajanov');
  // The rest is the sources page, with downloads made in the page.
  await expect(page.locator('li.entry')).toHaveCount(korea.bibliography.length);
  const bibtex = page.getByRole('link', { name: 'BibTeX', exact: true });
  await expect(bibtex).toHaveAttribute('href', /^blob:/);
  const [download] = await Promise.all([page.waitForEvent('download'), bibtex.click()]);
  expect(readFileSync(await download.path(), 'utf8')).toMatch(/^@\w+\{/m);
  await expect(page.locator('button.copy').first()).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await cspViolations(page)).toEqual([]);
});

test('a timeline opened with ?src= is cited by the cite page, entry by entry', async ({ page }) => {
  const copy = { ...korea, title: 'A class copy' };
  await page.route('**/timeline/fixtures/copy.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(copy) }),
  );
  await page.goto('./?src=fixtures/copy.json&event=strike-them');
  const cite = page.locator('.citation .cite-link').first();
  await expect(cite).toHaveAttribute('href', /^cite\.html\?src=fixtures%2Fcopy\.json#entry-b\d$/);
  await cite.click();
  await expect(page.locator('h1')).toHaveText('Sources: A class copy');
  await expect(page.locator('li.entry')).toHaveCount(korea.bibliography.length);
  await expect(page.locator('span.Z3988')).toHaveCount(korea.works.length);
  await expect(page.getByRole('link', { name: '← The timeline' })).toHaveAttribute('href', './?src=fixtures%2Fcopy.json');
});

test('a file the cite page cannot read is said in the page', async ({ page }) => {
  await page.goto('./cite.html?src=fixtures/missing.json');
  await expect(page.getByRole('alert')).toContainText('fixtures/missing.json');
});
