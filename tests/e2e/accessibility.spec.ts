import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { TimelinePage } from './timeline-page';

test.describe('axe-core finds no WCAG 2.2 A/AA violations', () => {
  test('timeline', async ({ page }) => {
    await new TimelinePage(page).gotoAndWait();
    await expectNoAxeViolations(page);
  });

  test('open event panel', async ({ page }) => {
    const app = new TimelinePage(page);
    await app.gotoAndWait('?event=acheson-speech');
    await expect(app.panel()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('zoomed in between events', async ({ page }) => {
    const app = new TimelinePage(page);
    await app.gotoAndWait();
    await app.zoomIn(3);
    await expect(app.emptyView()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('essay view', async ({ page }) => {
    await page.goto('./?view=essay');
    await expect(page.locator('article.essay')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('phone layout', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const app = new TimelinePage(page);
    await app.gotoAndWait('?event=stalin-says-no');
    await expectNoAxeViolations(page);
  });

  test('dark mode, timeline and panel', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const app = new TimelinePage(page);
    await app.gotoAndWait('?event=assistance-message');
    await expectNoAxeViolations(page);
    await page.goto('./?view=essay');
    await expect(page.locator('article.essay')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('error page', async ({ page }) => {
    await page.route('**/timelines/korea-1945-1950.json', (route) => route.fulfill({ status: 500, body: '' }));
    await new TimelinePage(page).goto('?src=timelines/korea-1945-1950.json');
    await expect(page.locator('.load-error')).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

/** Presses Tab until an event tab has focus; returns how many presses it took. */
async function tabIntoStrip(page: Page): Promise<number> {
  for (let presses = 1; presses <= 20; presses++) {
    await page.keyboard.press('Tab');
    const role = await page.evaluate(() => document.activeElement?.getAttribute('role'));
    if (role === 'tab') return presses;
  }
  throw new Error('Tab never reached the event strip');
}

async function focusedEventId(page: Page) {
  return page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
}

for (const layout of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`keyboard only (${layout.name}): reach every event, open one, read it, return`, async ({ page }) => {
    await page.setViewportSize({ width: layout.width, height: layout.height });
    const app = new TimelinePage(page);
    await app.gotoAndWait();
    const ids = await app.eventIds();

    await tabIntoStrip(page);
    expect(await focusedEventId(page)).toBe(ids[0]);
    // The strip is one tab stop: every other event is out of the tab order.
    await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);

    const visited = [await focusedEventId(page)];
    for (let i = 1; i < ids.length; i++) {
      await page.keyboard.press('ArrowRight');
      visited.push(await focusedEventId(page));
    }
    expect(visited).toEqual(ids);
    await page.keyboard.press('ArrowRight');
    expect(await focusedEventId(page)).toBe(ids[0]);
    await page.keyboard.press('End');
    expect(await focusedEventId(page)).toBe(ids[ids.length - 1]);
    await page.keyboard.press('Home');
    expect(await focusedEventId(page)).toBe(ids[0]);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const opened = ids[2];
    await expect(app.panelFor(opened)).toBeVisible();
    await expect(app.event(opened)).toBeFocused();

    // Tab leaves the strip for the panel, where the quote is.
    await page.keyboard.press('Tab');
    await expect(app.panelFor(opened)).toBeFocused();
    await expect(app.marks().first()).toBeVisible();

    // Escape returns to the event that opened the panel.
    await page.keyboard.press('Escape');
    await expect(app.event(opened)).toBeFocused();

    // Space opens too.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press(' ');
    await expect(app.panelFor(ids[1])).toBeVisible();

    // Shift+Tab from the panel comes back to the selected event, not the first one.
    await page.keyboard.press('Tab');
    await expect(app.panelFor(ids[1])).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(app.event(ids[1])).toBeFocused();
  });
}

test('each event is named "headline, date" and opening one announces only that', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await expect(app.event('acheson-speech')).toHaveAccessibleName(
    'Acheson’s Press Club speech leaves Korea outside the US defence line, 12 January 1950',
  );
  await expect(app.event('stalin-says-no')).toHaveAccessibleName(
    'Kim presses for war; Stalin says “no” again and again, March 1949 – January 1950',
  );
  await expect(app.event('strike-them')).toHaveAccessibleName('Stalin is reported to tell Kim: “Strike them, strike them”, spring 1949');
  await app.open('strike-them');
  await expect(app.status()).toHaveText('Stalin is reported to tell Kim: “Strike them, strike them”, spring 1949');
  await app.open('invasion');
  await expect(app.status()).toHaveText('North Korea invades the South across the 38th parallel, 25 June 1950');
});

test('landmarks and a labelled strip region exist', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toBeVisible();
  await expect(page.getByRole('tablist', { name: 'Events in date order' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('zoom and pan work from visible buttons and keys', async ({ page }) => {
  // Instant scrolling, so positions can be compared without waiting for an animation.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  const width = () => page.locator('.strip-track').evaluate((el) => el.getBoundingClientRect().width);
  const fit = await width();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect.poll(width).toBeGreaterThan(fit * 1.4);
  const scroller = page.locator('.strip-scroller');
  const before = await scroller.evaluate((el) => el.scrollLeft);
  await page.getByRole('button', { name: 'Later ▶' }).click();
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
  // Opening an event keeps the zoom and the scroll position.
  const zoomed = await width();
  const scrolled = await scroller.evaluate((el) => el.scrollLeft);
  await app.event('invasion').dispatchEvent('click');
  await expect(app.panelFor('invasion')).toBeVisible();
  expect(await width()).toBe(zoomed);
  expect(await scroller.evaluate((el) => el.scrollLeft)).toBe(scrolled);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(width).toBeLessThan(fit + 2);
  await tabIntoStrip(page);
  await page.keyboard.press('+');
  await expect.poll(width).toBeGreaterThan(fit * 1.4);
  await page.keyboard.press('-');
  await expect.poll(width).toBeLessThan(fit + 2);
});

test('at 320 px nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const app = new TimelinePage(page);
  // Each view, once what it shows is in the page and laid out (the list measures itself in
  // its first frame and settles in the next).
  const shown: [string, Locator][] = [
    ['', app.events().first()],
    ['?event=acheson-speech', app.panelFor('acheson-speech')],
    ['?view=essay', page.locator('article.essay')],
  ];
  for (const [query, content] of shown) {
    await app.goto(query);
    await expect(content).toBeVisible();
    await app.frames();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on "${query}"`).toBeLessThanOrEqual(0);
  }
});

test('reduced motion turns smooth scrolling off', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await expect(page.locator('.strip-scroller')).toHaveCSS('scroll-behavior', 'auto');
});
