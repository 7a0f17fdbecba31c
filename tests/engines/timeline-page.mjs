// The timeline app as a reader sees it, for any engine in drivers.mjs: tests speak through
// this, not raw selectors (as tests/e2e/timeline-page.ts does for Playwright).
import { waitFor } from './wait.mjs';

export const ORIGIN = `http://127.0.0.1:${process.env.ENGINE_PORT ?? 4173}`;
export const APP_URL = `${ORIGIN}/timeline/`;
/** The same site on a second origin, as a cross-origin frame sees it. */
export const OTHER_ORIGIN = `http://localhost:${Number(process.env.ENGINE_PORT ?? 4173) + 1}`;

export const IN_DATE_ORDER = [
  'korea-liberated',
  'soviets-back-kim',
  'not-advisable',
  'stalin-says-no',
  'strike-them',
  'soviet-atomic-bomb',
  'prc-proclaimed',
  'stalin-approves',
  'acheson-speech',
  'assistance-message',
  'invasion',
];

export class TimelinePage {
  constructor(engine) {
    this.engine = engine;
  }

  /** Opens the app with an optional query such as `?event=invasion`, and waits for its events. */
  async open(query = '') {
    await this.engine.goto(APP_URL + query);
    return this.waitForEvents();
  }

  /** Waits until the app has replaced the page drawn at build time and drawn every event. */
  async waitForEvents() {
    return waitFor(
      () => this.engine.evaluate(() => {
        if (document.getElementById('prerender')) return false;
        const cards = [...document.querySelectorAll('[data-event-id]')];
        const shown = cards.filter((c) => {
          const r = c.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(c).visibility !== 'hidden';
        });
        return shown.length > 0 && shown.length === cards.length && cards.map((c) => c.dataset.eventId);
      }),
      15_000,
      `${this.engine.name}: the events to be drawn`,
    );
  }

  /** Everything a journey asserts about, read in one go. */
  async state() {
    return this.engine.evaluate(() => {
      const panel = document.querySelector('section#event-panel[data-detail-for]');
      const active = document.activeElement;
      const box = panel?.getBoundingClientRect();
      return {
        search: location.search,
        title: document.querySelector('h1')?.textContent ?? null,
        panelFor: panel?.dataset.detailFor ?? null,
        panelVisible: !!box && box.width > 0 && box.height > 0,
        // The top of the panel's headline is in the window: the reader sees the panel.
        panelInView: !!panel && (() => {
          const h = panel.querySelector('h2').getBoundingClientRect();
          return h.top >= 0 && h.top < innerHeight;
        })(),
        panelText: panel?.textContent ?? '',
        marks: panel ? [...panel.querySelectorAll('mark')].map((m) => m.textContent) : [],
        citations: panel ? panel.querySelectorAll('li.citation').length : 0,
        focus: {
          eventId: active?.dataset?.eventId ?? null,
          role: active?.getAttribute('role') ?? null,
          inPanel: !!panel && panel.contains(active),
          // The focused element is in the window, where the reader can see it.
          inView: !!active && active !== document.body && (() => {
            const r = active.getBoundingClientRect();
            return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
          })(),
          scrollY,
          tag: active?.tagName ?? null,
        },
        essayShown: !!document.querySelector('article.essay'),
      };
    });
  }

  /**
   * Waits until the page has stopped scrolling (a smooth scroll to a panel takes a few hundred
   * ms): the same scroll position in three reads in a row.
   */
  async settle(timeout = 5_000) {
    let last = null;
    let same = 0;
    await waitFor(
      async () => {
        const now = JSON.stringify(await this.engine.evaluate(() => [scrollX, scrollY]));
        same = now === last ? same + 1 : 0;
        last = now;
        return same >= 2;
      },
      timeout,
      `${this.engine.name}: the page to stop scrolling`,
    );
  }

  /** Waits until `predicate(state)` holds and returns that state. */
  async until(predicate, what, timeout = 10_000) {
    return waitFor(
      async () => {
        const s = await this.state();
        return predicate(s) && s;
      },
      timeout,
      `${this.engine.name}: ${what}`,
    ).catch(async (e) => {
      const s = await this.state().catch(() => null);
      if (s) s.panelText = s.panelText.slice(0, 80);
      throw new Error(`${e.message}\n  page state: ${JSON.stringify(s)}`);
    });
  }

  /** Waits for `id`'s panel: shown, with its quote marked and at least one citation. */
  async waitForPanel(id) {
    return this.until(
      (s) => s.panelFor === id && s.panelVisible && s.marks.length > 0 && s.citations > 0,
      `the panel of ${id} with its quote and citations`,
    );
  }

  /** Clicks an event's card once it is scrolled into the middle of the view and the page is
   * still, as a reader brings a card into view and aims at what stays put. (WebKit's driver,
   * left to scroll a card at the window's edge into view itself, sometimes clicks beside it.) */
  async clickEvent(id) {
    await this.engine.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), `[data-event-id="${id}"]`);
    await this.settle();
    await this.engine.click(`[data-event-id="${id}"]`);
  }

  /** Focuses the control just before the strip in tab order, so the next Tab enters it. */
  async focusBeforeStrip() {
    return this.engine.evaluate(() => {
      const tabbable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].filter(
        (el) => el.tabIndex >= 0 && !el.disabled && el.getClientRects().length > 0,
      );
      const first = tabbable.findIndex((el) => el.getAttribute('role') === 'tab');
      const before = tabbable[first - 1];
      before.focus();
      return { before: before.outerHTML.slice(0, 120), focused: document.activeElement === before };
    });
  }

  /** The layout a phone reader gets: the cards' boxes and whether the page scrolls sideways. */
  async layout() {
    return this.engine.evaluate(() => {
      const root = document.documentElement;
      const cards = [...document.querySelectorAll('[data-event-id]')].map((c) => {
        const r = c.getBoundingClientRect();
        return { id: c.dataset.eventId, left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width };
      });
      const axis = document.querySelector('.time-axis');
      return {
        innerWidth,
        clientWidth: root.clientWidth,
        scrollWidth: root.scrollWidth,
        bodyScrollWidth: document.body.scrollWidth,
        axisShown: !!axis && getComputedStyle(axis).display !== 'none',
        cards,
      };
    });
  }
}
