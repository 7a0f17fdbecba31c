import { expect, test, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TimelinePage } from './timeline-page';

// The default page is drawn at build time into index.html, so its events show before the Wasm
// arrives, and read without it.

const korea = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../public/timelines/korea-1945-1950.json'), 'utf8'),
);

/** The events in the order the running app shows them. */
async function appOrder(page: Page): Promise<string[]> {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  return app.eventIds();
}

/** Holds the app's Wasm back until the returned function is called. */
async function holdTheWasm(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Where each event's card is, by id, rounded to the pixel. */
async function cardBoxes(page: Page, scope: string): Promise<Record<string, number[]>> {
  return page.locator(scope).evaluate((root) =>
    Object.fromEntries(
      [...root.querySelectorAll<HTMLElement>('.event-card[data-event-id]')].map((card) => {
        const r = card.getBoundingClientRect();
        return [card.dataset.eventId, [r.x, r.y, r.width, r.height].map(Math.round)];
      }),
    ),
  );
}

test('without JavaScript the page shows every event in order, with its quotes and sources', async ({ browser, page: withScript }) => {
  const inDateOrder = await appOrder(withScript);
  expect(inDateOrder).toHaveLength(korea.events.length);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.getByText('The interactive timeline needs JavaScript and WebAssembly').first()).toBeVisible();
  const cards = page.locator('#prerender .event-card');
  await expect(cards).toHaveCount(inDateOrder.length);
  expect(await cards.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.eventId))).toEqual(inDateOrder);
  // Controls that need the app are not offered.
  await expect(page.getByRole('searchbox')).toBeHidden();
  const reading = page.locator('#static-reading');
  await expect(reading).toBeVisible();
  expect(await reading.locator('section.event').evaluateAll((els) => els.map((el) => el.id))).toEqual(inDateOrder);
  for (const event of korea.events) {
    for (const passage of event.passages ?? []) {
      await expect(reading.locator(`[id="${event.id}"] blockquote`).filter({ hasText: passage.quote }).first()).toBeVisible();
    }
  }
  await expect(reading.locator('.footnote-list li')).toHaveCount(10);
  await expect(reading).toContainText('AVP RF, Fond 059a');
  await context.close();
});

for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  test(`the drawn page and the app's first page put every card in the same place (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const release = await holdTheWasm(page);
    const app = new TimelinePage(page);
    await app.goto();
    await expect(app.drawnPage().locator('.event-card')).toHaveCount(korea.events.length);
    const drawn = await cardBoxes(page, '#prerender');
    release();
    await app.appStarted();
    expect(await cardBoxes(page, 'body > .app')).toEqual(drawn);
    // The app's ids are now the only ones.
    await expect(page.locator(`[id="tab-${korea.events[0].id}"]`)).toHaveCount(1);
  });
}

test('an event clicked before the app has started opens once it has', async ({ page }) => {
  const release = await holdTheWasm(page);
  const app = new TimelinePage(page);
  await app.goto();
  await app.drawnPage().locator('[data-event-id="acheson-speech"]').click();
  release();
  await app.appStarted();
  await expect(page).toHaveURL(/[?&]event=acheson-speech/);
  await expect(app.panel()).toContainText('Acheson');
});

test('search typed before the app has started is kept and searched', async ({ page }) => {
  const release = await holdTheWasm(page);
  const app = new TimelinePage(page);
  await app.goto();
  await app.drawnPage().getByRole('combobox').fill('acheson');
  release();
  await app.appStarted();
  await expect(app.searchBox()).toHaveValue('acheson');
  await expect(app.searchCount()).toHaveText('1 event matches.');
});

test('another view is not stood in for by the drawn timeline', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.goto('?view=essay');
  await expect(app.drawnPage()).toBeHidden();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
  await expect(app.drawnPage()).toHaveCount(0);
});

test('the default timeline comes inside the page: the app shows it without fetching the file', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/timelines/')) fetched.push(request.url());
  });
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  const shown = await app.eventIds();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.filter((id) => !korea.events.some((e: { id: string }) => e.id === id))).toEqual([]);
  expect(fetched).toEqual([]);
});
