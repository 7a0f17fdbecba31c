import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TimelinePage } from './timeline-page';
import { APP_ORIGIN } from './playwright.config';

const content = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../public/timelines/korea-1945-1950.json'), 'utf8'),
);
const paragraphText = new Map<string, string>(
  content.essay.paragraphs.map((p: { id: string; text: string }) => [p.id, p.text]),
);

const IN_DATE_ORDER = [
  'korea-liberated',
  'soviets-back-kim',
  'not-advisable',
  'stalin-says-no',
  'strike-them',
  'soviet-atomic-bomb',
  'prc-proclaimed',
  'stalin-approves',
  'acheson-speech',
  'assistance-message',
  'invasion',
];

test('every event renders on the axis, in date order', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await expect(app.events()).toHaveCount(11);
  expect(await app.eventIds()).toEqual(IN_DATE_ORDER);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Korea 1945–1950');
  // Fuzzy dates are drawn as spans, not points; exact days as points.
  await expect(page.locator('[data-event-id="strike-them"]').locator('xpath=..').locator('.event-bar.fuzzy-start.fuzzy-end')).toHaveCount(1);
  await expect(page.locator('[data-event-id="invasion"]').locator('xpath=..').locator('.event-bar.point')).toHaveCount(1);
  // The legend explains each date basis the events carry, and the faded ends.
  for (const words of ['● Date stated in the essay', '◐ Date inferred from the essay', '■ Date from a cited document', '◇ Editorial date', 'Faded ends']) {
    await expect(app.legend()).toContainText(words);
  }
  await expect(app.emptyPanel()).toContainText('the essay passage behind it');
});

test('event cards never overlap each other', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  const boxes = await app.events().evaluateAll((nodes) =>
    nodes.map((n) => {
      const r = n.getBoundingClientRect();
      return { id: n.getAttribute('data-event-id'), left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }),
  );
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
    }
  }
});

test('clicking an event shows its quote highlighted in its paragraph and its citations', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await app.open('assistance-message');
  await expect(app.marks().filter({ hasText: 'We are ready to render this assistance.' })).toHaveCount(1);
  await expect(app.panel()).toContainText('30 January 1950');
  await expect(app.panel()).toContainText('Date from a cited document');
  await expect(app.citation(6)).toContainText('AVP RF, Fond 059a, Opis 5a, Delo 3, Papka 11, list 92, 01/30/1950');
  await expect(app.citation(6)).toContainText('Reconstructed mapping, firm');
  await expect(app.citation(6).getByRole('link', { name: 'Cite or export' })).toHaveAttribute('href', 'sources/korea-1945-1950.html#entry-b3');
  await expect(page).toHaveURL(/\/timeline\/\?event=assistance-message$/);
  // The whole paragraph is shown, not just the quote.
  await expect(app.panel().locator('blockquote')).toContainText('Whether he wanted Kim Il-Sung to begin a war or not');
});

test('a date the essay only implies says so and shows the words it rests on', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=stalin-approves');
  await expect(app.panel().locator('.basis')).toContainText('Date inferred from the essay');
  await expect(app.panel().locator('.basis')).not.toContainText('Date stated in the essay');
  await expect(app.panel().locator('.basis-words')).toContainText('“before he finally approved it”');
  await expect(app.marks().filter({ hasText: 'before he finally approved it' })).toHaveCount(1);
  await expect(app.citation(4)).toHaveCount(0);
  await app.gotoAndWait('?event=stalin-says-no');
  await expect(app.citation(4)).toContainText('Reconstructed mapping, most likely');
  await expect(app.citation(4)).toContainText('Another reading');
});

test('a missing bibliography entry is shown as missing, never invented', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=stalin-says-no');
  await expect(app.citation(2)).toContainText('Entry missing from the original page');
  await expect(app.citation(4)).toContainText('Paul Lashmar, New Statesman & Society');
  await expect(app.panel()).toContainText('March 1949 – January 1950');
  await expect(app.panel()).toContainText('Kim II Sung');
  await expect(app.panel().locator('.editorial')).toContainText('not the essay’s words');
});

test('every highlighted quote is the essay’s words, verbatim', async ({ page }) => {
  const app = new TimelinePage(page);
  for (const event of content.events) {
    await app.gotoAndWait(`?event=${event.id}`);
    await expect(app.panelFor(event.id)).toBeVisible();
    const marks = await app.marks().allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    const paragraphs = event.passages.map((p: { paragraph: string }) => paragraphText.get(p.paragraph)).join('\n');
    for (const mark of marks) {
      expect(paragraphs, `${event.id}: “${mark}”`).toContain(mark);
    }
  }
});

test('zoomed in between events, the strip names the nearest on each side and goes there', async ({ page }) => {
  // Instant scrolling, so positions can be checked without waiting for an animation.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await expect(app.emptyView()).toHaveCount(0);
  // At 8× the middle of the axis is autumn 1947 to spring 1948, when nothing is dated.
  await app.zoomIn(3);
  await expect(app.emptyView()).toContainText('No events in this stretch.');
  expect(await app.inStripView(app.event('not-advisable'))).toBe(false);
  await app.emptyView().getByRole('button', { name: 'Later: 1949 — Stalin judges an attack on the South not “advisable”' }).click();
  await expect(app.emptyView()).toHaveCount(0);
  // The event is in view, and keyboard focus is on it, to carry on with the arrow keys.
  await expect(app.event('not-advisable')).toBeFocused();
  expect(await app.inStripView(app.event('not-advisable'))).toBe(true);
  // And back the other way.
  await page.getByRole('button', { name: '◀ Earlier' }).click();
  await expect(app.emptyView()).toBeVisible();
  await app.emptyView().getByRole('button', { name: /^Earlier: autumn 1945 — The USSR backs Kim Il-sung/ }).click();
  await expect(app.event('soviets-back-kim')).toBeFocused();
  expect(await app.inStripView(app.event('soviets-back-kim'))).toBe(true);
});

test('?event= deep link opens that event on load', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=acheson-speech');
  await expect(app.panelFor('acheson-speech')).toBeVisible();
  await expect(app.marks().filter({ hasText: 'January 12th, 1950' })).toHaveCount(1);
  await expect(app.event('acheson-speech')).toHaveAttribute('aria-selected', 'true');
  await expect(app.citation(7)).toBeVisible();
  await expect(app.citation(8)).toContainText('Acheson speech');
});

test('back and forward step through what was opened', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await app.open('korea-liberated');
  await app.open('invasion');
  await page.goBack();
  await expect(app.panelFor('korea-liberated')).toBeVisible();
  await page.goBack();
  await expect(app.panel()).toHaveCount(0);
  await page.goForward();
  await expect(app.panelFor('korea-liberated')).toBeVisible();
});

test('previous and next walk the events in date order', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=strike-them');
  await page.getByRole('button', { name: /Next event/ }).click();
  await expect(app.panelFor('soviet-atomic-bomb')).toBeVisible();
  await expect(page.getByRole('button', { name: /Next event/ })).toBeFocused();
  await page.getByRole('button', { name: /Previous event/ }).click();
  await expect(app.panelFor('strike-them')).toBeVisible();
});

test('opening an event brings its panel into view, and the panel leads back to the strip', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  // At 1280×900 the default strip fills the window: the panel starts below it.
  await app.open('stalin-says-no');
  await expect(app.panelHeadline('stalin-says-no')).toBeInViewport();
  await expect(app.event('stalin-says-no')).toBeFocused();
  // "Next event" at the panel's foot: the new panel is shown from its start, and focus stays
  // on the button so it can be pressed again.
  await page.getByRole('button', { name: /Next event/ }).click();
  await expect(app.panelHeadline('strike-them')).toBeInViewport();
  await expect(page.getByRole('button', { name: /Next event/ })).toBeFocused();
  await app.backToTimeline().click();
  await expect(app.event('strike-them')).toBeFocused();
  await expect(app.event('strike-them')).toBeInViewport();
});

test('on a phone, opening an event from the list shows its panel, and the panel leads back', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await app.open('acheson-speech');
  await expect(app.panelHeadline('acheson-speech')).toBeInViewport();
  await app.backToTimeline().click();
  await expect(app.event('acheson-speech')).toBeFocused();
  await expect(app.event('acheson-speech')).toBeInViewport();
});

test('a link to one event opens with its highlighted passage in view', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=invasion');
  await expect(app.marks().first()).toBeInViewport();
});

test('the essay view shows the essay, and its quotes link back to their events', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await app.essayLink().click();
  await expect(page).toHaveURL(/\?view=essay$/);
  const essay = page.locator('article.essay');
  await expect(essay.locator('.essay-paragraph')).toHaveCount(3);
  await expect(essay).toContainText('The Foreign Interventions_Stalin and USSR');
  await expect(essay).not.toContainText('koreaBack to Main');
  await expect(essay).not.toContainText('Back to Top');
  await expect(essay.locator('[data-citation]')).toHaveCount(10);
  await expect(essay.locator('.bibliography li')).toHaveCount(7);
  for (const id of IN_DATE_ORDER) {
    await expect(essay.locator(`[data-quote-for="${id}"]`).first()).toBeVisible();
  }
  await essay.locator('[data-quote-for="strike-them"]').first().click();
  await expect(app.panelFor('strike-them')).toBeVisible();
  await page.goBack();
  await expect(page.locator('article.essay')).toBeVisible();
});

test('"Read in the essay" opens the essay at that paragraph', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=invasion');
  await app.panel().getByRole('link', { name: 'Read in the essay' }).last().click();
  await expect(page).toHaveURL(/\?view=essay#essay-p3$/);
  await expect(page.locator('#essay-p3')).toBeInViewport();
});

test('an unknown event id says so and still shows the timeline', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=no-such-event');
  await expect(page.getByRole('alert')).toContainText('There is no event “no-such-event” in this timeline');
  await expect(app.events()).toHaveCount(11);
  await expect(app.panel()).toHaveCount(0);
});

// The default timeline is written into the page, so these serve a broken copy as ?src=.
const KOREA_FILE = '?src=timelines/korea-1945-1950.json';

test('a broken content file shows what is wrong instead of a blank page', async ({ page }) => {
  await page.route('**/timelines/korea-1945-1950.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"format": "essay-timeline/1", "title": ' }),
  );
  const app = new TimelinePage(page);
  await app.goto(KOREA_FILE);
  await expect(app.errorAlert()).toContainText('The timeline could not be shown');
  await expect(app.errorAlert()).toContainText('timelines/korea-1945-1950.json');
  await expect(app.errorAlert()).toContainText('ends too early');
  await expect(app.errorAlert()).toContainText('line 1, column');
});

test('content that fails validation lists the problem and its place', async ({ page }) => {
  const broken = structuredClone(content);
  broken.events[0].passages[0].quote = 'After Korea was freed';
  await page.route('**/timelines/korea-1945-1950.json', (route) => route.fulfill({ json: broken }));
  const app = new TimelinePage(page);
  await app.goto(KOREA_FILE);
  await expect(app.errorAlert()).toContainText('events[0].passages[0].quote');
  await expect(app.errorAlert()).toContainText('not found verbatim');
});

test('a missing content file reports the HTTP status', async ({ page }) => {
  await page.route('**/timelines/korea-1945-1950.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const app = new TimelinePage(page);
  await app.goto(KOREA_FILE);
  await expect(app.errorAlert()).toContainText('HTTP 404');
});

test('the app makes no third-party requests and logs no errors', async ({ page }) => {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=invasion');
  await app.essayLink().click();
  await expect(page.locator('article.essay')).toBeVisible();
  expect(requests.filter((u) => !u.startsWith(APP_ORIGIN))).toEqual([]);
  expect(errors).toEqual([]);
});
