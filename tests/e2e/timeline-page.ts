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
    await expect(this.events().first()).toBeVisible();
  }

  events(): Locator {
    return this.page.locator('[data-event-id]');
  }

  event(id: string): Locator {
    return this.page.locator(`[data-event-id="${id}"]`);
  }

  panel(): Locator {
    return this.page.locator('[data-detail-for]');
  }

  panelFor(id: string): Locator {
    return this.page.locator(`[data-detail-for="${id}"]`);
  }

  marks(): Locator {
    return this.panel().locator('mark');
  }

  citation(n: number): Locator {
    return this.panel().locator(`[data-citation="${n}"]`);
  }

  status(): Locator {
    return this.page.getByRole('status');
  }

  essayLink(): Locator {
    return this.page.getByRole('link', { name: 'Essay & sources' });
  }

  errorAlert(): Locator {
    return this.page.locator('.load-error');
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
