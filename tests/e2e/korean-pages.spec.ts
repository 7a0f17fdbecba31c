import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AuthorPage } from './author-page';
import { expectNoAxeViolations } from './axe';
import { TimelinePage } from './timeline-page';

// The pages beyond the reader in Korean: the editor, the embed page and its snippet, the
// cite page, the handout, and a broken file's problems. They follow the reader's choice:
// ?lang=, else the language kept on this device, else the browser's languages.

const ESSAY = [
  'After Korea was liberated from Japanese control on 15 August 1945, the USSR backed Kim Il-sung in the North.[1]',
  'In March 1949 Kim asked Stalin for help, and Stalin said “no”.[2] Kim kept asking.',
];

test('a teacher makes an event in the Korean editor: Korean words, checks and dates, the essay left as written', async ({ page }) => {
  const author = new AuthorPage(page);
  await page.goto('./author.html?lang=ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('글 한 편으로 연표 만들기');
  await expect(page).toHaveTitle('연표 편집기: 글 한 편으로 연표 만들기');
  await page.getByRole('button', { name: '새 연표' }).click();
  await author.field('제목').fill('한국 1945~1950 수업 초안');
  // The essay is English, and the teacher says so: a language's name is not taken for its tag.
  const language = author.field('글과 사건의 언어(선택)');
  await language.fill('English');
  await expect(page.locator('#checks')).toContainText('“English”은(는) 언어 태그가 아닙니다');
  await language.fill('en');
  await expect(page.locator('#checks')).not.toContainText('언어 태그');
  await page.getByLabel(/^출처:/).fill('“Korea, before 1950”, a student essay page');
  await page.locator('#essay-paste').fill(ESSAY.join('\n\n'));
  await page.getByRole('button', { name: '본문으로 쓰기' }).click();
  await expect(author.paragraphs()).toHaveCount(2);
  await expect(author.paragraph(1).locator('p.paragraph-text')).toHaveText(ESSAY[0]);

  const liberated = 'Korea was liberated from Japanese control on 15 August 1945';
  await author.select(1, liberated);
  await expect(author.paragraph(1).locator('.selection-note')).toContainText(`선택한 구절: “${liberated}”`);
  await author.paragraph(1).getByRole('button', { name: '선택한 구절로 새 사건' }).click();
  await expect(author.eventForm()).toBeVisible();
  // Until the event has a date, the checks say so, in Korean, naming the event.
  await expect(author.checks().first()).toContainText('사건 1(아직 제목 없음)');
  await expect(page.locator('#checks')).toContainText('사건의 날짜를 입력하세요');
  await author.eventForm().getByLabel('사건 제목').fill('Korea liberated');
  const date = author.eventForm().locator('fieldset.date-fields').first();
  await date.getByLabel('날짜 단위').selectOption({ label: '일' });
  await date.getByLabel('연도', { exact: true }).fill('1945');
  await date.getByLabel('월', { exact: true }).selectOption({ label: '8월' });
  await date.getByLabel('일', { exact: true }).fill('15');
  await author.eventForm().getByRole('radio', { name: '본문에 적힌 날짜', exact: true }).check();
  await author.eventForm().getByLabel(/^이유:/).fill('The essay: “on 15 August 1945”.');
  await expect(author.saveStatus()).toContainText('이 브라우저에 저장됨');
  // The preview is the reader in Korean; the event's own words stay English, marked so.
  await expect(author.preview()).toContainText('1945년 8월 15일');
  await expect(author.preview().locator('[lang="en"]', { hasText: 'Korea liberated' }).first()).toBeVisible();
  await expect(page.locator('#checks')).not.toContainText('사건의 날짜를 입력하세요');
  await expectNoAxeViolations(page);

  // The switch opens the same draft in English, the change made just before it kept.
  await author.eventForm().getByLabel('사건 제목').fill('Korea liberated, 1945');
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(author.field('Title')).toHaveValue('한국 1945~1950 수업 초안');
  await expect(author.eventRows().first()).toContainText('Korea liberated, 1945');
});

test('the embed page in Korean gives a snippet that opens the Korean reader', async ({ page }) => {
  const app = new TimelinePage(page);
  await app.gotoAndWait('?event=strike-them&lang=ko');
  await page.getByRole('link', { name: '삽입', exact: true }).click();
  await expect(page).toHaveURL(/\/timeline\/author\.html\?embed=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('내 페이지에 삽입하기');
  const snippet = await page.getByLabel(/^이 코드를 수업 페이지에 붙여 넣으세요/).inputValue();
  const frame = await page.evaluate((html) => {
    const f = new DOMParser().parseFromString(html, 'text/html').querySelector('iframe');
    return { title: f?.getAttribute('title'), src: f?.getAttribute('src') };
  }, snippet);
  expect(frame.title).toMatch(/^대화형 연표: /);
  expect(frame.src).toMatch(/[?&]event=strike-them(&|$)/);
  expect(frame.src).toMatch(/[?&]lang=ko(&|$)/);
  await expectNoAxeViolations(page);
});

test('the Korean reader links to the Korean cite page and handout, the quotes left verbatim in English', async ({ page }) => {
  const korea = JSON.parse(readFileSync(path.resolve(__dirname, '../../public/timelines/korea-1945-1950.json'), 'utf8'));
  const event = korea.events.find((e: { id: string }) => e.id === 'stalin-approves');
  await new TimelinePage(page).gotoAndWait('?event=stalin-approves&lang=ko');
  await page.getByRole('link', { name: '이 사건 인용하기' }).click();
  await expect(page).toHaveURL(/\/cite\.html\?event=stalin-approves&lang=ko$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const quotes = page.locator('#event-quote');
  await expect(page.getByRole('heading', { name: /^인용문과 각주/ })).toBeVisible();
  await expect(quotes).toContainText('본문의 각주 [2]에 해당하는 항목이 원래 페이지에 없습니다');
  await expect(quotes.locator('[lang="en"]', { hasText: event.passages[0].quote }).first()).toBeVisible();
  await expect(page.locator('#event-chicago-r')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('./ko.html');
  const handout = page.getByRole('link', { name: '모든 사건을 담은 유인물 인쇄' });
  await expect(handout).toHaveAttribute('href', /korea-1945-1950-handout\.ko\.html$/);
  await handout.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('button', { name: '이 유인물 인쇄' })).toBeVisible();
  await expect(page.locator('blockquote[lang="en"]').first()).toBeVisible();
});

test('a broken file’s problems are in Korean on the Korean page, with their places', async ({ page }) => {
  const file = 'duplicate-id.json';
  const body = readFileSync(path.resolve(__dirname, '../fixtures', file), 'utf8');
  await page.route(`**/timeline/bad/${file}`, (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto(`./ko.html?src=bad/${file}`);
  const error = page.locator('.load-error');
  await expect(error).toContainText('연표를 보여 줄 수 없습니다');
  await expect(error.locator('code').filter({ hasText: 'events[1].id' }).first()).toBeVisible();
  await expect(error).toContainText('(28행 13열)');
  await expect(error).toContainText('이 사건 id는 앞에서 이미 쓰였습니다: “war-begins”');
});

test.describe('a browser set to Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('opens the editor in Korean without being asked', async ({ page }) => {
    await page.goto('./author.html');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('button', { name: '새 연표' })).toBeVisible();
  });
});
