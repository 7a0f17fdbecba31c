import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { TimelinePage } from './timeline-page';

// Chips filter the strip, the search and prev/next to the chosen actors' events.

test('choosing actors shows only their events, with search and the URL following', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait();
  const filter = page.getByRole('group', { name: 'Show only the events of' });
  const usa = filter.getByRole('button', { name: /^United States/ });
  await expect(usa).toHaveAttribute('aria-pressed', 'false');
  await expect(usa.locator('.actor-count')).toHaveText('1');
  await usa.click();
  await expect(usa).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]actors=usa(&|$)/);
  await expect.poll(() => app.eventIds()).toEqual(['acheson-speech']);
  // A second actor adds its events; the keyboard stays on the chip.
  await expect(usa).toBeFocused();
  const china = filter.getByRole('button', { name: /^Chinese Communists/ });
  await china.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]actors=usa,china(&|$)/);
  await expect.poll(() => app.eventIds()).toEqual(['prc-proclaimed', 'acheson-speech']);
  await expect(china).toBeFocused();
  // The counts stay the whole timeline's, whichever actors are chosen.
  const counts = await filter.locator('.actor-count').allTextContents();
  await filter.getByRole('button', { name: 'Show all' }).click();
  await expect(filter.locator('.actor-count')).toHaveText(counts);
  await usa.click();
  await china.click();
  await expect.poll(() => app.eventIds()).toEqual(['prc-proclaimed', 'acheson-speech']);
  // Search applies within the filter: Korea's liberation from Japan is outside it.
  await app.searchBox().fill('acheson');
  await expect(app.searchCount()).toHaveText('1 event matches.');
  await app.searchBox().fill('japanese rule');
  await expect(app.searchCount()).toHaveText('No event matches.');
  await app.searchBox().fill('');
  await expectNoAxeViolations(page);
  // "Show all" clears the choice.
  await filter.getByRole('button', { name: 'Show all' }).click();
  await expect(usa).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/actors=/);
  await expect(app.events()).toHaveCount(11);
});

test('a shared ?actors= link opens filtered, and prev/next walk only the chosen events', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?actors=ussr&event=soviets-back-kim');
  await expect.poll(() => app.eventIds()).toEqual(['soviets-back-kim', 'soviet-atomic-bomb']);
  await expect(app.panel()).toContainText('The USSR backs Kim');
  await page.locator('#panel-next').click();
  await expect(page).toHaveURL(/event=soviet-atomic-bomb/);
  await expect(page).toHaveURL(/actors=ussr/);
});
