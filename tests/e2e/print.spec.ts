import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TimelinePage } from './timeline-page';
import { APP_URL } from './playwright.config';

// What a student prints: the handout of every event (A4 and US Letter), and the reader itself,
// which prints just the open event. Chromium's PDF is read back with pdftotext.

const ROOT = path.resolve(__dirname, '../..');
const KOREA = JSON.parse(readFileSync(path.join(ROOT, 'public/timelines/korea-1945-1950.json'), 'utf8'));
const OUT = path.join(ROOT, 'target/print');

/** The PDF's text, page by page, white space folded (lines wrap where the paper ends). */
function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  return text.split('\f').map((page) => page.replace(/\s+/g, ' ').trim()).filter((p) => p);
}

async function printTo(page: Page, name: string, format: 'A4' | 'Letter'): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}-${format}.pdf`);
  writeFileSync(file, await page.pdf({ format, printBackground: true }));
  return pdfPages(file);
}

for (const format of ['A4', 'Letter'] as const) {
  test(`the handout prints every event in order, whole, with every entry (${format})`, async ({ page }) => {
    // The reader's date order is the order to print in.
    const app = new TimelinePage(page);
    await app.gotoAndWait();
    const order = await app.eventIds();
    expect(order).toHaveLength(KOREA.events.length);
    const byId = new Map(KOREA.events.map((e: { id: string }) => [e.id, e]));
    await page.goto('./sources/korea-1945-1950-handout.html');
    // The links are written out as full addresses once the page's script has run.
    await expect(page.locator('a.event-link').first()).toHaveText(new RegExp(`^${APP_URL.replace(/[.?]/g, '\\$&')}\\?event=`));
    const pages = await printTo(page, 'handout', format);
    const all = pages.join(' ');
    let from = 0;
    for (const event of order.map((id) => byId.get(id)) as { id: string; headline: string }[]) {
      const at = all.indexOf(event.headline, from);
      expect(at, `${event.id} is printed after the events before it`).toBeGreaterThan(-1);
      from = at;
      // No event is split across a page break: its headline and its link share a page.
      const onPage = pages.findIndex((p) => p.includes(event.headline));
      expect(pages[onPage], `${event.id} is whole on one page`).toContain(`?event=${event.id}`);
    }
    for (const entry of KOREA.bibliography) {
      expect(all).toContain(entry.text.replace(/\s+/g, ' '));
    }
    expect(all.split('Entry missing from the original page.').length - 1).toBe(3);
    expect(all).toContain('not the essay’s words');
    expect(all).not.toContain('Print this handout');
    expect(all).not.toContain('Back to the timeline');
  });
}

test('the reader prints just the open event, with its quote and sources, and no controls', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=acheson-speech');
  await expect(app.panel()).toBeVisible();
  const pages = await printTo(page, 'reader-event', 'A4');
  const all = pages.join(' ');
  expect(all).toContain('Acheson’s Press Club speech leaves Korea outside the US defence line');
  expect(all).toContain('Apparently Kim used this speech to persuade Stalin.');
  expect(all).toContain('Goncharov, Lewis and Xue Litai, 142.');
  for (const other of ['Korea liberated from Japanese rule', 'First Soviet atomic bomb test', 'Zoom in', 'Fit all', 'Back to the timeline', 'Next event']) {
    expect(all, `${other} is not printed`).not.toContain(other);
  }
});

test('the reader with no event open prints the events as a list, without controls', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.strip-controls')).toBeHidden();
  await expect(page.locator('.take-away')).toBeHidden();
  const pages = await printTo(page, 'reader-list', 'A4');
  const all = pages.join(' ');
  for (const event of KOREA.events) {
    expect(all).toContain(event.headline);
  }
  expect(all).not.toContain('Fit all');
});

test('the footer offers the handout and the sources page, and the handout page prints', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await page.getByRole('link', { name: 'Print a handout of every event' }).click();
  await expect(page).toHaveURL(/\/timeline\/sources\/korea-1945-1950-handout\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korea 1945–1950');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => { (window as unknown as { printed: number }).printed += 1; };
  });
  await page.getByRole('button', { name: 'Print this handout' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
