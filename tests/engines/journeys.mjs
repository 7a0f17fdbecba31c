// The reader's journeys, written once and run in each engine (firefox.test.mjs, webkit.test.mjs).
// Each journey leaves a screenshot in target/engine-screenshots/ENGINE-JOURNEY.png, pass or fail.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { APP_URL, IN_DATE_ORDER, ORIGIN, OTHER_ORIGIN, TimelinePage } from './timeline-page.mjs';
import { waitFor } from './wait.mjs';

/** A phone's width. WebKitGTK keeps its window at 447 px or wider; Firefox gets there (drivers.mjs). */
const PHONE_WIDTH = 360;
const WIDE = 1280;

/** A TimelineJS file on this machine, for the file picker. */
const FIXTURE_FILE = fileURLToPath(new URL('./fixtures/engines-timelinejs.json', import.meta.url));

/** What each engine's User-Agent holds and the other's does not. */
const USER_AGENT = { firefox: 'Firefox/', webkit: 'AppleWebKit/' };

/** Brings the test server's network up, or down for `engine` alone (serve.mjs). */
async function network(engine, up) {
  const response = await fetch(`${ORIGIN}/__network?${up ? 'up' : 'down'}=${USER_AGENT[engine.name]}`);
  assert.equal(response.status, 204);
}

export function journeys(engine) {
  const app = new TimelinePage(engine);

  describe(engine.name, { concurrency: false }, () => {
    before(() => engine.start());
    after(() => engine.stop());

    /** A journey: its steps, then its screenshot (also when a step failed), then `cleanup`. */
    function journey(name, title, steps, cleanup = async () => {}) {
      test(title, async (t) => {
        try {
          await steps(t);
        } finally {
          await app.settle().catch(() => {});
          await engine.screenshot(name).catch((e) => t.diagnostic(`no screenshot: ${e.message}`));
          await cleanup();
        }
      });
    }

    // Without this, the keyboard journey below could pass or fail for reasons of the harness:
    // the keys must do what a person's keys do on plain elements.
    journey('key-check', 'key presses act as a person’s keys on a plain page (Enter, Tab, arrows, Escape)', async () => {
      await engine.goto(`${ORIGIN}/engine-checks/keys.html`);
      await engine.focusContent();
      const page = () =>
        engine.evaluate(() => ({
          presses: window.presses,
          active: document.activeElement?.id ?? null,
          checked: document.querySelector('input[name="pick"]:checked')?.id ?? null,
          dialogOpen: document.getElementById('dialog').open,
        }));
      await engine.evaluate(() => document.getElementById('one').focus());
      await engine.press('Enter');
      await waitFor(async () => (await page()).presses === 1, 5_000, 'Enter to press the focused button');
      await engine.press('Tab');
      await waitFor(async () => (await page()).active === 'two', 5_000, 'Tab to move focus to the next button');
      await engine.evaluate(() => document.getElementById('pick-a').focus());
      await engine.press('ArrowRight');
      await waitFor(
        async () => {
          const p = await page();
          return p.active === 'pick-b' && p.checked === 'pick-b';
        },
        5_000,
        'ArrowRight to move to and check the next radio button',
      );
      await engine.evaluate(() => {
        document.getElementById('dialog').showModal();
        document.getElementById('in-dialog').focus();
      });
      await engine.press('Escape');
      await waitFor(async () => !(await page()).dialogOpen, 5_000, 'Escape to close the modal dialog');
      assert.equal((await page()).presses, 1, 'no key pressed the button a second time');
    });

    journey('load', 'the timeline loads with every event drawn, in date order', async () => {
      const ids = await app.open();
      assert.deepEqual(ids, IN_DATE_ORDER);
      const s = await app.state();
      assert.equal(s.title, 'Korea 1945–1950');
      assert.equal(s.panelFor, null, 'no event is open before one is chosen');
    });

    journey('click', 'clicking an event opens its panel with the quote marked and its citations', async () => {
      await app.open();
      await app.clickEvent('assistance-message');
      const s = await app.waitForPanel('assistance-message');
      assert.ok(
        s.marks.some((m) => m.includes('We are ready to render this assistance.')),
        `marks: ${JSON.stringify(s.marks)}`,
      );
      assert.match(s.panelText, /AVP RF, Fond 059a, Opis 5a, Delo 3, Papka 11, list 92, 01\/30\/1950/);
      assert.equal(s.search, '?event=assistance-message');
      // The panel is under the strip: opening the event brings it into view.
      await app.until((x) => x.panelInView, 'the opened panel to be scrolled into view');
    });

    journey('deep-link', 'a link to one event (?event=acheson-speech) opens with its panel in view', async () => {
      await app.open('?event=acheson-speech');
      const s = await app.waitForPanel('acheson-speech');
      assert.match(s.panelText, /12 January 1950/);
      await app.until((x) => x.panelInView, 'the linked panel to be in view');
    });

    journey('korean', '?lang=ko opens the Korean page, Korean dates beside the essay’s English quotes', async () => {
      await app.open('?event=acheson-speech&lang=ko');
      const s = await app.waitForPanel('acheson-speech');
      const page = await engine.evaluate(() => ({
        path: location.pathname,
        lang: document.documentElement.lang,
        heading: document.getElementById('timeline-heading')?.textContent,
        quoteLang: document.querySelector('#event-panel blockquote')?.getAttribute('lang'),
      }));
      assert.deepEqual(page, { path: '/timeline/ko.html', lang: 'ko', heading: '연표', quoteLang: 'en' });
      assert.match(s.panelText, /1950년 1월 12일/);
      assert.ok(s.marks.some((m) => m.includes('Apparently Kim used this speech to persuade Stalin.')), `marks: ${JSON.stringify(s.marks)}`);
    }, async () => {
      // ?lang= is kept on the device: ask for English again, so the journeys after this one
      // read the English page.
      await app.open('?lang=en');
    });

    journey('korean-pages', 'the editor and the cite page open in Korean, the quotes left in English', async () => {
      await engine.goto(`${APP_URL}author.html?lang=ko`);
      const editor = await waitFor(
        () => engine.evaluate(() => {
          const heading = document.querySelector('h1')?.textContent;
          const start = [...document.querySelectorAll('button')].some((b) => b.textContent === '새 연표');
          return heading && start && { lang: document.documentElement.lang, heading, title: document.title };
        }),
        15_000,
        `${engine.name}: the Korean editor's start screen`,
      );
      assert.deepEqual(editor, { lang: 'ko', heading: '글 한 편으로 연표 만들기', title: '연표 편집기: 글 한 편으로 연표 만들기' });
      await engine.goto(`${APP_URL}cite.html?event=stalin-approves&lang=ko`);
      const cite = await waitFor(
        () => engine.evaluate(() => {
          const quote = document.querySelector('#event-quote [lang="en"]')?.textContent;
          return quote && { lang: document.documentElement.lang, quote, copy: [...document.querySelectorAll('button')].some((b) => b.textContent === '복사') };
        }),
        15_000,
        `${engine.name}: the Korean cite page's quote`,
      );
      assert.equal(cite.lang, 'ko');
      assert.equal(cite.copy, true);
      assert.match(cite.quote, /The exact reason for Stalin giving a firm permission to invade South is unclear\./);
    }, async () => {
      await app.open('?lang=en');
    });

    journey('history', 'back and forward step through the events that were opened', async () => {
      await app.open();
      await app.clickEvent('stalin-says-no');
      await app.waitForPanel('stalin-says-no');
      await app.clickEvent('acheson-speech');
      await app.waitForPanel('acheson-speech');
      const step = async (how, id) => {
        await engine.evaluate((h) => history[h](), how);
        if (id) {
          const s = await app.waitForPanel(id);
          assert.equal(s.search, `?event=${id}`);
        } else {
          await app.until((s) => s.panelFor === null && s.search === '', 'back to the timeline with nothing open');
        }
      };
      await step('back', 'stalin-says-no');
      await step('back', null);
      await step('forward', 'stalin-says-no');
      await step('forward', 'acheson-speech');
    });

    journey('essay', 'in the essay view, a highlighted quote opens its event on the timeline', async () => {
      await engine.goto(`${APP_URL}?view=essay`);
      await app.until((s) => s.essayShown, 'the essay to be shown');
      const links = await engine.evaluate(() => document.querySelectorAll('a.quote-link mark').length);
      assert.ok(links >= 11, `every event's quote is a link in the essay (found ${links})`);
      await engine.screenshot('essay-view');
      await engine.click('a.quote-link[data-quote-for="acheson-speech"]');
      const s = await app.waitForPanel('acheson-speech');
      assert.equal(s.search, '?event=acheson-speech');
      assert.equal(s.essayShown, false, 'the timeline replaces the essay');
      assert.deepEqual(await app.waitForEvents(), IN_DATE_ORDER);
      await app.until((x) => x.panelInView, 'the opened panel to be in view');
    });

    journey('keyboard', 'keyboard only: Tab into the strip, ArrowRight, Enter, Tab into the panel, Escape back', async () => {
      await app.open();
      await engine.focusContent();
      const before = await app.focusBeforeStrip();
      assert.ok(before.focused, `could focus the control before the strip: ${before.before}`);
      await engine.press('Tab');
      await app.until(
        (s) => s.focus.role === 'tab' && s.focus.eventId === IN_DATE_ORDER[0],
        'Tab to land on the first event’s tab',
      );
      await engine.press('ArrowRight');
      await app.until((s) => s.focus.eventId === IN_DATE_ORDER[1], 'ArrowRight to move focus to the next event');
      assert.equal((await app.state()).panelFor, null, 'moving focus does not open an event');
      await engine.press('Enter');
      await app.waitForPanel(IN_DATE_ORDER[1]);
      // At a reader's pace: the page has finished its smooth scroll to the panel. (Pressed
      // within ~50 ms, WebKit's smooth scroll outlives Escape's and strands the focus off
      // screen; see the report in tests/engines/README.md.)
      await app.settle();
      await engine.press('Tab');
      await app.until((s) => s.focus.inPanel, 'Tab to move focus into the open event’s panel');
      await engine.press('Escape');
      await app.until(
        (s) => s.focus.role === 'tab' && s.focus.eventId === IN_DATE_ORDER[1],
        'Escape to return focus to the event that opened the panel',
      );
      // …and the page to the strip, where that event is.
      await app.settle();
      await app.until((s) => s.focus.inView, 'the refocused event to be in view');
    });

    journey(
      'phone',
      'the phone list at the narrowest window: a vertical list, nothing scrolls sideways',
      async (t) => {
        await engine.resize(PHONE_WIDTH);
        await app.open();
        const l = await app.layout();
        t.diagnostic(`narrowest viewport: ${l.innerWidth} px (document ${l.clientWidth} px)`);
        assert.ok(l.innerWidth < 640, `the window is below 40rem (it is ${l.innerWidth} px)`);
        assert.equal(l.axisShown, false, 'the list has no time axis');
        assert.deepEqual(l.cards.map((c) => c.id), IN_DATE_ORDER);
        for (let i = 1; i < l.cards.length; i++) {
          assert.ok(l.cards[i].top >= l.cards[i - 1].bottom, `${l.cards[i].id} is below ${l.cards[i - 1].id}`);
        }
        for (const c of l.cards) {
          assert.ok(c.width > 0.8 * l.clientWidth, `${c.id} spans the list (${c.width} of ${l.clientWidth} px)`);
          assert.ok(c.left >= 0 && c.right <= l.clientWidth, `${c.id} fits in the window`);
        }
        assert.ok(l.scrollWidth <= l.clientWidth, `nothing scrolls sideways (${l.scrollWidth} > ${l.clientWidth})`);
        await engine.screenshot('phone-list');
        await app.clickEvent('acheson-speech');
        await app.waitForPanel('acheson-speech');
        await app.until((s) => s.panelInView, 'the panel under the list to be scrolled into view');
        const open = await app.layout();
        assert.ok(
          open.scrollWidth <= open.clientWidth,
          `with the panel open, nothing scrolls sideways (${open.scrollWidth} > ${open.clientWidth})`,
        );
      },
      () => engine.resize(WIDE),
    );

    journey('embed', 'embedded in a cross-origin frame, the timeline works and the frame grows to its content', async () => {
      const host = `${ORIGIN}/host/lesson.html`;
      await engine.goto(host);
      const frameSrc = await engine.evaluate(() => document.querySelector('iframe[data-essay-timeline]').src);
      assert.ok(frameSrc.startsWith(`${OTHER_ORIGIN}/`), `the frame is on another origin: ${frameSrc}`);
      const height = () => engine.evaluate(() => document.querySelectorAll('iframe[data-essay-timeline]')[0].getBoundingClientRect().height);
      await waitFor(
        async () => (await engine.frameEvaluate(0, () => document.querySelectorAll('[data-event-id]').length)) === 11,
        15_000,
        'the framed timeline to draw its 11 events',
      );
      // embed.js sizes the frame to its content, instead of the 760 px it was given. (On its
      // way there the frame passes through the height of a half-built page, ~400 px: for
      // ~200 ms in WebKit, ~25 ms in Chromium; the reader's first click comes after that.)
      const fitted = async () => {
        const [h, content] = [await height(), await engine.frameEvaluate(0, () => document.body.offsetHeight)];
        return h !== 760 && Math.abs(h - content) <= 1 && h;
      };
      const settled = await waitFor(fitted, 10_000, 'the host script to fit the frame to its content');
      // The host page is scrolled to bring the card to the middle of the window first.
      const cardTop = await engine.frameEvaluate(0, () => document.querySelector('[data-event-id="acheson-speech"]').getBoundingClientRect().top);
      await engine.evaluate((top) => {
        const frame = document.querySelector('iframe[data-essay-timeline]');
        window.scrollTo(0, window.scrollY + frame.getBoundingClientRect().top + top - window.innerHeight / 2);
      }, cardTop);
      await engine.frameClick(0, '[data-event-id="acheson-speech"]');
      await waitFor(
        () => engine.frameEvaluate(0, () => {
          const p = document.querySelector('[data-detail-for="acheson-speech"]');
          return !!p && p.querySelectorAll('mark').length > 0;
        }),
        10_000,
        'the framed panel to open',
      );
      const grown = await waitFor(async () => {
        const h = await height();
        return h > settled + 200 && h;
      }, 10_000, `the frame to grow past ${settled + 200} px with the panel open`);
      const content = await engine.frameEvaluate(0, () => document.body.getBoundingClientRect().height);
      assert.ok(Math.abs(grown - content) <= 2, `the frame (${grown} px) is as tall as its content (${content} px)`);
      const scrollable = await engine.frameEvaluate(0, () => document.documentElement.scrollHeight - innerHeight);
      assert.ok(scrollable <= 2, `nothing is left to scroll inside the frame (${scrollable} px)`);
      // The frame cannot scroll, so the host page is scrolled to the panel (embed.js), which
      // then starts in the upper two thirds of the window.
      const panelTop = await engine.frameEvaluate(0, () => document.getElementById('event-panel').getBoundingClientRect().top);
      await waitFor(
        async () => {
          const [frameTop, windowHeight] = await engine.evaluate(() => [
            document.querySelectorAll('iframe[data-essay-timeline]')[0].getBoundingClientRect().top,
            innerHeight,
          ]);
          const top = frameTop + panelTop;
          return top >= 0 && top <= (windowHeight * 2) / 3;
        },
        5_000,
        'the host page to scroll to the opened panel',
      );
      assert.equal(await engine.evaluate(() => location.href), host, 'the host page did not navigate');
    });

    journey('timelinejs', 'a TimelineJS file (?src=) renders its slides as events', async () => {
      const ids = await app.open('?src=fixtures/engines-timelinejs.json');
      assert.deepEqual(ids, ['bce-founding', 'era-start', 'treaty', 'harbour-opened', 'last-slide']);
      const s = await app.state();
      assert.equal(s.title, 'Harbour towns through the ages');
      assert.equal(await engine.evaluate(() => document.querySelectorAll('.era').length), 2);
      const card = await engine.evaluate(() => document.querySelector('[data-event-id="bce-founding"]').textContent);
      assert.match(card, /BCE/);
      await app.clickEvent('treaty');
      const p = await app.until((x) => x.panelFor === 'treaty' && x.panelVisible, 'the slide’s panel to open');
      assert.match(p.panelText, /signed in the harbour master’s house/);
      assert.match(p.panelText, /Town archive/);
      assert.equal(
        await engine.evaluate(() => document.querySelector('[data-detail-for="treaty"] em')?.textContent),
        'harbour master’s',
      );
    });

    journey('open-file', 'a timeline file picked from the device opens, and the URL names it', async () => {
      await app.open();
      await engine.evaluate(() => document.querySelector('.open-file').scrollIntoView({ block: 'center' }));
      // The control itself, as each engine draws it.
      await engine.screenshot('open-file-control');
      await engine.pickFile('.open-file input[type=file]', FIXTURE_FILE);
      const s = await app.until((x) => x.title === 'Harbour towns through the ages', 'the picked file to be shown');
      assert.match(s.search, /^\?file=engines-timelinejs\.json$/);
      assert.deepEqual(await app.waitForEvents(), ['bce-founding', 'era-start', 'treaty', 'harbour-opened', 'last-slide']);
    });

    journey(
      'offline',
      'after one visit the reader works with no network: the timeline, a deep link and an opened ?src= file',
      async () => {
        // The first visit installs the service worker, which keeps the reader (scripts/make-offline.mjs).
        await app.open('?src=fixtures/engines-timelinejs.json');
        await waitFor(
          () => engine.evaluate(() => navigator.serviceWorker?.controller != null),
          20_000,
          `${engine.name}: the service worker to control the page`,
        );
        // Kept once fetched through the worker: the offline page refetches a first visit's file.
        await waitFor(
          () => engine.evaluate(async () => (await caches.keys()).length > 0 && (await caches.match(location.href.replace(/\/\?.*$/, '/fixtures/engines-timelinejs.json'))) !== undefined),
          20_000,
          `${engine.name}: the opened file to be kept`,
        );
        await network(engine, false);
        assert.deepEqual(await app.open(), IN_DATE_ORDER, 'the default timeline, offline');
        // Truly offline: a page outside the worker's scope cannot be fetched.
        const outside = await engine.evaluate(() =>
          fetch('/engine-checks/keys.html').then(() => 'answered', () => 'failed'),
        );
        assert.equal(outside, 'failed', 'the network is down');
        await app.open('?event=invasion');
        await app.waitForPanel('invasion');
        const ids = await app.open('?src=fixtures/engines-timelinejs.json');
        assert.deepEqual(ids, ['bce-founding', 'era-start', 'treaty', 'harbour-opened', 'last-slide']);
      },
      () => network(engine, true),
    );

    journey('hostile', 'a hostile TimelineJS file executes nothing and injects nothing', async () => {
      await app.open('?src=fixtures/hostile-timelinejs.json&event=hostile-one');
      const s = await app.until((x) => x.panelFor === 'hostile-one' && x.panelVisible, 'the hostile slide’s panel');
      assert.match(s.panelText, /first item/);
      assert.match(s.panelText, /Credit line/);
      // A barrier: once an image of the test's own has failed to load, any image the file
      // smuggled in has failed too, and its onerror would have run.
      await engine.evaluate(() => {
        window.probeFailed = false;
        const img = new Image();
        img.addEventListener('error', () => (window.probeFailed = true));
        img.src = `missing-probe-${Date.now()}.png`;
      });
      await waitFor(() => engine.evaluate(() => window.probeFailed), 5_000, 'the probe image to fail');
      const found = await engine.evaluate(() => {
        const panel = document.querySelector('[data-detail-for="hostile-one"]');
        const all = [...document.querySelectorAll('*')];
        return {
          pwned: typeof window.__pwned === 'undefined' ? 'undefined' : String(window.__pwned),
          handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
          injected: [...document.querySelectorAll('main :is(img, svg, iframe, object, embed, style, script)')].map((el) => el.outerHTML.slice(0, 80)),
          panelStyled: panel.querySelectorAll('[style], img, svg, iframe, object, style, script').length,
          // A link with a scheme other than http(s): (relative links such as cite.html are the app's own pages).
          jsLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href').trim()).filter((href) => /^[a-z][a-z0-9+.-]*:/i.test(href) && !/^https?:/i.test(href)),
          sourceLink: panel.querySelector('a[href="https://example.org/source"]')?.rel ?? null,
          emphasis: panel.querySelector('em')?.textContent ?? null,
          titleElements: document.querySelector('h1').children.length,
          background: getComputedStyle(document.body).backgroundColor,
        };
      });
      assert.equal(found.pwned, 'undefined', 'no script from the file ran');
      assert.deepEqual(found.handlers, [], 'no element carries an event-handler attribute');
      assert.deepEqual(found.injected, [], 'no image, SVG, frame, object, style or script was injected');
      assert.equal(found.panelStyled, 0);
      assert.deepEqual(found.jsLinks, [], 'no javascript: or data: link');
      assert.equal(found.sourceLink, 'noopener noreferrer', 'the safe link is kept, with rel');
      assert.equal(found.emphasis, 'emphasis', 'safe markup is kept');
      assert.equal(found.titleElements, 0, 'the title’s markup is text, not elements');
      assert.notEqual(found.background, 'rgb(255, 0, 0)', 'the file’s <style> did not apply');
      assert.deepEqual(await engine.openDialogs(), [], 'no alert, confirm or prompt was raised');
    });
  });
}
