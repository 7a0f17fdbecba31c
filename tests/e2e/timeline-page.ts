import { expect, type Locator, type Page } from '@playwright/test';

/** The timeline app as a reader sees it; tests speak through this, not raw selectors. */
export class TimelinePage {
  constructor(readonly page: Page) {}

  /** Opens the app with an optional query such as `?event=invasion`. */
  async goto(query = '') {
    await this.page.goto(query ? `./${query}` : './');
  }

  async gotoAndWait(query = '') {
    await this.goto(query);
    await this.appStarted();
  }

  /** The app has replaced the page drawn at build time and shows its events. */
  async appStarted() {
    await expect(this.page.locator('#prerender')).toHaveCount(0);
    await expect(this.events().first()).toBeVisible();
  }

  /** The page drawn at build time, which stands in until the app has drawn its own. */
  drawnPage(): Locator {
    return this.page.locator('#prerender');
  }

  events(): Locator {
    return this.page.locator('[data-event-id]');
  }

  /** Cluster markers of the zoomed-out strip. */
  clusters(): Locator {
    return this.page.locator('.cluster');
  }

  /** How many events each visible cluster marker says it holds. */
  async clusterCounts(): Promise<number[]> {
    const texts = await this.page.locator('.cluster-count').allTextContents();
    return texts.map((t) => Number.parseInt(t.replace(/,/g, ''), 10));
  }

  /** Events the strip draws: those on their own plus those counted by cluster markers (an
   * event drawn on its cluster's marker is counted there). */
  async eventsDrawn(): Promise<number> {
    const alone = await this.page.locator('.event-slot:not(.in-cluster) [data-event-id]').count();
    const inClusters = (await this.clusterCounts()).reduce((a, b) => a + b, 0);
    return alone + inClusters;
  }

  /** Boxes of the event cards and cluster markers inside the strip's visible area, left to
   * right. */
  async visibleCardBoxes(): Promise<{ x: number; y: number; width: number; height: number }[]> {
    return this.page.locator('.strip-scroller').evaluate((scroller) => {
      const view = scroller.getBoundingClientRect();
      return [...scroller.querySelectorAll('[data-event-id], .cluster')]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.left >= view.left && r.right <= view.right && r.top >= view.top && r.bottom <= view.bottom)
        .sort((a, b) => a.left - b.left)
        .map((r) => ({ x: r.x, y: r.y, width: r.width, height: r.height }));
    });
  }

  /** The zoom the strip shows, as a number ("12×" → 12). */
  async zoomFactor(): Promise<number> {
    const text = (await this.page.locator('.zoom-level').textContent()) ?? '';
    return Number.parseFloat(text);
  }

  async tickLabels(): Promise<string[]> {
    return this.page.locator('.tick-label').allTextContents();
  }

  event(id: string): Locator {
    return this.page.locator(`[data-event-id="${id}"]`);
  }

  /** The key under the strip: what each mark and faded end means. */
  legend(): Locator {
    return this.page.locator('.legend');
  }

  /** The panel's advice before any event is open. */
  emptyPanel(): Locator {
    return this.page.locator('.panel-empty');
  }

  panel(): Locator {
    return this.page.locator('[data-detail-for]');
  }

  panelFor(id: string): Locator {
    return this.page.locator(`[data-detail-for="${id}"]`);
  }

  /** The open event's headline: in view once the panel has been brought into view. */
  panelHeadline(id: string): Locator {
    return this.panelFor(id).getByRole('heading', { level: 2 });
  }

  backToTimeline(): Locator {
    return this.panel().getByRole('button', { name: 'Back to the timeline' });
  }

  marks(): Locator {
    return this.panel().locator('mark');
  }

  citation(n: number): Locator {
    return this.panel().locator(`[data-citation="${n}"]`);
  }

  /** The status line that announces which event opened. */
  status(): Locator {
    return this.page.locator('.event-status');
  }

  essayLink(): Locator {
    return this.page.getByRole('link', { name: 'Essay & sources' });
  }

  errorAlert(): Locator {
    return this.page.locator('.load-error');
  }

  /** The page's own report that the app could not start or stopped. */
  failureAlert(): Locator {
    return this.page.locator('.app-failure[role="alert"]');
  }

  /** Shown over the strip when the view falls between events. */
  emptyView(): Locator {
    return this.page.locator('.empty-view');
  }

  searchBox(): Locator {
    return this.page.getByRole('combobox', { name: 'Search events' });
  }

  searchResults(): Locator {
    return this.page.getByRole('listbox', { name: 'Matching events' }).getByRole('option');
  }

  searchCount(): Locator {
    return this.page.locator('.search-count');
  }

  async zoomIn(times = 1) {
    for (let i = 0; i < times; i++) await this.page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  }

  /** Whether `el` lies wholly inside the strip's scrolled view, left to right. */
  async inStripView(el: Locator): Promise<boolean> {
    const [box, view] = await Promise.all([el.boundingBox(), this.page.locator('.strip-scroller').boundingBox()]);
    return box !== null && view !== null && box.x >= view.x && box.x + box.width <= view.x + view.width;
  }

  /** Resolves after `n` animation frames have run: by then, whatever the app had left for the
   * next frame (a measurement, a scroll) is done. A positive signal, not a sleep. */
  async frames(n = 2) {
    await this.page.evaluate(
      (n) =>
        new Promise<void>((done) => {
          const step = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => step(left - 1)));
          step(n);
        }),
      n,
    );
  }

  async open(id: string) {
    await this.event(id).click();
    await expect(this.panelFor(id)).toBeVisible();
  }

  /** Ids of the event nodes in document order. */
  async eventIds(): Promise<string[]> {
    return this.events().evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-event-id') ?? ''));
  }
}
