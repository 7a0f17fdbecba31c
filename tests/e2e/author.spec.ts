import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AuthorPage } from './author-page';
import { expectNoAxeViolations } from './axe';
import { TimelinePage } from './timeline-page';

const ROOT = path.resolve(__dirname, '../..');

const ESSAY = [
  'After Korea was liberated from Japanese control on 15 August 1945, the USSR backed Kim Il-sung in the North.[1]',
  'In March 1949 Kim asked Stalin for help, and Stalin said “no”.[2] Kim kept asking.',
  'By the spring of 1949 the North was arming.[3] Kim asked again that year.',
];

/** Runs the app's own checker on a file; it exits non-zero on any error. */
function timelineCheck(file: string): string {
  return execFileSync('cargo', ['run', '--quiet', '--locked', '--offline', '--bin', 'timeline-check', '--', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

async function titleAndSource(author: AuthorPage, title: string) {
  await author.field('Title').fill(title);
  await author.field('Source: the essay’s title, author, and site or address, as one line').fill('“Korea, before 1950”, a student essay page');
}

test('an author makes a timeline from an essay, reloads, undoes, downloads it, and the reader shows every quote', async ({ page, context }, testInfo) => {
  test.setTimeout(180_000);
  const author = new AuthorPage(page);
  await author.goto();
  await author.newTimeline();
  await titleAndSource(author, 'Korea 1945–1950, a class draft');
  await author.pasteEssay(ESSAY.join('\n\n'));
  await expect(author.paragraphs()).toHaveCount(3);
  await expect(author.paragraph(2).locator('p.paragraph-text')).toHaveText(ESSAY[1]);

  // Two entries; [1] paired as the source pairs it, [2] reconstructed, [3] missing.
  await author.page.locator('#new-entry').fill('Lankov, Andrei; From Stalin to Kim Il Sung, 2002');
  await page.getByRole('button', { name: 'Add entry' }).click();
  await author.page.locator('#new-entry').fill('Weathersby, Kathryn; “Should We Fear This?”, 2002');
  await page.getByRole('button', { name: 'Add entry' }).click();
  await expect(page.locator('.entry-item')).toHaveCount(2);
  await author.field('Entry for [1]').selectOption('b1');
  await author.field('Entry for [2]').selectOption('b2');
  await page.locator('#footnote-2-mapping').selectOption('reconstructed');
  await page.locator('#footnote-2-certainty').selectOption('firm');
  await page.locator('#footnote-2-note').fill('Entry 2 is the only one on Stalin’s answers.');
  await author.field('Entry for [3]').selectOption('none');
  await expect(page.locator('#footnote-3')).toContainText('missing from the source');

  // Event 1, dated to the day, stated in the essay.
  const liberated = 'Korea was liberated from Japanese control on 15 August 1945, the USSR backed Kim Il-sung in the North.';
  await author.select(1, liberated);
  await expect(author.paragraph(1).locator('.selection-note')).toContainText('Footnotes suggested: [1]');
  await author.newEventFromSelection(1);
  await expect(author.passages()).toHaveCount(1);
  await expect(author.passages().first().locator('blockquote')).toHaveText(`“${liberated}”`);
  await author.eventForm().getByLabel('Headline').fill('Korea liberated');
  await author.setDate('Date', { precision: 'Day', year: '1945', month: 'August', day: '15' });
  await author.setBasis('Date stated in the essay', 'The essay: “on 15 August 1945”.');
  await expect(author.eventForm().locator('#event-event-1-footnote-option-1')).toBeChecked();

  // Reload mid-way: the draft comes back as it was.
  await author.saved();
  await page.reload();
  await expect(author.field('Title')).toHaveValue('Korea 1945–1950, a class draft');
  await expect(author.paragraphs()).toHaveCount(3);
  await expect(author.eventRows()).toHaveCount(1);
  await expect(author.eventRows().first()).toContainText('Korea liberated');
  await expect(page.locator('#footnote-2-note')).toHaveValue('Entry 2 is the only one on Stalin’s answers.');

  // Event 2, two passages from two paragraphs, dated to a month, inferred.
  await author.select(2, 'Kim asked Stalin for help, and Stalin said “no”.');
  await expect(author.paragraph(2).locator('.selection-note')).toContainText('Footnotes suggested: [2]');
  await author.newEventFromSelection(2);
  await author.eventForm().getByLabel('Headline').fill('Stalin says no');
  await author.select(3, 'Kim asked again that year.');
  await author.addPassageFromSelection(3);
  await expect(author.passages()).toHaveCount(2);
  await author.setDate('Date', { precision: 'Month', year: '1949', month: 'March' });
  await author.setBasis('Date inferred from the essay', 'The essay sets the request in March 1949.');
  await author.select(2, 'In March 1949 Kim asked Stalin');
  await author.paragraph(2).getByRole('button', { name: 'Date rests on these words' }).click();
  await expect(author.eventForm().getByLabel(/^The essay’s words it rests on/)).toHaveValue('In March 1949 Kim asked Stalin');

  // Event 3, dated to a season, with a new actor.
  await author.select(3, 'By the spring of 1949 the North was arming.');
  await author.newEventFromSelection(3);
  await author.eventForm().getByLabel('Headline').fill('The North arms');
  await author.setDate('Date', { precision: 'Season', year: '1949', season: 'spring' });
  await author.setBasis('Date stated in the essay', 'The essay: “By the spring of 1949”.');
  await author.eventForm().getByLabel('New actor').fill('Kim Il-sung');
  await author.eventForm().getByRole('button', { name: 'Add actor' }).click();
  await expect(author.eventForm().getByLabel('Kim Il-sung')).toBeChecked();

  await expect(author.eventRows()).toHaveCount(3);
  await expect(author.checks().filter({ hasText: 'Problem' })).toHaveText([]);

  // Undo and redo, with the keys, across fields.
  const headline = author.eventForm().getByLabel('Headline');
  await headline.fill('The North arms, fast');
  await expect(author.eventRows().nth(2)).toContainText('The North arms, fast');
  await page.keyboard.press('Control+Z');
  await expect(headline).toHaveValue('The North arms');
  await page.keyboard.press('Control+Shift+Z');
  await expect(headline).toHaveValue('The North arms, fast');
  await page.keyboard.press('Control+Z');
  await expect(headline).toHaveValue('The North arms');

  // The preview is the reader's strip; choosing an event there opens it in the form.
  await expect(author.preview().locator('[data-event-id]')).toHaveCount(3);
  await author.preview().locator('[data-event-id="event-1"]').click();
  await expect(author.eventForm().getByLabel('Headline')).toHaveValue('Korea liberated');
  await expect(author.preview().locator('[data-detail-for="event-1"] mark')).toHaveText(liberated);

  // Download: the file passes the checker.
  await expect(author.downloadButton()).toHaveText('Download korea-1945-1950-a-class-draft.json');
  const downloading = page.waitForEvent('download');
  await author.downloadButton().click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('korea-1945-1950-a-class-draft.json');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(Object.keys(json)).toEqual(['format', 'title', 'source', 'essay', 'bibliography', 'footnotes', 'actors', 'events']);
  expect(readFileSync(file, 'utf8')).toContain('\n  "title": ');
  expect(json.events[1].passages).toHaveLength(2);
  expect(json.events.map((e: { date: string }) => e.date)).toEqual(['1945-08-15', '1949-03', '1949-spring']);
  timelineCheck(file);

  // Open in the reader: a new tab shows it, handed over in the browser, every quote marked.
  const opening = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open in the reader' }).click();
  const readerPage = await opening;
  const reader = new TimelinePage(readerPage);
  await expect(reader.events()).toHaveCount(3);
  expect(new URL(readerPage.url()).searchParams.get('src')).toMatch(/^blob:http:\/\/127\.0\.0\.1:\d+\//);
  for (const event of json.events) {
    await reader.open(event.id);
    for (const passage of event.passages) {
      await expect(reader.marks().filter({ hasText: passage.quote }).first()).toBeVisible();
    }
  }
});

test('a quote whose words are edited out of its paragraph is flagged, not dropped', async ({ page }) => {
  const author = new AuthorPage(page);
  await author.goto();
  await author.newTimeline();
  await author.pasteEssay(ESSAY.join('\n\n'));
  await author.select(2, 'Stalin said “no”.');
  await author.newEventFromSelection(2);
  await author.paragraph(2).getByRole('button', { name: /^Edit/ }).click();
  const field = author.paragraph(2).locator('textarea');
  await field.fill('In March 1949 Kim asked Stalin for help.[2] Kim kept asking.');
  await expect(author.eventRows()).toHaveCount(1);
  await expect(author.eventRows().first()).toContainText('quoted words gone from the essay');
  await expect(author.passages()).toHaveCount(1);
  await expect(author.passages().first()).toContainText('These words are no longer in the essay');
  await expect(author.passages().first().locator('blockquote')).toHaveText('“Stalin said “no”.”');
  await expect(author.checks().filter({ hasText: 'passage 1 quote' })).toContainText('not found verbatim');
  // Typing the words back restores it.
  await field.fill(ESSAY[1]);
  await expect(author.passages().first()).not.toContainText('no longer in the essay');
});

test('without IndexedDB an author is told plainly, and can still work and download', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as unknown as { indexedDB?: unknown }).indexedDB;
  });
  const author = new AuthorPage(page);
  await author.goto();
  await expect(author.storageNotice()).toContainText('does not let the page keep drafts');
  await expect(page.getByRole('link', { name: '한국어' })).toBeVisible();
  await author.newTimeline();
  await titleAndSource(author, 'Private');
  await author.pasteEssay('Stalin said “no”.[1]');
  await author.field('Entry for [1]').selectOption('none');
  await author.select(1, 'Stalin said “no”.');
  await author.newEventFromSelection(1);
  await author.eventForm().getByLabel('Headline').fill('Stalin says no');
  await author.setDate('Date', { precision: 'Year', year: '1949' });
  await author.setBasis('Editorial date', 'A well-known date.');
  await expect(author.saveStatus()).toHaveText('Not saved in this browser');
  await expect(author.storageNotice()).toBeVisible();
  // Switching language reloads the page, which would lose a draft kept nowhere: not offered.
  await expect(page.getByRole('link', { name: '한국어' })).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await author.downloadButton().click();
  const file = await (await downloading).path();
  expect(JSON.parse(readFileSync(file, 'utf8')).events[0].headline).toBe('Stalin says no');
  // Nothing is kept, so leaving the draft asks twice.
  await page.getByRole('button', { name: 'Your drafts' }).click();
  await expect(page.getByRole('button', { name: 'Close without keeping it: press again' })).toBeVisible();
  await expect(author.field('Title')).toHaveValue('Private');
});

test('keyboard only: words selected with Shift and the arrows in an edited paragraph make an event', async ({ page }) => {
  const author = new AuthorPage(page);
  await author.goto();
  await author.newTimeline();
  await author.pasteEssay(ESSAY.join('\n\n'));
  await author.paragraph(3).getByRole('button', { name: /^Edit/ }).press('Enter');
  const field = author.paragraph(3).locator('textarea');
  await field.focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'By the spring of 1949'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(author.paragraph(3).locator('.selection-note')).toContainText('Selected: “By the spring of 1949”');
  // The next Tab reaches what the selection can become.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText('New event from selection');
  await page.keyboard.press('Enter');
  await expect(author.passages().first().locator('blockquote')).toHaveText('“By the spring of 1949”');
  await expect(author.eventForm().getByLabel('Headline')).toBeFocused();
});

test('drafts are listed by name and date, continue where they were, and a file opens as a draft', async ({ page }) => {
  const author = new AuthorPage(page);
  await author.goto();
  await author.newTimeline();
  await author.field('Title').fill('Listed draft');
  await author.saved();
  await page.getByRole('button', { name: 'Your drafts' }).click();
  const listed = page.locator('.saved-draft').filter({ hasText: 'Listed draft' });
  await expect(listed).toContainText('saved ');
  await listed.getByRole('button', { name: /^Continue/ }).click();
  await expect(author.field('Title')).toHaveValue('Listed draft');
  await page.getByRole('button', { name: 'Your drafts' }).click();
  // The shipped timeline opens as a draft with its events and checks clean.
  await page.locator('#open-file').setInputFiles(path.join(ROOT, 'public/timelines/korea-1945-1950.json'));
  await expect(author.field('Title')).toHaveValue('Korea 1945–1950');
  await expect(author.eventRows()).toHaveCount(11);
  await expect(author.checks().filter({ hasText: 'Problem' })).toHaveText([]);
  // A file dropped on the page opens the same way.
  await page.getByRole('button', { name: 'Your drafts' }).click();
  const dropped = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    return transfer;
  }, readFileSync(path.join(ROOT, 'public/timelines/korea-1945-1950.json'), 'utf8'));
  await page.dispatchEvent('.author', 'drop', { dataTransfer: dropped });
  await expect(author.eventRows()).toHaveCount(11);
  // A file that is not a timeline is answered with its problems.
  await page.getByRole('button', { name: 'Your drafts' }).click();
  await page.locator('#open-file').setInputFiles({ name: 'notes.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Age\nKim,1\n') });
  await expect(page.locator('.load-error')).toContainText('“notes.csv” could not be opened');
});

test('the reader links to the editor, and a handed-over file that is gone says where to get it', async ({ page }) => {
  const reader = new TimelinePage(page);
  await reader.gotoAndWait();
  await page.getByRole('link', { name: 'Make your own timeline' }).click();
  await expect(page).toHaveURL(/\/author\.html/);
  await expect(page.getByRole('button', { name: 'New timeline' })).toBeVisible();
  const gone = await page.evaluate(() => {
    const url = URL.createObjectURL(new Blob(['{}'], { type: 'application/json' }));
    URL.revokeObjectURL(url);
    return url;
  });
  await page.goto(`./?src=${encodeURIComponent(gone)}`);
  await expect(page.locator('.load-error')).toContainText('handed over by the editor');
  await expect(page.locator('.load-error')).toContainText('download the file from the editor');
});

async function fillForScreens(page: Page) {
  const author = new AuthorPage(page);
  await author.goto();
  await author.newTimeline();
  await titleAndSource(author, 'Korea 1945–1950, a class draft');
  await author.pasteEssay(ESSAY.join('\n\n'));
  await author.field('Entry for [1]').selectOption('none');
  await author.select(2, 'Kim asked Stalin for help, and Stalin said “no”.');
  await author.newEventFromSelection(2);
  await author.eventForm().getByLabel('Headline').fill('Stalin says no');
  await author.setDate('Date', { precision: 'Month', year: '1949', month: 'March' });
  await author.setBasis('Date stated in the essay', 'The essay: “In March 1949”.');
  await author.preview().locator('[data-event-id="event-1"]').click();
  return author;
}

test('the editor has no axe violations, on a desktop and at tablet width', async ({ page }) => {
  const author = await fillForScreens(page);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: path.join(ROOT, 'target/screenshots/author-desktop.png') });
  await author.select(3, 'By the spring of 1949 the North was arming.');
  await author.paragraph(2).evaluate((el) => el.scrollIntoView());
  await page.screenshot({ path: path.join(ROOT, 'target/screenshots/author-desktop-essay.png') });
  await page.setViewportSize({ width: 768, height: 1024 });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: path.join(ROOT, 'target/screenshots/author-tablet.png') });
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.locator('.author-preview [data-event-id]')).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: path.join(ROOT, 'target/screenshots/author-tablet-preview.png') });
});
