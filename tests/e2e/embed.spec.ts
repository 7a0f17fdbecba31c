import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { TimelinePage } from './timeline-page';

// The host page is served from one origin and the app from another (see playwright.config.ts).
const HOST = 'http://127.0.0.1:4173/host/lesson.html';
const APP_ORIGIN = 'http://localhost:4174';

async function frameHeight(page: Page, index: number) {
  return page.locator('iframe[data-essay-timeline]').nth(index).evaluate((f) => f.getBoundingClientRect().height);
}

/** Waits until the host script has fitted frame `index` to its content: on its way there the
 * frame passes through the height of a half-built page, and a click aimed meanwhile can miss. */
async function waitForFittedFrame(page: Page, index: number) {
  const content = () => timelineFrame(page, index).locator('body').evaluate((b) => b.offsetHeight);
  await expect
    .poll(async () => Math.abs((await frameHeight(page, index)) - (await content())) <= 1 && (await frameHeight(page, index)) !== 760, { timeout: 5_000 })
    .toBe(true);
}

function timelineFrame(page: Page, index: number): FrameLocator {
  return page.frameLocator('iframe[data-essay-timeline]').nth(index);
}

test('embed mode has compact chrome whose title opens the full view in a new tab', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?embed=1&event=invasion');
  await expect(app.panelFor('invasion')).toBeVisible();
  const title = page.locator('.brand-title a');
  await expect(title).toHaveAttribute('target', '_blank');
  await expect(title).toHaveAttribute('href', /\/timeline\/\?event=invasion$/);
  await expect(page.getByRole('link', { name: 'Embed', exact: true })).toHaveCount(0);
  // Views and events keep the embed flag.
  await app.essayLink().click();
  await expect(page).toHaveURL(/\?embed=1&view=essay$/);
  await expectNoViolations(page);
});

test('an embed opened on an event leaves the scrolling of the page it sits in alone', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?embed=1&event=invasion');
  const panel = app.panelFor('invasion');
  await expect(panel).toBeVisible();
  // The panel is out of sight, where a full page would be scrolled to it.
  expect((await panel.boundingBox())!.y).toBeGreaterThan(600);
  // A full page opened on an event scrolls to its panel, at once, in the second frame after
  // the view is made: three frames on, an embed would have scrolled too.
  await app.frames(3);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
}

test('axe finds no violations in embed mode', async ({ page }) => {
  await new TimelinePage(page).gotoAndWait('?embed=1&event=acheson-speech');
  await expectNoViolations(page);
});

test('the embed page gives a valid iframe for the open event and copies it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=strike-them');
  await page.getByRole('link', { name: 'Embed', exact: true }).click();
  await expect(page).toHaveURL(/\/timeline\/author\.html\?embed=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embed on your page');
  const code = page.getByLabel(/Paste this into your course page/);
  const snippet = await code.inputValue();
  const parsed = await page.evaluate((html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const frames = doc.querySelectorAll('iframe');
    const f = frames[0];
    return {
      count: frames.length,
      title: f?.getAttribute('title'),
      src: f?.getAttribute('src'),
      loading: f?.getAttribute('loading'),
      width: f?.getAttribute('width'),
      height: f?.getAttribute('height'),
      extra: doc.body.children.length,
    };
  }, snippet);
  expect(parsed.count).toBe(1);
  expect(parsed.extra).toBe(1);
  expect(parsed.title).toBe('Interactive timeline: Korea 1945–1950');
  expect(parsed.loading).toBe('lazy');
  expect(parsed.width).toBe('100%');
  expect(Number(parsed.height)).toBeGreaterThan(400);
  const src = new URL(parsed.src!);
  expect(src.pathname).toBe('/timeline/');
  expect(src.searchParams.get('embed')).toBe('1');
  expect(src.searchParams.get('event')).toBe('strike-them');

  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(page.locator('.embed-outcome')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  await expectNoViolations(page);

  // Back on the timeline, another event gives its own code.
  await page.getByRole('link', { name: 'Back to the timeline' }).click();
  await expect(app.panelFor('strike-them')).toBeVisible();
  await app.open('invasion');
  await page.getByRole('link', { name: 'Embed', exact: true }).click();
  await expect(code).toHaveValue(/event=invasion/);
});

test.describe('cross-origin embedding on a teaching page', () => {
  test('loads, opens events by click and keyboard, and follows its content height', async ({ page }) => {
    await page.goto(HOST);
    const frame = timelineFrame(page, 0);
    await expect(frame.locator('[data-event-id]')).toHaveCount(11);
    expect(await page.locator('iframe[data-essay-timeline]').first().getAttribute('src')).toContain(APP_ORIGIN);

    // Auto-height: the host script sizes the frame to its content.
    await expect.poll(() => frameHeight(page, 0), { timeout: 5_000 }).not.toBe(760);
    const before = await frameHeight(page, 0);

    await frame.locator('[data-event-id="acheson-speech"]').click();
    await expect(frame.locator('[data-detail-for="acheson-speech"]')).toBeVisible();
    const contentHeight = () =>
      frame.locator('body').evaluate((b) => b.getBoundingClientRect().height);
    await expect.poll(() => frameHeight(page, 0), { timeout: 5_000 }).toBeGreaterThan(before + 200);
    expect(Math.abs((await frameHeight(page, 0)) - (await contentHeight()))).toBeLessThanOrEqual(2);

    // Keyboard inside the frame.
    await frame.locator('[data-event-id="acheson-speech"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const next = await frame.locator(':focus').getAttribute('data-event-id');
    await expect(frame.locator(`[data-detail-for="${next}"]`)).toBeVisible();
    // Navigation inside the frame never navigates the host page.
    expect(page.url()).toBe(HOST);
  });

  test('the second frame opens at its event', async ({ page }) => {
    await page.goto(HOST);
    await expect(timelineFrame(page, 1).locator('[data-detail-for="acheson-speech"]')).toBeVisible();
  });

  test('host-page arrow keys do nothing to the timeline while focus is outside it', async ({ page }) => {
    await page.goto(HOST);
    const frame = timelineFrame(page, 0);
    await expect(frame.locator('[data-event-id]')).toHaveCount(11);
    await page.locator('h1').click();
    const scrollBefore = await frame.locator('.strip-scroller').evaluate((el) => el.scrollLeft);
    for (const key of ['ArrowRight', 'ArrowLeft', 'End', 'Home', 'Enter', '+']) {
      await page.keyboard.press(key);
    }
    await expect(frame.locator('[data-detail-for]')).toHaveCount(0);
    await expect(frame.locator('[aria-selected="true"]')).toHaveCount(0);
    expect(await frame.locator('.strip-scroller').evaluate((el) => el.scrollLeft)).toBe(scrollBefore);
    expect(await frame.locator('.strip-track').evaluate((el) => el.getBoundingClientRect().width)).toBeLessThan(1300);
  });

  test('opening an event in a frame scrolls the host page to its panel, and back', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(HOST);
    const frame = timelineFrame(page, 0);
    await expect(frame.locator('[data-event-id]')).toHaveCount(11);
    await waitForFittedFrame(page, 0);
    // The frame is as tall as its content, so it cannot scroll: the host page must. Opened
    // from the keyboard: a click lands by position, which the frame's fitting to its content
    // can still move under a loaded machine (it missed so in CI twice).
    await frame.locator('[data-event-id="acheson-speech"]').press('Enter');
    const panel = frame.locator('[data-detail-for="acheson-speech"]');
    await expect(panel).toBeVisible();
    await expect.poll(async () => (await panel.boundingBox())!.y, { timeout: 5_000 }).toBeLessThan(900 * (2 / 3));
    expect((await panel.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    // "Back to the timeline" (pressed without the test's own scrolling) returns focus to the
    // event, and the host page to it: focusing alone never scrolls the page around a frame.
    await panel.getByRole('button', { name: 'Back to the timeline' }).evaluate((b: HTMLElement) => b.click());
    const tab = frame.locator('[data-event-id="acheson-speech"]');
    await expect(tab).toBeFocused();
    await expect.poll(async () => (await tab.boundingBox())!.y, { timeout: 5_000 }).toBeGreaterThanOrEqual(0);
    expect((await tab.boundingBox())!.y).toBeLessThan(900);
    expect(page.url()).toBe(HOST);
  });

  test('forged height and reveal messages from other windows are ignored', async ({ page }) => {
    // A reveal the host script obeyed would scroll at once, not smoothly over later frames.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(HOST);
    const frame = timelineFrame(page, 0);
    await expect(frame.locator('[data-event-id]')).toHaveCount(11);
    await expect.poll(() => frameHeight(page, 0), { timeout: 5_000 }).not.toBe(760);
    const settled = await frameHeight(page, 0);
    // Each sender ends with a message of its own, and messages from one window arrive in the
    // order sent, after embed.js's listener (added first) has handled the ones before.
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const waiting = new Set(['host-done', 'rogue-done']);
          addEventListener('message', (e) => {
            waiting.delete(e.data?.type);
            if (waiting.size === 0) done();
          });
          // From the host window itself…
          window.postMessage({ type: 'essay-timeline:height', height: 5000 }, '*');
          window.postMessage({ type: 'essay-timeline:reveal', top: 1500 }, '*');
          window.postMessage({ type: 'host-done' }, '*');
          // …and from an unrelated frame on the page.
          const rogue = document.createElement('iframe');
          rogue.srcdoc =
            `<script>parent.postMessage({type:'essay-timeline:height',height:4321},'*');` +
            `parent.postMessage({type:'essay-timeline:reveal',top:1500},'*');` +
            `parent.postMessage({type:'rogue-done'},'*')<\/script>`;
          document.body.appendChild(rogue);
        }),
    );
    expect(await frameHeight(page, 0)).toBe(settled);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});
