import { expect, test } from '@playwright/test';
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

test('10,000 events: the page holds few nodes and every event is reachable', async ({ page }) => {
  const body = JSON.stringify(bigTimeline(10_000));
  await page.route('**/timeline/scale/big.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto('./?src=scale/big.json');
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
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(app.events().first()).toBeVisible();
  expect(await app.events().count()).toBeLessThan(500);
});
