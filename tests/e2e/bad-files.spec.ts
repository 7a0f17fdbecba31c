import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// How the page shows a file's problems. Which problem each broken fixture has, and where (JSON
// path, line, column), is checked natively for every fixture in tests/fixtures (tests/cli.rs,
// through the same core the page uses); here one of them shows the page lists it with its
// place, and the warning-only fixture shows warnings do not block the timeline.
test('a broken file lists its problem with the JSON path, line and column', async ({ page }) => {
  const file = 'duplicate-id.json';
  const body = readFileSync(path.resolve(__dirname, '../fixtures', file), 'utf8');
  await page.route(`**/timeline/bad/${file}`, (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto(`./?src=bad/${file}`);
  const error = page.locator('.load-error');
  await expect(error).toContainText('The timeline could not be shown');
  await expect(error).toContainText(`bad/${file}`);
  await expect(error.locator('code').filter({ hasText: 'events[1].id' }).first()).toBeVisible();
  await expect(error).toContainText('(line 28, column 13)');
  await expect(error).toContainText('event id “war-begins” is used more than once');
  await expect(page.locator('[data-event-id]')).toHaveCount(0);
});

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

test('warnings show above the timeline and do not block it', async ({ page }) => {
  const body = readFileSync(path.resolve(__dirname, '../fixtures/warning-only.json'), 'utf8');
  await page.route('**/timeline/bad/warning-only.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./?src=bad/warning-only.json');
  await expect(page.locator('[data-event-id]')).toHaveCount(2);
  const warnings = page.locator('.load-warnings');
  await expect(warnings).toContainText('Warning');
  await expect(warnings).toContainText('a reconstructed mapping should say why it holds');
  await expect(warnings.locator('code').filter({ hasText: 'footnotes[0].note' })).toHaveCount(1);
  await expect(warnings).toContainText('(line 15, column 5)');
  const [above, strip] = await Promise.all([warnings.boundingBox(), page.locator('[data-event-id]').first().boundingBox()]);
  expect(above!.y + above!.height).toBeLessThanOrEqual(strip!.y);
});
