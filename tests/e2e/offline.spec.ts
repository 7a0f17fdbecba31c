import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { APP_ORIGIN } from './playwright.config';
import { TimelinePage } from './timeline-page';

// After one visit the reader works with no network (scripts/make-offline.mjs, offline/page.js);
// a new deployment waits behind "A new version is available" until the reader reloads; the
// site installs. Each test deploys its own copy of the build beside /timeline/, so its service
// worker and caches are its own, and timelines to open with ?src= beside that, outside what
// the worker precaches.

test.use({ serviceWorkers: 'allow' });

const ROOT = path.resolve(__dirname, '../..');
const SITE = path.join(ROOT, 'target/site');

/** A copy of the build at /<name>/, with `files` (name → contents) in /<name>-files/. */
function deploy(name: string, files: Record<string, string> = {}): string {
  fs.rmSync(path.join(SITE, name), { recursive: true, force: true });
  fs.cpSync(path.join(SITE, 'timeline'), path.join(SITE, name), { recursive: true });
  fs.rmSync(path.join(SITE, `${name}-files`), { recursive: true, force: true });
  fs.mkdirSync(path.join(SITE, `${name}-files`));
  for (const [file, body] of Object.entries(files)) fs.writeFileSync(path.join(SITE, `${name}-files`, file), body);
  return `${APP_ORIGIN}${name}/`;
}

const OTHER = fs.readFileSync(path.join(ROOT, 'tests/fixtures/essay-good.json'), 'utf8');

/** The service worker has installed (its precache complete) and controls the page. */
async function workerControls(page: Page) {
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The worker has kept a copy of `url`. */
async function kept(page: Page, url: string) {
  await expect.poll(() => page.evaluate(async (u) => (await caches.match(u)) !== undefined, url)).toBe(true);
}

test('after one visit the timeline, a deep link, the essay, the sources and an opened ?src= file work offline', async ({ page, context }) => {
  const app = new TimelinePage(page);
  const base = deploy('offline-app', { 'other.json': OTHER, 'never.json': OTHER });
  await page.goto(base);
  await app.appStarted();
  await workerControls(page);
  await page.goto(`${base}?src=../offline-app-files/other.json`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A minimal timeline');
  await kept(page, `${APP_ORIGIN}offline-app-files/other.json`);

  await context.setOffline(true);
  await page.goto(base);
  await app.appStarted();
  await expect(app.events()).toHaveCount(11);
  await page.goto(`${base}?event=acheson-speech`);
  await expect(app.panel()).toHaveAttribute('data-detail-for', 'acheson-speech');
  await expect(app.panel().locator('mark').first()).toBeVisible();
  await page.goto(`${base}?view=essay`);
  await expect(page.locator('.essay-paragraph').first()).toBeVisible();
  await page.goto(`${base}?embed=1`);
  await expect(app.events().first()).toBeVisible();
  await page.goto(`${base}?src=../offline-app-files/other.json`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A minimal timeline');
  await page.goto(`${base}cite.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.load-error')).toHaveCount(0);
  await page.goto(`${base}sources/korea-1945-1950.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A file never opened is not on the device: the reader says so.
  await page.goto(`${base}?src=../offline-app-files/never.json`);
  await expect(page.getByRole('alert')).toContainText('offline, and this timeline is not yet saved on it');
});

test('with the worker installed, the editor opens at its own addresses, online and offline', async ({ page, context }) => {
  const base = deploy('offline-editor');
  await page.goto(base);
  await new TimelinePage(page).appStarted();
  await workerControls(page);
  // Each query is the editor's, never the reader's page in its place.
  await page.goto(`${base}author.html?lang=ko`);
  await expect(page.getByRole('button', { name: '새 연표' })).toBeVisible();
  await page.goto(`${base}author.html?draft=gone&lang=en`);
  await expect(page.getByRole('alert')).toContainText('The draft this address names is not saved in this browser');
  await context.setOffline(true);
  await page.goto(`${base}author.html?draft=gone`);
  await expect(page.getByRole('alert')).toContainText('The draft this address names is not saved in this browser');
  await page.goto(`${base}author.html?embed=1&event=invasion`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed on your page');
});

test('a timeline opened on the first visit, before the worker ran, is kept too', async ({ page, context }) => {
  const base = deploy('first-visit', { 'other.json': OTHER });
  await page.goto(`${base}?src=../first-visit-files/other.json`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A minimal timeline');
  await workerControls(page);
  await kept(page, `${APP_ORIGIN}first-visit-files/other.json`);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A minimal timeline');
});

test('a new deployment waits behind a polite banner, and Reload shows it', async ({ page }) => {
  const base = deploy('update-app');
  const app = new TimelinePage(page);
  await page.goto(base);
  await app.appStarted();
  await workerControls(page);
  await expect(page.locator('#update-banner')).toHaveCount(0);

  // Deploy a changed build: a new title in the timeline file and in the copy of it the page
  // carries (#timeline-data), and the worker made again.
  const file = path.join(SITE, 'update-app/timelines/korea-1945-1950.json');
  const timeline = JSON.parse(fs.readFileSync(file, 'utf8'));
  timeline.title = 'Korea 1945–1950, revised';
  fs.writeFileSync(file, JSON.stringify(timeline));
  const index = path.join(SITE, 'update-app/index.html');
  const data = /(<script type="application\/json" id="timeline-data">)[^<]*/;
  expect(fs.readFileSync(index, 'utf8')).toMatch(data);
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace(data, (_, open) => open + JSON.stringify(timeline)));
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/make-offline.mjs'), path.join(SITE, 'update-app')]);

  // The next visit still reads the old deployment whole, and offers the new one.
  await page.reload();
  const banner = page.getByRole('status').filter({ hasText: 'A new version is available.' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korea 1945–1950');
  // The banner sits above the page, not over it.
  const header = await page.locator('body > .app header').first().boundingBox();
  const box = await banner.boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(header!.y + 0.5);
  // Reachable by keyboard, and it reloads into the new version.
  const reload = banner.getByRole('button', { name: 'Reload' });
  await reload.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korea 1945–1950, revised');
  await expect(page.locator('#update-banner')).toHaveCount(0);
});

test('the site installs: its manifest has no errors, and opening it lands on the timeline', async ({ page }) => {
  const base = deploy('install-app');
  await page.goto(base);
  await workerControls(page);
  const cdp = await page.context().newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  const parsed = JSON.parse(manifest.data ?? '{}');
  expect(new URL(parsed.start_url, manifest.url).href).toBe(base);
  // Playwright's contexts are incognito windows, where Chromium installs nothing; any other
  // reason (no worker, no usable icon, a bad start URL) would be listed.
  const installability = async () =>
    (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  await expect.poll(installability).toEqual([]);
  for (const icon of parsed.icons) {
    const response = await page.request.get(new URL(icon.src, manifest.url).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()['content-type'], icon.src).toMatch(/^image\//);
  }
});
