import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TimelinePage } from './timeline-page';

// A TimelineJS share link or embed carries over by swapping the host for this app's.

const corpus = (name: string) =>
  readFileSync(path.resolve(__dirname, `../fixtures/timelinejs/${name}`), 'utf8');

test('start_at_slide opens that slide\'s event, counting the title as slide 0', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?start_at_slide=2');
  const ids = await app.eventIds();
  await expect(app.panel()).toHaveAttribute('data-detail-for', ids[1]);
  // Opening another event leaves TimelineJS's start behind.
  await page.locator(`[data-event-id="${ids[3]}"]`).click();
  await expect(page).toHaveURL(new RegExp(`\\?event=${ids[3]}$`));
});

test('start_at_end opens the last event, and a #event- bookmark opens its event', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?start_at_end=true');
  const ids = await app.eventIds();
  await expect(app.panel()).toHaveAttribute('data-detail-for', ids[ids.length - 1]);
  await app.gotoAndWait('#event-acheson-speech');
  await expect(app.panel()).toHaveAttribute('data-detail-for', 'acheson-speech');
});

test('source= loads a TimelineJS file, its media-only slides named, unknown options ignored', async ({ page }) => {
  await page.route('**/timeline/fixtures/media-only.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: corpus('media-only.json') }),
  );
  const app = new TimelinePage(page);
  await app.gotoAndWait('?source=fixtures/media-only.json&initial_zoom=3&timenav_position=top&font=default');
  const slides = JSON.parse(corpus('media-only.json')).events.length;
  await expect(app.events()).toHaveCount(slides);
  for (const name of await app.events().locator('.card-headline').allTextContents()) {
    expect(name.trim()).not.toBe('');
  }
});
