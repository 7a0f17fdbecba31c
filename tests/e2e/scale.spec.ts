import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { TimelinePage } from './timeline-page';

/** A valid essay-timeline file of `n` events, one a week from 1900 on. */
function bigTimeline(n: number) {
  const events = [];
  const start = Date.UTC(1900, 0, 1);
  for (let i = 0; i < n; i++) {
    const d = new Date(start + i * 7 * 86_400_000);
    const iso = d.toISOString().slice(0, 10);
    events.push({
      id: `e${i}`,
      headline: `Event ${i}`,
      date: iso,
      basis: { kind: 'essay', reason: 'Generated for the scale test.' },
      passages: [{ paragraph: 'p1', quote: 'Things happened.' }],
      footnotes: [1],
    });
  }
  return {
    format: 'essay-timeline/1',
    title: 'Ten thousand events',
    source: { description: 'Generated for the scale test.' },
    essay: { title: 'Generated', paragraphs: [{ id: 'p1', text: 'Things happened.[1]' }] },
    bibliography: [{ id: 'b1', text: 'Generated.' }],
    footnotes: [{ marker: 1, entry: 'b1', mapping: 'original' }],
    events,
  };
}

async function openBig(page: Page, query = '') {
  const body = JSON.stringify(bigTimeline(10_000));
  await page.route('**/timeline/scale/big.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto(`./?src=scale/big.json${query}`);
}

test('10,000 events: the page holds few nodes and every event is reachable', async ({ page }) => {
  await openBig(page);
  const app = new TimelinePage(page);
  await expect(app.events().first()).toBeVisible({ timeout: 20_000 });
  expect(await app.events().count()).toBeLessThan(500);

  // Keyboard: Home, End and arrows walk the events in date order.
  await app.events().first().focus();
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'e0');
  for (let i = 1; i <= 5; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAttribute('data-event-id', `e${i}`);
  }
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'e9999');
  await expect(page.locator(':focus')).toHaveAttribute('aria-posinset', '10000');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator(':focus')).toHaveAttribute('data-event-id', 'e9998');
  await page.keyboard.press('Enter');
  await expect(app.panelFor('e9998')).toBeVisible();
  expect(await app.events().count()).toBeLessThan(500);

  // Zooming in keeps the page small too.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await expect(app.events().first()).toBeVisible();
  expect(await app.events().count()).toBeLessThan(500);
});

test('10,000 events: zoomed out, dense stretches are clusters that open by zooming in', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openBig(page);
  const app = new TimelinePage(page);
  const clusters = app.clusters();
  await expect(clusters.first()).toBeVisible({ timeout: 20_000 });
  // The whole 192 years fits the view as a few dozen markers, each with its count.
  const counts = await app.clusterCounts();
  expect(counts.length).toBeGreaterThan(5);
  expect(counts.length).toBeLessThan(120);
  expect(counts.every((n) => n > 1)).toBe(true);
  expect(await app.tickLabels()).toContain('1950');
  await expectNoAxeViolations(page);

  // Activating one zooms in until it comes apart.
  const before = await app.zoomFactor();
  const label = (await clusters.nth(2).textContent()) ?? '';
  expect(label).toMatch(/^Zoom in on \d+ events, /);
  await clusters.nth(2).click();
  await expect.poll(() => app.zoomFactor()).toBeGreaterThan(before);
  await expect(page.getByRole('button', { name: label, exact: true })).toHaveCount(0);

  // At the deepest zoom nothing is clustered, the axis counts days, and the page stays small.
  for (let i = 0; i < 16 && (await page.getByRole('button', { name: 'Zoom in', exact: true }).isEnabled()); i++) {
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  }
  await expect(clusters).toHaveCount(0);
  await expect(app.events().first()).toBeVisible();
  expect(await app.events().count()).toBeLessThan(200);
  const labels = await app.tickLabels();
  expect(labels.some((l) => /^\d{1,2}$/.test(l)), labels.join(' ')).toBe(true);
});

test('10,000 events: Ctrl+wheel zooms about the pointer and dragging pans without opening', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openBig(page);
  const app = new TimelinePage(page);
  await expect(app.clusters().first()).toBeVisible({ timeout: 20_000 });
  const scroller = page.locator('.strip-scroller');
  const box = (await scroller.boundingBox())!;
  const x = box.x + box.width * 0.7;
  // The moment under the pointer, as a fraction of the track.
  const under = () =>
    scroller.evaluate((el, x) => (el.scrollLeft + x - el.getBoundingClientRect().left) / el.scrollWidth, x);
  const fraction = await under();
  await page.mouse.move(x, box.y + 20);
  await page.keyboard.down('Control');
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  // Each wheel event has been handled when its `mouse.wheel` returns; the zoom sets the scroll
  // that keeps the moment still in the frame after the track takes its new width.
  await expect.poll(() => app.zoomFactor()).toBeGreaterThan(3);
  await expect.poll(async () => Math.abs((await under()) - fraction)).toBeLessThan(0.005);

  // A drag that starts on an event or a cluster scrolls the strip and opens neither.
  const zoomed = await app.zoomFactor();
  const left = await scroller.evaluate((el) => el.scrollLeft);
  const card = (await app.visibleCardBoxes())[0];
  await page.mouse.move(card.x + 20, card.y + 20);
  await page.mouse.down();
  await page.mouse.move(card.x - 280, card.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(left + 250);
  await expect(app.panel()).toHaveCount(0);
  expect(await app.zoomFactor()).toBe(zoomed);
});

test('10,000 events on a phone: the list renders the rows in view as the page scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await openBig(page);
  const app = new TimelinePage(page);
  await expect(app.event('e0')).toBeVisible({ timeout: 20_000 });
  expect(await app.events().count()).toBeLessThan(100);
  // Halfway down the list are the events from halfway through the timeline.
  await page.locator('.event-list').evaluate((list) => {
    window.scrollTo(0, list.getBoundingClientRect().top + window.scrollY + list.scrollHeight / 2);
  });
  await expect(app.event('e5000')).toBeInViewport();
  expect(await app.events().count()).toBeLessThan(100);
  await app.event('e5000').click();
  await expect(app.panelFor('e5000')).toBeVisible();
});

type Timers = { __pendingTimers: number };

test('10,000 events: leaving the timeline while it still prepares zoom levels logs no error', async ({ page }) => {
  // Counts the page's timers that have not yet run or been cleared.
  await page.addInitScript(() => {
    const w = window as unknown as Timers;
    const pending = new Set<number>();
    w.__pendingTimers = 0;
    const { setTimeout: set, clearTimeout: clear } = window;
    const settle = (id: number) => {
      pending.delete(id);
      w.__pendingTimers = pending.size;
    };
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
      if (typeof handler !== 'function') return set(handler, ms, ...args);
      const id: number = set(
        (...a: unknown[]) => {
          settle(id);
          handler(...a);
        },
        ms,
        ...args,
      );
      pending.add(id);
      w.__pendingTimers = pending.size;
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) settle(id);
      clear(id);
    }) as typeof window.clearTimeout;
  });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await openBig(page);
  const app = new TimelinePage(page);
  await expect(app.clusters().first()).toBeVisible({ timeout: 20_000 });
  // Zoom and leave in the same moment: the zoom's scroll and the levels still being laid out
  // arrive after the strip has gone.
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  await app.essayLink().click();
  await expect(page.locator('article.essay')).toBeVisible();
  // The app prepares the levels in timers; once none is left to run, and a frame has drawn
  // (the zoom's scroll is set in one), everything that outlived the strip has run.
  await expect.poll(() => page.evaluate(() => (window as unknown as Timers).__pendingTimers)).toBe(0);
  await app.frames();
  await page.goBack();
  await expect(app.clusters().first()).toBeVisible();
  expect(errors).toEqual([]);
});
