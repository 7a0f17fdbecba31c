import { expect, test } from '@playwright/test';
import { TimelinePage } from './timeline-page';

// When the app itself cannot run, the page still says what happened: never a blank page.

test('a browser without WebAssembly is told so', async ({ page }) => {
  // As in iOS Lockdown Mode, which switches WebAssembly off.
  await page.addInitScript(() => {
    delete (globalThis as { WebAssembly?: unknown }).WebAssembly;
  });
  const app = new TimelinePage(page);
  await app.goto();
  await expect(app.failureAlert()).toContainText('The timeline cannot run in this browser');
  await expect(app.failureAlert()).toContainText('It needs WebAssembly');
  // The essay is still within reach.
  await expect(app.failureAlert().getByRole('link', { name: 'the timeline file' })).toHaveAttribute(
    'href',
    'timelines/korea-1945-1950.json',
  );
});

test('app files that do not arrive are reported', async ({ page }) => {
  await page.route('**/*.wasm', (route) => route.abort('connectionreset'));
  const app = new TimelinePage(page);
  await app.goto();
  await expect(app.failureAlert()).toContainText('The timeline could not start');
  await expect(app.failureAlert()).toContainText('Reload the page to try again');
});

test('an internal error stops the app with a message, not a blank or frozen page', async ({ page }) => {
  // The router cannot do without history entries; a browser that refuses them (as some
  // sandboxed frames do) makes the app abort on the first click.
  await page.addInitScript(() => {
    history.pushState = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await expect(app.failureAlert()).toHaveCount(0);
  await app.event('korea-liberated').click();
  await expect(app.failureAlert()).toContainText('The timeline stopped');
  await expect(app.failureAlert()).toContainText('Reload the page to try again');
});

test('an error elsewhere on the page before the app starts does not hide the app', async ({ page }) => {
  // A script that is not the app's (an extension's, say) fails while the page loads.
  await page.route('**/timeline/', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</head>', '<script src="failing.js"></script></head>');
    await route.fulfill({ response, body: html });
  });
  await page.route('**/timeline/failing.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: "throw new Error('not the app');" }),
  );
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await expect(app.failureAlert()).toHaveCount(0);
});
