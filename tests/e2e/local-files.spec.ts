import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TimelinePage } from './timeline-page';

// Files a reader opens from their own device, and TimelineJS sheets saved as CSV.
const fixtures = path.resolve(__dirname, '../fixtures');
const sheet = readFileSync(path.join(fixtures, 'csv/good.csv'), 'utf8');
const badSheet = readFileSync(path.join(fixtures, 'csv/year-in-words.csv'), 'utf8');
const korea = readFileSync(path.resolve(__dirname, '../../public/timelines/korea-1945-1950.json'), 'utf8');

async function pick(page: Page, name: string, mimeType: string, body: string) {
  await page.locator('.open-file input[type=file]').setInputFiles({ name, mimeType, buffer: Buffer.from(body) });
}

test('a sheet opened with the file picker is shown, and the URL names it without its contents', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await pick(page, 'my class.csv', 'text/csv', sheet);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korea, 1945–1950');
  await expect(page).toHaveURL(/\?file=my%20class\.csv$/);
  await expect(app.event(await app.eventIds().then((ids) => ids[0]))).toBeVisible();
  // Views of it work, and back returns to the shipped timeline.
  await page.locator('[data-event-id]').first().click();
  await expect(page).toHaveURL(/\?file=my%20class\.csv&event=/);
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JSON.parse(korea).title);
  // None of the shipped timeline's take-away pages claim to be this file's.
  await pick(page, 'my class.csv', 'text/csv', sheet);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korea, 1945–1950');
  await expect(page.getByRole('link', { name: 'Cite or export the sources' })).toHaveCount(0);
  await expect(page.locator('span.Z3988')).toHaveCount(0);
  // The embed control says a device's file cannot be embedded, instead of giving dead code.
  await page.getByRole('link', { name: 'Embed', exact: true }).click();
  await expect(page.locator('.embed-page')).toContainText('opened from your device');
  await expect(page.locator('#embed-code')).toHaveCount(0);
});

test('a reload cannot bring a device file back, and says so with a way to open it again', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await pick(page, 'korea.json', 'application/json', korea.replace(JSON.parse(korea).title, 'My own copy'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My own copy');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('“korea.json” was opened from a device');
  await pick(page, 'korea.json', 'application/json', korea);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JSON.parse(korea).title);
});

test('a bad sheet gets the error page with the cell, and a dropped file opens', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await pick(page, 'bad.csv', 'text/csv', badSheet);
  await expect(page.getByRole('alert')).toContainText('row 14, column Year');
  await page.evaluate((body) => {
    const data = new DataTransfer();
    data.items.add(new File([body], 'dropped.csv', { type: 'text/csv' }));
    window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
  }, sheet);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korea, 1945–1950');
  await expect(page).toHaveURL(/\?file=dropped\.csv$/);
});

test('?src= reads a TimelineJS sheet by its extension or its content type', async ({ page }) => {
  await page.route('**/timeline/fixtures/sheet.csv', (route) => route.fulfill({ contentType: 'text/plain', body: sheet }));
  await page.route('**/timeline/fixtures/export', (route) => route.fulfill({ contentType: 'text/csv; charset=utf-8', body: sheet }));
  for (const src of ['fixtures/sheet.csv', 'fixtures/export']) {
    await page.goto(`./?src=${src}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korea, 1945–1950');
  }
});

test('the file control is a labelled input reached by keyboard; a file over the limit is refused unread', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  const picker = page.getByLabel('Open a timeline file…');
  await expect(picker).toHaveAttribute('type', 'file');
  await picker.focus();
  await expect(picker).toBeFocused();
  await pick(page, 'huge.json', 'application/json', ' '.repeat(5 * 1024 * 1024 + 1));
  await expect(page.getByRole('alert')).toContainText('The file could not be opened');
  await expect(page.getByRole('alert')).toContainText('5 MiB');
  await expect(page).not.toHaveURL(/\?file=/);
});
