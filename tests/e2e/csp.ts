import type { Page } from '@playwright/test';

// Content-Security-Policy violations a page reports, collected from before it loads.
type Watched = Window & { cspViolations: string[] };

/** Records every violation the page reports as "directive blocked-URI". */
export async function watchCspViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as Watched).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as Watched).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

/** The violations recorded so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as Watched).cspViolations);
}
