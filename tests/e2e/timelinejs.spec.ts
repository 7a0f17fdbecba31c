import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TimelinePage } from './timeline-page';
import { APP_ORIGIN } from './playwright.config';

const hostile = readFileSync(path.resolve(__dirname, 'fixtures/hostile-timelinejs.json'), 'utf8');

/** Serves `body` at timeline/fixtures/NAME and opens the app on it with ?src=. */
async function openWith(page: Page, name: string, body: string, query = '') {
  await page.route(`**/timeline/fixtures/${name}`, (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  await page.goto(`./?src=fixtures/${name}${query}`);
}

type Watched = { cspViolations: string[]; sentinelReported?: boolean; __pwned?: string };

async function watchForAttacks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Watched;
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      if ((e.target as Element | null)?.id === 'csp-sentinel') w.sentinelReported = true;
      else w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

/** Breaks the policy once on purpose (an inline script) and waits for that report: reports
 * arrive in order, so any the page caused before it have arrived too. */
async function cspReportsDelivered(page: Page) {
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.id = 'csp-sentinel';
    script.textContent = 'void 0';
    document.head.append(script);
  });
  await expect.poll(() => page.evaluate(() => (window as unknown as Watched).sentinelReported)).toBe(true);
}

test('a hostile TimelineJS file runs nothing, breaks no CSP rule, and keeps its safe text', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await watchForAttacks(page);
  await openWith(page, 'hostile.json', hostile, '&event=hostile-one');
  const app = new TimelinePage(page);
  const panel = app.panelFor('hostile-one');
  await expect(panel).toBeVisible();
  await expect(panel.locator('em')).toHaveText('emphasis');
  const link = panel.getByRole('link', { name: 'a source link' });
  await expect(link).toHaveAttribute('href', 'https://example.org/source');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).not.toHaveAttribute('onclick', /.*/);
  await expect(panel).toContainText('js link');
  await expect(panel.getByRole('link', { name: 'js link' })).toHaveCount(0);
  await expect(panel.getByRole('link', { name: 'data link' })).toHaveCount(0);
  await expect(panel).toContainText('styled text');
  await expect(panel.locator('[style]')).toHaveCount(0);
  await expect(panel.locator('script, style, iframe, object, svg, img')).toHaveCount(0);
  await expect(panel.locator('.description li')).toHaveCount(2);
  await expect(panel).toContainText('Credit line');
  await expect(panel).toContainText('Midsummer 1950');
  // Headlines and dates are text: the markup shows as characters, never as elements.
  await expect(app.event('hostile-one')).toContainText('Safe headline');
  // Handlers run while the pointer event is dispatched, which `hover` waits for.
  await link.hover();
  await expect.poll(() => link.evaluate((el) => el.matches(':hover'))).toBe(true);
  await cspReportsDelivered(page);
  expect(await page.evaluate(() => (window as unknown as Watched).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as Watched).cspViolations)).toEqual([]);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
  expect(requests.filter((u) => !u.startsWith(APP_ORIGIN))).toEqual([]);
});

/** A TimelineJS file shaped like real ones: a title slide, eras, groups, media credits, BCE dates. */
function realWorldTimeline(count: number) {
  const groups = ['Politics', 'War', 'Science', 'Culture'];
  const events = [];
  for (let i = 0; i < count; i++) {
    const year = -500 + i * 20;
    const slide: Record<string, unknown> = {
      unique_id: `slide-${i}`,
      start_date: i % 3 === 0 ? { year } : { year: String(year), month: String((i % 12) + 1), day: String((i % 27) + 1) },
      text: { headline: `Event ${i} in ${year < 0 ? `${-year} BCE` : year}`, text: `<p>Description of event <em>${i}</em>.</p>` },
      group: groups[i % groups.length],
    };
    if (i % 5 === 0) slide.end_date = { year: year + 10 };
    if (i % 4 === 0) slide.media = { url: `https://example.org/img/${i}.jpg`, caption: `Figure ${i}`, credit: `Archive ${i}` };
    if (i % 10 === 0) slide.display_date = `Around ${Math.abs(year)}${year < 0 ? ' BCE' : ''}`;
    events.push(slide);
  }
  return {
    title: { text: { headline: 'Twenty-five centuries', text: '<p>A long view.</p>' } },
    eras: [
      { start_date: { year: -500 }, end_date: { year: 0 }, text: { headline: 'Antiquity' } },
      { start_date: { year: 1 }, end_date: { year: 1000 }, text: { headline: 'First millennium' } },
    ],
    events,
  };
}

test('a real-world TimelineJS file renders with every event reachable', async ({ page }) => {
  const file = realWorldTimeline(120);
  await openWith(page, 'world.json', JSON.stringify(file));
  const app = new TimelinePage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twenty-five centuries');
  // Each event is drawn once: on its own, or counted in a cluster marker.
  await expect.poll(() => app.eventsDrawn()).toBe(120);
  await expect(page.locator('.era')).toHaveCount(2);
  await expect(page.locator('.era').first()).toContainText('Antiquity');
  // There is no essay, and no event says where its date comes from: the page claims neither.
  await expect(app.legend()).toContainText('Faded ends');
  await expect(app.legend()).not.toContainText(/essay|cited document|editorial/i);
  await expect(app.emptyPanel()).toContainText('description and sources');
  await expect(app.emptyPanel()).not.toContainText('essay');
  const ids = Array.from({ length: 120 }, (_, i) => `slide-${i}`);
  // BCE dates are placed before CE ones and written as BCE.
  expect((await app.eventIds())[0]).toBe('slide-0');
  await expect(app.event('slide-0')).toContainText('Around 500 BCE');
  // Every event is reachable by keyboard, in date order.
  await app.event('slide-0').focus();
  for (let i = 1; i < 120; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAttribute('data-event-id', ids[i]);
  }
  await page.keyboard.press('Enter');
  await expect(app.panelFor(ids[119])).toBeVisible();
  // Groups become actors, media credits and captions appear as sources.
  await page.goto('./?src=fixtures/world.json&event=slide-4');
  await expect(app.panelFor('slide-4')).toBeVisible();
  await expect(app.panel()).toContainText('Politics');
  await expect(app.panel()).toContainText('Archive 4');
  await expect(app.panel()).toContainText('Figure 4');
});

test('a cosmological TimelineJS file is drawn in years ago, every event reachable', async ({ page }) => {
  const cosmos = readFileSync(path.resolve(__dirname, '../fixtures/timelinejs/cosmological.json'), 'utf8');
  await openWith(page, 'cosmos.json', cosmos);
  const app = new TimelinePage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The history of the universe');
  await expect.poll(() => app.eventsDrawn()).toBe(5);
  // The axis counts back from the present; the dates are the years the file gives.
  await expect.poll(() => app.tickLabels()).toContain('10 billion years ago');
  const ids = await app.eventIds();
  await app.event(ids[0]).focus();
  await expect(page.locator(':focus')).toHaveAccessibleName(/The Big Bang, 13,800,000,000 BCE/);
  for (const headline of ['The Earth forms', 'The dinosaurs die out', 'Homo sapiens', 'Now']) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator(':focus')).toHaveAccessibleName(new RegExp(headline));
  }
  await page.keyboard.press('Enter');
  await expect(app.panelFor(ids[4])).toBeVisible();
  // Zoomed in, the marks grow finer and still count back in years.
  const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true });
  for (let i = 0; i < 3; i++) await zoomIn.click();
  await expect.poll(async () => (await app.tickLabels()).some((l) => /\d\.\d+ billion years ago/.test(l))).toBe(true);
});

test('a picture beside the file shows; one on another site waits for the reader, who can take the choice back', async ({ page }) => {
  // A 1×1 PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  const elsewhere: string[] = [];
  await page.route('**/timeline/fixtures/pics/map.png', (route) => route.fulfill({ contentType: 'image/png', body: png }));
  await page.route('https://upload.wikimedia.org/**', (route) => {
    elsewhere.push(route.request().url());
    return route.fulfill({ contentType: 'image/png', body: png });
  });
  const file = {
    title: { text: { headline: 'Pictures' } },
    events: [
      { unique_id: 'map', start_date: { year: 1945 }, text: { headline: 'The map' },
        media: { url: 'pics/map.png', alt: 'A map of Korea in 1945' } },
      { unique_id: 'landing', start_date: { year: 1950 }, text: { headline: 'The landing' },
        media: { url: 'https://upload.wikimedia.org/x/landing.jpg', alt: 'Marines land at Incheon', credit: 'US Navy' } },
      { unique_id: 'film', start_date: { year: 1951 }, text: { headline: 'The film' },
        media: { url: 'https://www.youtube.com/watch?v=Q7wQSeJdXvk' } },
    ],
  };
  await openWith(page, 'pics.json', JSON.stringify(file), '&event=map');
  const app = new TimelinePage(page);
  const loaded = (name: string) =>
    page.getByRole('img', { name }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  // Beside the file: shown at once.
  await expect(app.panelFor('map').getByRole('img', { name: 'A map of Korea in 1945' })).toBeVisible();
  await expect.poll(() => loaded('A map of Korea in 1945')).toBe(true);
  // On another site: a labelled link and a choice, and nothing fetched from that site.
  await page.goto('./?src=fixtures/pics.json&event=landing');
  const panel = app.panelFor('landing');
  await expect(panel.getByRole('link', { name: 'Picture: Marines land at Incheon' })).toBeVisible();
  await expect(panel).toContainText('on another site, upload.wikimedia.org');
  await expect(panel.getByRole('img')).toHaveCount(0);
  expect(elsewhere).toEqual([]);
  await panel.getByRole('button', { name: 'Show images from other sites' }).click();
  const landing = panel.getByRole('img', { name: 'Marines land at Incheon' });
  await expect(landing).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect.poll(() => loaded('Marines land at Incheon')).toBe(true);
  expect(elsewhere).toEqual(['https://upload.wikimedia.org/x/landing.jpg']);
  // Remembered for this timeline, and revocable.
  await page.reload();
  await expect(app.panelFor('landing').getByRole('img', { name: 'Marines land at Incheon' })).toBeVisible();
  await app.panelFor('landing').getByRole('button', { name: 'Stop showing images from other sites' }).click();
  await expect(app.panelFor('landing').getByRole('img')).toHaveCount(0);
  await page.reload();
  await expect(app.panelFor('landing').getByRole('button', { name: 'Show images from other sites' })).toBeVisible();
  await expect(app.panelFor('landing').getByRole('img')).toHaveCount(0);
  // A video stays a link, never an embed.
  await page.goto('./?src=fixtures/pics.json&event=film');
  await expect(app.panelFor('film').getByRole('link', { name: /^Video: / })).toBeVisible();
  await expect(page.locator('iframe, video, img')).toHaveCount(0);
});

test.describe('?src= refuses what it cannot load, with a precise message', () => {
  for (const [src, words] of [
    ['javascript:alert(1)', '“javascript:” addresses cannot be loaded'],
    ['data:application/json,{}', '“data:” addresses cannot be loaded'],
    ['file:///etc/passwd', '“file:” addresses cannot be loaded'],
  ]) {
    test(src, async ({ page }) => {
      await page.goto(`./?src=${encodeURIComponent(src)}`);
      await expect(page.locator('.load-error')).toContainText(words);
    });
  }

  test('a cross-origin file without CORS', async ({ page }) => {
    await page.goto(`./?src=${encodeURIComponent('http://localhost:4174/timeline/timelines/korea-1945-1950.json')}`);
    await expect(page.locator('.load-error')).toContainText('Access-Control-Allow-Origin');
  });

  test('a server that does not answer', async ({ page }) => {
    await page.goto(`./?src=${encodeURIComponent('http://127.0.0.1:9/timeline.json')}`);
    await expect(page.locator('.load-error')).toContainText('the server did not answer');
  });

  test('a missing file', async ({ page }) => {
    await page.goto('./?src=timelines/none.json');
    await expect(page.locator('.load-error')).toContainText('HTTP 404');
  });

  for (const [name, body, words] of [
    ['not-json.json', '<!doctype html><p>Not found</p>', 'not valid JSON'],
    ['truncated.json', '{"events": [{"start_date": {"year": 1950', 'ends too early'],
    ['empty-events.json', '{"events": []}', 'no events'],
    ['deep.json', '['.repeat(200) + ']'.repeat(200), 'nested'],
  ]) {
    test(name, async ({ page }) => {
      await openWith(page, name, body);
      await expect(page.locator('.load-error')).toContainText(words);
    });
  }

  test('a file over the size limit is refused before it is read', async ({ page }) => {
    const big = '{"events": [' + ' '.repeat(6 * 1024 * 1024) + ']}';
    await openWith(page, 'big.json', big);
    await expect(page.locator('.load-error')).toContainText('5 MiB');
  });

  test('a slow file shows progress while it loads', async ({ page }) => {
    // The file is held back until the progress has been seen, however long that takes.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/timeline/fixtures/slow.json', async (route) => {
      await released;
      await route.fulfill({ contentType: 'application/json', body: hostile });
    });
    // Not waiting for the load event, which the held file's preload may delay.
    await page.goto('./?src=fixtures/slow.json', { waitUntil: 'commit' });
    await expect(page.getByRole('status').filter({ hasText: 'Loading the timeline from' })).toContainText('fixtures/slow.json');
    release();
    await expect(new TimelinePage(page).events()).toHaveCount(2);
  });
});

test.describe('the converter worker', () => {
  const converter = /timeline-convert/;

  test('the default page never fetches it; a TimelineJS file does', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (converter.test(request.url())) fetched.push(request.url());
    });
    const app = new TimelinePage(page);
    await app.gotoAndWait();
    await app.open((await app.eventIds())[0]);
    expect(fetched).toEqual([]);
    await openWith(page, 'world.json', JSON.stringify(realWorldTimeline(3)));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twenty-five centuries');
    expect(fetched.some((url) => url.endsWith('timeline-convert_bg.wasm'))).toBe(true);
  });

  test('a ?src= page starts it with the page, while the file is still arriving', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (converter.test(request.url())) fetched.push(request.url());
    });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/timeline/fixtures/held.json', async (route) => {
      await released;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(realWorldTimeline(3)) });
    });
    await page.goto('./?src=fixtures/held.json', { waitUntil: 'commit' });
    await expect.poll(() => fetched.some((url) => url.endsWith('timeline-convert_bg.wasm'))).toBe(true);
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Twenty-five centuries');
    // That worker reads this file only; the next one gets its own.
    await page.locator('.open-file input[type=file]').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(hostile),
    });
    await expect(new TimelinePage(page).events()).toHaveCount(2);
  });

  for (const [how, open] of [
    ['?src=', (page: Page) => openWith(page, 'world.json', JSON.stringify(realWorldTimeline(3)))],
    [
      'a file from the device',
      async (page: Page) => {
        await new TimelinePage(page).gotoAndWait();
        await page.locator('.open-file input[type=file]').setInputFiles({
          name: 'world.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(realWorldTimeline(3))),
        });
      },
    ],
  ] as const) {
    test(`when it cannot load (${how}), the page says what is missing instead of going blank`, async ({ page }) => {
      await page.route(converter, (route) => route.fulfill({ status: 404, body: 'gone' }));
      await open(page);
      await expect(page.getByRole('alert')).toContainText('the part of the app that reads and checks timeline files could not start');
      await expect(page.locator('.app-failure')).toHaveCount(0);
    });
  }
});
