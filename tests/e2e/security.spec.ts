import { expect, test } from '@playwright/test';
import { TimelinePage } from './timeline-page';

test('the page runs under a strict Content-Security-Policy with no violations', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=acheson-speech');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSrc = policy!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(policy).toContain("default-src 'none'");
  await app.essayLink().click();
  await expect(page.locator('article.essay')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
