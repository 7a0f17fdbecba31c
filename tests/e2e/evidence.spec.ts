import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { TimelinePage } from './timeline-page';

// "When the evidence surfaced": the dates the sources carry, in a lane under the events.
const lane = (app: TimelinePage) => app.page.locator('.evidence-lane');
const toggle = (app: TimelinePage) => app.page.getByRole('button', { name: 'When the evidence surfaced' });

test('off by default; on, the axis reaches 1996 and the lane lists the sources’ dates in order', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await expect(lane(app)).toHaveCount(0);
  expect((await app.tickLabels()).some((t) => t.includes('1996'))).toBe(false);
  await toggle(app).focus();
  await page.keyboard.press('Enter');
  await expect(toggle(app)).toHaveAttribute('aria-pressed', 'true');
  const marks = lane(app).getByRole('listitem');
  await expect(marks).toHaveCount(5);
  await expect(marks.first()).toContainText('30 January 1950');
  await expect(marks.nth(1)).toContainText('1992');
  await expect(marks.last()).toContainText('2 February 1996');
  await expect.poll(async () => (await app.tickLabels()).join(' ')).toMatch(/199\d/);
  // No two marks cover each other.
  const boxes = await marks.evaluateAll((items) => items.map((li) => li.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      expect(overlap, `marks ${i} and ${j} overlap`).toBe(false);
    }
  }
  await expectNoAxeViolations(page);
  await toggle(app).click();
  await expect(lane(app)).toHaveCount(0);
});

test('a date shows what states it and opens the events that rest on it, by keyboard', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  await toggle(app).click();
  const mark = (name: RegExp) => lane(app).locator('.evidence-mark details').filter({ has: page.locator('summary', { hasText: name }) });
  const conference = mark(/Georgetown conference/);
  await conference.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(conference).toHaveAttribute('open', '');
  await expect(conference).toContainText('Stated in the bibliography entry of footnote [9].');
  await expect(conference.getByRole('button')).toHaveCount(3);
  // The 1992 release rests on the essay's words, and its link to events is the editors'.
  const release = mark(/Soviet archives released/);
  await release.locator('summary').click();
  await expect(release).toContainText('Stated in the essay: “documents from Soviet archives, which were released in 1992”.');
  await expect(release).toContainText('Editorial note:');
  await release.getByRole('button', { name: /We are ready to render this assistance/ }).focus();
  await page.keyboard.press('Enter');
  await expect(app.panelFor('assistance-message')).toBeVisible();
});
