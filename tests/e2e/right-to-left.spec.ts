import { expect, test, type Page } from '@playwright/test';
import { TimelinePage } from './timeline-page';

// A right-to-left pseudo-locale: the reader with `dir="rtl"` on its root, as an Arabic or
// Hebrew locale would set it, and every word of the interface made 40% longer and accented,
// as translations into such languages run longer (no such locale ships yet; this checks the
// layout one would get). The stylesheet's logical properties mirror everything around the
// strip; the time axis itself runs left to right in every language.

/** Sets the page right to left and its interface's words into the pseudo-locale, as its
 * language would from the start; the stylesheet lays the page out again at once. The
 * timeline's own words (its title, headlines, quotes) are content and stay as written. */
async function asRightToLeft(page: Page) {
  await page.evaluate(() => {
    document.documentElement.dir = 'rtl';
    document.documentElement.lang = 'ar-XB';
    const accented: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', O: 'Ó' };
    const interfaceText = 'button, label, .view-switch, .embed-link, .language-switch, .legend, .section-meta, .panel-nav, h2:not(.panel-headline)';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const words: Text[] = [];
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (node.data.trim() && node.parentElement?.closest(interfaceText) && !node.parentElement.closest('.strip-scroller')) words.push(node);
    }
    for (const node of words) {
      const padding = '·'.repeat(Math.ceil(node.data.trim().length * 0.4));
      node.data = `${node.data.replace(/[aeiouAEO]/g, (c) => accented[c])}${padding}`;
    }
  });
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.view-switch')).toContainText('··');
}

/** Elements that run off the window's sides, and pairs of header items that overlap. */
async function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
    const outside = '.strip-scroller, .strip-scroller *, .visually-hidden, .skip-link';
    for (const el of document.querySelectorAll('header *, main *, footer *')) {
      if (el.matches(outside)) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < -1 || r.right > width + 1) problems.push(`${name(el)} runs off screen (${Math.round(r.left)}–${Math.round(r.right)})`);
    }
    const items = [...document.querySelectorAll('.site-header > *, .view-switch > *')].map((el) => [el, el.getBoundingClientRect()] as const);
    for (const [a, ra] of items) {
      for (const [b, rb] of items) {
        if (a === b || a.contains(b) || b.contains(a)) continue;
        const overlap = ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1;
        if (overlap) problems.push(`${name(a)} overlaps ${name(b)}`);
      }
    }
    return [...new Set(problems)];
  });
}

for (const layout of [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
]) {
  test(`right to left (${layout.name}): nothing overlaps or runs off screen, and the page mirrors`, async ({ page }) => {
    await page.setViewportSize({ width: layout.width, height: layout.height });
    const app = new TimelinePage(page);
    await app.gotoAndWait('?event=stalin-says-no');
    await asRightToLeft(page);
    expect(await layoutProblems(page)).toEqual([]);
    // Logical properties at work: the quote's rule and the card's basis stripe are on the right.
    const quote = page.locator('.passage blockquote').first();
    await expect(quote).toHaveCSS('border-right-width', '4px');
    await expect(quote).toHaveCSS('border-left-width', '0px');
    // The strip still runs from the earliest event on the left to the latest on the right
    // (on a phone, where it is a list, from the top down).
    const first = await app.event('korea-liberated').boundingBox();
    const last = await app.event('invasion').boundingBox();
    const along = layout.width > 600 ? 'x' : 'y';
    expect(first && last && first[along] < last[along]).toBe(true);
    await page.goto('./?view=essay');
    await expect(page.locator('article.essay')).toBeVisible();
    await asRightToLeft(page);
    expect(await layoutProblems(page)).toEqual([]);
  });
}
