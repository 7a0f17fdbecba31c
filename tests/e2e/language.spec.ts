import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoAxeViolations } from './axe';
import { TimelinePage } from './timeline-page';

// The reader in Korean (ko.html) and the choice of language: ?lang= (TimelineJS's option
// too), else the language last asked for on this device, else the browser's languages.

/** Records every text the timeline's heading shows, from the first frame on, so a test can
 * tell whether the page ever showed English before Korean. */
async function recordHeadings(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { headingsSeen: string[] }).headingsSeen = seen;
    const note = () => {
      const text = document.getElementById('timeline-heading')?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    };
    new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const headingsSeen = (page: Page) =>
  page.evaluate(() => (window as unknown as { headingsSeen: string[] }).headingsSeen);

test('?lang=ko opens the Korean page with the same view, never showing English first', async ({ page }) => {
  await recordHeadings(page);
  await page.goto('./?event=acheson-speech&lang=ko');
  await expect(page).toHaveURL(/\/timeline\/ko\.html\?event=acheson-speech&lang=ko$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const app = new TimelinePage(page);
  await app.appStarted();
  await expect(page.locator('#timeline-heading')).toHaveText('연표');
  await expect(page.locator('.section-meta')).toHaveText('사건 11건, 1945년 ~ 1950년');
  await expect(app.panelFor('acheson-speech').locator('.panel-date')).toHaveText('1950년 1월 12일');
  await expect(page.getByRole('button', { name: '연표로 돌아가기' })).toBeVisible();
  expect(await headingsSeen(page)).toEqual(['연표']);
  await expect(page).toHaveTitle('한국 1945~1950: 스탈린, 김일성, 그리고 한국전쟁으로 가는 길');
});

test.describe('a browser set to Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('is sent to the Korean page, and ?lang=en keeps it in English from then on', async ({ page }) => {
    await page.goto('./?view=essay#essay-p2');
    await expect(page).toHaveURL(/\/ko\.html\?view=essay#essay-p2$/);
    await expect(page.locator('.essay-kicker')).toHaveText('발표된 그대로의 본문');

    await page.goto('./ko.html?lang=en');
    await expect(page).toHaveURL(/\/timeline\/\?lang=en$/);
    await new TimelinePage(page).appStarted();
    await expect(page.locator('#timeline-heading')).toHaveText('Timeline');
    // The choice is kept on this device: the plain address stays English.
    await page.goto('./');
    await expect(page).toHaveURL(/\/timeline\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('an English browser stays on the English page', async ({ page }) => {
  await page.goto('./?event=invasion');
  await new TimelinePage(page).appStarted();
  await expect(page).toHaveURL(/\/timeline\/\?event=invasion$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('the switch keeps the open event and the search, both ways', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=strike-them&q=stalin');
  await page.getByRole('link', { name: '한국어' }).click();
  await expect(page).toHaveURL(/\/ko\.html\?event=strike-them&q=stalin&lang=ko$/);
  await app.appStarted();
  await expect(app.panelFor('strike-them').locator('.panel-date')).toHaveText('1949년 봄');
  await expect(page.getByRole('combobox', { name: '사건 검색' })).toHaveValue('stalin');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/timeline\/\?event=strike-them&q=stalin&lang=en$/);
  await app.appStarted();
  await expect(app.panelFor('strike-them').locator('.panel-date')).toHaveText('spring 1949');
});

test('the essay and its quotes keep their language, marked for screen readers', async ({ page }) => {
  const app = new TimelinePage(page);
  await page.goto('./ko.html?event=stalin-says-no');
  await app.appStarted();
  const panel = app.panelFor('stalin-says-no');
  await expect(panel.locator('h3').first()).toHaveText('본문에서');
  await expect(panel.locator('.panel-headline')).toHaveAttribute('lang', 'en');
  await expect(panel.locator('blockquote').first()).toHaveAttribute('lang', 'en');
  await expect(panel.locator('mark').first()).toContainText('Kim II Sung');
});

test('a file names its language: its words are marked with it on a page in another language, and unknown when it names none', async ({ page }) => {
  const shipped = JSON.parse(readFileSync(path.join(__dirname, '../../public/timelines/korea-1945-1950.json'), 'utf8'));
  const serve = (name: string, language: string | undefined) =>
    page.route(`**/timeline/fixtures/${name}.json`, (route) => route.fulfill({ json: { ...shipped, language } }));
  await serve('named-korean', 'ko-KR');
  await serve('unnamed', undefined);
  const app = new TimelinePage(page);

  await page.goto('./?src=fixtures/named-korean.json&event=stalin-says-no');
  await app.appStarted();
  const panel = app.panelFor('stalin-says-no');
  await expect(page.locator('h1.brand-title')).toHaveAttribute('lang', 'ko-KR');
  await expect(app.event('stalin-says-no').locator('.card-headline')).toHaveAttribute('lang', 'ko-KR');
  await expect(panel.locator('.panel-headline')).toHaveAttribute('lang', 'ko-KR');
  await expect(panel.locator('blockquote').first()).toHaveAttribute('lang', 'ko-KR');
  // The page's own words inside an entry are marked back in the page's language.
  const entry = panel.locator('p.citation-entry:not(.missing)').first();
  await expect(entry).toHaveAttribute('lang', 'ko-KR');
  await expect(entry.locator('a.cite-link')).toHaveAttribute('lang', 'en');
  await expectNoAxeViolations(page);

  await page.goto('./?src=fixtures/unnamed.json&event=stalin-says-no');
  await app.appStarted();
  await expect(panel.locator('.panel-headline')).toHaveAttribute('lang', '');
  await expect(panel.locator('blockquote').first()).toHaveAttribute('lang', '');

  // The shipped file names English: the English page marks nothing, the Korean page marks it.
  await page.goto('./?event=stalin-says-no');
  await app.appStarted();
  await expect(panel.locator('.panel-headline')).not.toHaveAttribute('lang', /.*/);
  await expect(panel.locator('blockquote').first()).not.toHaveAttribute('lang', /.*/);
});

test.describe('the Korean page is accessible', () => {
  test('axe finds no violations on the timeline, the panel and the essay', async ({ page }) => {
    const app = new TimelinePage(page);
    await page.goto('./ko.html');
    await app.appStarted();
    await expectNoAxeViolations(page);
    await page.goto('./ko.html?event=assistance-message');
    await app.appStarted();
    await expectNoAxeViolations(page);
    await page.goto('./ko.html?view=essay');
    await expect(page.locator('article.essay')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('keyboard only: into the strip, open an event, read it, go back', async ({ page }) => {
    const app = new TimelinePage(page);
    await page.goto('./ko.html');
    await app.appStarted();
    const ids = await app.eventIds();
    for (let presses = 0; presses < 20; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')) break;
    }
    await expect(app.event(ids[0])).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(app.panelFor(ids[1])).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(app.panelFor(ids[1])).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(app.event(ids[1])).toBeFocused();
  });
});
