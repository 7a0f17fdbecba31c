import { expect, type Locator, type Page } from '@playwright/test';

export type DateParts = { precision: 'Day' | 'Month' | 'Season' | 'Year'; year: string; month?: string; day?: string; season?: string };

/** The timeline editor (author.html) as an author uses it; tests speak through this. */
export class AuthorPage {
  constructor(readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`./author.html${query}`);
    await expect(this.page.getByRole('button', { name: 'New timeline' }).or(this.page.locator('.author-header'))).toBeVisible();
  }

  async newTimeline() {
    await this.page.getByRole('button', { name: 'New timeline' }).click();
    await expect(this.field('Title')).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async pasteEssay(text: string) {
    await this.page.locator('#essay-paste').fill(text);
    await this.page.getByRole('button', { name: 'Use as the essay' }).click();
  }

  paragraphs(): Locator {
    return this.page.locator('.paragraph-item');
  }

  paragraph(n: number): Locator {
    return this.paragraphs().nth(n - 1);
  }

  /** Selects `words` in paragraph `n` as shown, with the browser's Selection API, and waits
   * until the editor has seen the selection. */
  async select(n: number, words: string) {
    const text = this.paragraph(n).locator('p.paragraph-text');
    await text.evaluate((el, words) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: [Text, number][] = [];
      let offset = 0;
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        nodes.push([node, offset]);
        offset += node.length;
      }
      const start = (el.textContent ?? '').indexOf(words);
      if (start < 0) throw new Error(`“${words}” is not in the paragraph`);
      const at = (pos: number): [Text, number] => {
        const found = nodes.find(([node, from]) => pos <= from + node.length)!;
        return [found[0], pos - found[1]];
      };
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(start + words.length));
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }, words);
    await expect(this.paragraph(n).locator('.selection-note')).toContainText(`“${words.trim()}”`);
  }

  async newEventFromSelection(n: number) {
    await this.paragraph(n).getByRole('button', { name: 'New event from selection' }).click();
    await expect(this.eventForm()).toBeVisible();
  }

  async addPassageFromSelection(n: number) {
    await this.paragraph(n).getByRole('button', { name: /^Add as a passage of/ }).click();
  }

  eventForm(): Locator {
    return this.page.locator('.event-form');
  }

  /** The list of events, each a button that opens it in the form. */
  eventRows(): Locator {
    return this.page.locator('.event-row');
  }

  passages(): Locator {
    return this.eventForm().locator('.passage-item');
  }

  async setDate(legend: string, date: DateParts) {
    const fields = this.eventForm().locator('fieldset.date-fields').filter({ has: this.page.locator('legend', { hasText: legend }) }).first();
    await fields.getByLabel('Precision').selectOption({ label: date.precision });
    await fields.getByLabel('Year').fill(date.year);
    if (date.month) await fields.getByLabel('Month').selectOption({ label: date.month });
    if (date.season) await fields.getByLabel('Season').selectOption({ value: date.season });
    if (date.day) await fields.getByLabel('Day').fill(date.day);
  }

  async setBasis(kind: string, reason: string) {
    await this.eventForm().getByRole('radio', { name: kind, exact: true }).check();
    await this.eventForm().getByLabel(/^Why:/).fill(reason);
  }

  saveStatus(): Locator {
    return this.page.locator('.save-status');
  }

  /** Waits for the draft as it is now to be in the browser's storage. */
  async saved() {
    await expect(this.saveStatus()).toContainText('Saved in this browser');
  }

  downloadButton(): Locator {
    return this.page.locator('button.download');
  }

  checks(): Locator {
    return this.page.locator('#checks .check');
  }

  storageNotice(): Locator {
    return this.page.locator('.storage-notice');
  }

  preview(): Locator {
    return this.page.locator('.author-preview');
  }
}
