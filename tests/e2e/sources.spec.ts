import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { cspViolations, watchCspViolations } from './csp';

// The sources page made at build time (timeline-sources), as Trunk publishes it.
const SOURCES = './sources/korea-1945-1950.html';
const root = path.resolve(__dirname, '../..');
const timeline = JSON.parse(readFileSync(path.join(root, 'public/timelines/korea-1945-1950.json'), 'utf8'));
const B2_NOTE =
  'Sergei Goncharov, John Lewis, and Litai Xue, Uncertain Partners (Stanford University Press, 1995), 135.';

async function open(page: Page) {
  await watchCspViolations(page);
  await page.goto(SOURCES);
  // copy.js shows the buttons once it runs.
  await expect(page.locator('button.copy').first()).toBeVisible();
}

/** No CSP violation but a sentinel one, so the listener is known to be listening. */
async function expectNoCspViolations(page: Page) {
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.alt = '';
    img.src = 'https://sentinel.invalid/x.png';
    document.body.append(img);
  });
  await expect.poll(async () => (await cspViolations(page)).length).toBeGreaterThan(0);
  expect(await cspViolations(page)).toEqual([
    'img-src https://sentinel.invalid/x.png',
  ]);
}

test.describe('the sources page', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('lists every entry verbatim in order, cites one in three styles, under its CSP, with no axe violations', async ({ page }) => {
    await open(page);
    await expect(page.locator('h1')).toHaveText(`Sources: ${timeline.title}`);
    const entries = page.locator('ol.entries > li');
    await expect(entries).toHaveCount(7);
    const ids = await entries.evaluateAll((lis) => lis.map((li) => li.id));
    expect(ids).toEqual(timeline.bibliography.map((e: { id: string }) => `entry-${e.id}`));
    const texts = await page.locator('ol.entries > li .verbatim').allTextContents();
    expect(texts).toEqual(timeline.bibliography.map((e: { text: string }) => e.text));

    const b2 = page.locator('#entry-b2');
    await expect(b2.getByRole('heading', { level: 4 })).toHaveText('Cite entry 2');
    await expect(b2.getByRole('heading', { level: 5 })).toHaveText([
      'Chicago (17th edition, notes and bibliography)',
      'APA (7th edition)',
      'MLA (9th edition)',
    ]);
    await expect(b2.locator('#b2-chicago-c')).toHaveText(B2_NOTE);
    await expect(b2.locator('#b2-chicago-c i')).toHaveText('Uncertain Partners');
    await expect(b2.locator('#b2-apa-c')).toHaveText('(Goncharov et al., 1995, p. 135)');
    await expect(b2.locator('#b2-mla-r')).toHaveText('Goncharov, Sergei, et al. Uncertain Partners. Stanford University Press, 1995.');
    await expect(page.locator('span.Z3988')).toHaveCount(5);
    expect(await page.locator('span.Z3988').first().getAttribute('title')).toMatch(/^ctx_ver=Z39\.88-2004&/);
    await expect(page.getByRole('link', { name: '← The timeline' })).toHaveAttribute('href', '../');
    await expect(page.getByRole('link', { name: 'The essay' })).toHaveAttribute('href', '../?view=essay');

    await expectNoAxeViolations(page);
    await expectNoCspViolations(page);
  });

  test('Copy puts the citation on the clipboard and says so', async ({ page }) => {
    await open(page);
    const button = page.getByRole('button', { name: 'Copy the Chicago note for entry 2' });
    await button.click();
    await expect(page.locator('#entry-b2 .cite').first().getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(B2_NOTE);
    // An entry citing two works copies both, one a line, in its order.
    await page.getByRole('button', { name: 'Copy the APA reference list for entry 5' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Goncharov, S., Lewis, J., & Xue, L. (1995). Uncertain Partners. Stanford University Press.\n' +
        'Cumings. (n.d.). Origins (Vol. 2).',
    );
    await expectNoCspViolations(page);
  });

  test('without the clipboard API, Copy selects the text and says how to copy it', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined });
    });
    await open(page);
    await page.getByRole('button', { name: 'Copy the MLA works cited for entry 3' }).click();
    await expect(page.locator('#entry-b3 .style').nth(2).getByRole('status')).toHaveText(/^Selected: copy with (Ctrl\+C|⌘C)$/);
    expect(await page.evaluate(() => getSelection()!.toString().trim())).toBe(
      '30 Jan. 1950, AVP RF, Fond 059a, Opis 5a, Delo 3, Papka 11, list 92.',
    );
  });

  test('the downloads are served, whole and per entry', async ({ page }) => {
    await open(page);
    const hrefs = await page.locator('a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(3 + 3 * 7);
    for (const href of hrefs) {
      const response = await page.request.get(new URL(href, page.url()).href);
      expect(response.status(), href).toBe(200);
      expect(await response.text(), href).toBe(readFileSync(path.join(root, 'public/sources', href), 'utf8'));
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'BibTeX', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('korea-1945-1950.bib');
  });
});

test.describe('Zotero and reference managers on the reading page', () => {
  type Counted = Window & { zoteroUpdates: number };
  const meta = (page: Page, name: string) =>
    page.locator(`head meta[name="${name}"]`).getAttribute('content');

  test('one COinS per cited work, and meta tags that follow the view with ZoteroItemUpdated', async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as Counted).zoteroUpdates = 0;
      document.addEventListener('ZoteroItemUpdated', () => (window as unknown as Counted).zoteroUpdates++);
    });
    await page.goto('./');
    await expect(page.locator('span.Z3988')).toHaveCount(timeline.works.length);
    await expect(page.locator('span.Z3988').first()).toHaveAttribute('title', /rft\.jtitle=New%20Statesman/);
    expect(await meta(page, 'DC.title')).toBe(timeline.title);

    const updates = () => page.evaluate(() => (window as unknown as Counted).zoteroUpdates);
    const before = await updates();
    const event = timeline.events.find((e: { id: string }) => e.id === 'not-advisable');
    await page.locator(`[data-event-id="${event.id}"]`).first().click();
    await expect.poll(() => meta(page, 'citation_title')).toContain(event.headline);
    expect(await meta(page, 'DC.identifier')).toMatch(new RegExp(`\\?event=${event.id}$`));
    expect(await page.locator('head meta[name="DC.title"]').count()).toBe(1);
    await expect.poll(updates).toBeGreaterThan(before);

    const afterEvent = await updates();
    await page.getByRole('link', { name: 'Essay & sources' }).click();
    await expect.poll(() => meta(page, 'DC.title')).toBe(timeline.essay.title);
    expect(await meta(page, 'DC.identifier')).toMatch(/\?view=essay$/);
    await expect.poll(updates).toBeGreaterThan(afterEvent);
    // Nothing the timeline does not state.
    expect(await page.locator('head meta[name="citation_author"], head meta[name="DC.creator"]').count()).toBe(0);
  });

  test('a file opened with ?src= has no COinS of the shipped timeline', async ({ page }) => {
    await page.route('**/timeline/fixtures/plain.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...timeline, title: 'Another' }) }),
    );
    await page.goto('./?src=fixtures/plain.json');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Another');
    await expect.poll(() => meta(page, 'DC.title')).toBe('Another');
    await expect(page.locator('span.Z3988')).toHaveCount(0);
  });
});
