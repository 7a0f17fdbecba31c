// One measured visit of a page, and a repeat visit of it in the same browser context, under
// a profile (profiles.mjs). The page is described by its selectors (competitors.mjs). Times
// are performance.now() in the page, from navigation start.
//
// - first event visible: the first frame in which an `event` element is laid out inside the
//   viewport, found by looking at each frame once a MutationObserver has seen one in the DOM;
//   its time is taken in the task just after that frame's requestAnimationFrame.
// - click works: the first moment the `interactive` selector matches.
// - click → panel: the tap is made as soon as a click works, on the first `tap` element whose
//   centre (of its part in view) hits it, once it has stayed in place for two frames; from
//   the tap's pointerdown timestamp to the task just after the frame in which the `response`
//   attribute has a new value.
// - CLS: layout-shift entries without recent input, summed, from navigation to 1 s after the
//   response (or, with nothing to click, after the first event visible), as Chrome counts
//   them: a shift more than 500 ms after the tap counts (TimelineJS's 1 s slide does). "Load"
//   CLS stops at the tap.
// - TBT: the long tasks' time over 50 ms between first contentful paint and "click works" (or
//   the first event visible), each task clipped to that span as Lighthouse clips it.
// - longest task: the longest main-thread task (long tasks are those of 50 ms or more).

import { press, throttle } from './profiles.mjs';

// How long the page is watched after its response, for late layout shifts.
const SETTLE_MS = 1000;

/** Installed before any page script. `sel` is the page's selectors. */
function instrument(sel) {
  const b = (window.__visit = {
    firstSeen: null,
    firstVisible: null,
    clickWorks: null,
    armed: false,
    inputAt: null,
    responseBefore: null,
    responseSeen: false,
    responseShown: null,
    longTasks: [],
    shifts: [],
  });
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      // An entry type this browser lacks: its figure stays empty.
    }
  };
  observe('longtask', (e) => b.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) b.shifts.push({ start: e.startTime, value: e.value });
  });
  const afterFrame = (fn) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => fn(performance.now());
      ch.port2.postMessage(0);
    });
  /** The part of `el` inside the viewport, or null when none of it is (or it is hidden). */
  b.visibleRect = (el) => {
    const r = el.getBoundingClientRect();
    const left = Math.max(r.left, 0);
    const top = Math.max(r.top, 0);
    const right = Math.min(r.right, innerWidth);
    const bottom = Math.min(r.bottom, innerHeight);
    if (right <= left || bottom <= top) return null;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return null;
    return { left, top, right, bottom };
  };
  const lookForVisible = () =>
    afterFrame((now) => {
      const nodes = document.querySelectorAll(sel.event);
      for (let i = 0; i < nodes.length; i++) {
        if (b.visibleRect(nodes[i])) {
          b.firstVisible = now;
          return;
        }
      }
      lookForVisible();
    });
  b.response = () => (sel.response ? document.querySelector(sel.response.selector)?.getAttribute(sel.response.attr) ?? null : null);
  addEventListener(
    'pointerdown',
    (e) => {
      if (b.armed && b.inputAt === null) b.inputAt = e.timeStamp;
    },
    { capture: true },
  );
  // Only what a mutation added is searched, so watching a page that inserts tens of
  // thousands of nodes one by one (vis-timeline) costs it little.
  const added = (records, selector) =>
    records.some((r) =>
      r.type === 'attributes'
        ? document.querySelector(selector)
        : [...r.addedNodes].some((n) => n.nodeType === 1 && (n.matches(selector) || n.querySelector(selector))),
    );
  const check = (records) => {
    if (b.firstSeen === null && added(records, sel.event)) {
      b.firstSeen = performance.now();
      lookForVisible();
    }
    if (sel.interactive && b.clickWorks === null && added(records, sel.interactive)) b.clickWorks = performance.now();
    if (b.inputAt !== null && !b.responseSeen) {
      const value = b.response();
      if (value !== null && value !== b.responseBefore) {
        b.responseSeen = true;
        afterFrame((now) => {
          b.responseShown = now;
        });
      }
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-ready', ...(sel.response ? [sel.response.attr] : [])],
  });
}

/**
 * In the page: the point to tap on the first `tap` element that a tap there would hit, once
 * that element has stayed in place for two frames (a page still laying itself out after
 * "click works" would move it under the finger, and the tap would miss).
 */
async function pickTarget(tapSelector) {
  const b = window.__visit;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const find = () => {
    for (const el of document.querySelectorAll(tapSelector)) {
      const r = b.visibleRect(el);
      if (!r) continue;
      const x = (r.left + r.right) / 2;
      const y = (r.top + r.bottom) / 2;
      if (el.contains(document.elementFromPoint(x, y))) return { el, x, y };
    }
    return null;
  };
  for (let before = find(); before; ) {
    await frame();
    await frame();
    const now = find();
    if (now && now.el === before.el && Math.abs(now.x - before.x) < 0.5 && Math.abs(now.y - before.y) < 0.5) {
      b.responseBefore = b.response();
      b.armed = true;
      return { x: now.x, y: now.y };
    }
    before = now;
  }
  return null;
}

function readVisit() {
  const b = window.__visit;
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  return {
    firstVisible: b.firstVisible,
    clickWorks: b.clickWorks,
    inputAt: b.inputAt,
    responseShown: b.responseShown,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    longTasks: b.longTasks,
    shifts: b.shifts,
    transferBytes: (nav?.transferSize ?? 0) + resources.reduce((s, r) => s + r.transferSize, 0),
    requests: 1 + resources.length,
  };
}

class Timeout extends Error {}

/**
 * `promise`, or a Timeout at `deadline` (Date.now() time). Playwright's own timeouts run in
 * the page, so a page stuck in one long task would hold them (and the bench) for minutes.
 */
function by(deadline, promise) {
  promise.catch(() => {}); // it rejects later, when the context is closed
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout('time box')), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * Waits until the page's `__visit[key]` is set, failing when the page's clock passes
 * `limitMs` first (a page that answers late) or Date.now() passes `deadline` (one that does
 * not answer).
 */
async function waitFor(page, key, limitMs, deadline, polling = 50) {
  const handle = page.waitForFunction(
    ({ key, limitMs }) => {
      const v = window.__visit?.[key];
      if (v != null) return { v };
      return performance.now() > limitMs ? { v: null } : false;
    },
    { key, limitMs },
    { timeout: 0, polling },
  );
  const { v } = await by(deadline, handle.then((h) => h.jsonValue()));
  if (v == null) throw new Timeout(key);
  return v;
}

/** Total blocking time between `from` and `to`: each task clipped to the span, less 50 ms. */
function blockingTime(tasks, from, to) {
  let total = 0;
  for (const t of tasks) {
    const clipped = Math.min(t.start + t.duration, to) - Math.max(t.start, from);
    if (clipped > 50) total += clipped - 50;
  }
  return total;
}

/** Navigates and measures one visit. A phase that runs past the time box ends the visit. */
async function measure(page, sel, profile, url, timeboxMs) {
  // Slack for the page's clock starting a little after this one.
  const deadline = Date.now() + timeboxMs + 2000;
  const phases = ['first event'];
  // What was measured before a phase timed out is kept.
  const got = {};
  try {
    await by(deadline, page.goto(url, { waitUntil: 'commit', timeout: 0 }));
    got.firstEventMs = await waitFor(page, 'firstVisible', timeboxMs, deadline);
    if (sel.interactive) {
      phases.push('click works');
      got.clickWorksMs = await waitFor(page, 'clickWorks', timeboxMs, deadline, 'raf');
      phases.push('response');
      const respondBy = Date.now() + timeboxMs;
      const target = await by(respondBy, page.evaluate(pickTarget, sel.tap));
      if (!target) throw new Error(`nothing to tap: no "${sel.tap}" in view that a tap would hit`);
      await by(respondBy, press(page, profile, target));
      await waitFor(page, 'responseShown', got.clickWorksMs + timeboxMs, respondBy);
    }
    phases.push('settle');
    const settleBy = Date.now() + SETTLE_MS + timeboxMs;
    const end = await by(settleBy, page.evaluate((settle) => (window.__visit.responseShown ?? window.__visit.firstVisible) + settle, SETTLE_MS));
    await by(settleBy, page.waitForFunction((end) => performance.now() >= end, end, { timeout: 0, polling: 100 }));
    const v = await by(settleBy, page.evaluate(readVisit));
    const shifts = (to) => v.shifts.filter((s) => s.start < to).reduce((sum, s) => sum + s.value, 0);
    return {
      firstEventMs: v.firstVisible,
      clickWorksMs: v.clickWorks,
      clickToPanelMs: v.responseShown != null ? v.responseShown - v.inputAt : null,
      navToPanelMs: v.responseShown,
      clsLoad: shifts(v.inputAt ?? end),
      cls: shifts(end),
      tbtMs: v.fcp != null ? blockingTime(v.longTasks, v.fcp, v.clickWorks ?? v.firstVisible) : null,
      longestTaskMs: v.longTasks.filter((t) => t.start < end).reduce((max, t) => Math.max(max, t.duration), 0),
      transferBytes: v.transferBytes,
      requests: v.requests,
    };
  } catch (e) {
    if (!(e instanceof Timeout)) throw e;
    return { ...got, timedOut: phases.at(-1), timedOutAfterMs: timeboxMs };
  }
}

/**
 * A first visit in a fresh context (cold cache), then a repeat visit in the same context.
 * Requests to anything but 127.0.0.1 are counted (the browser's resolver blocks them).
 */
export async function visitTwice(browser, { url, sel, profile, timeboxMs }) {
  const context = await browser.newContext({ ...profile.context, serviceWorkers: 'block' });
  const thirdParty = [];
  const pageErrors = [];
  try {
    const page = await context.newPage();
    page.on('request', (r) => {
      if (/^(https?|wss?):/.test(r.url()) && new URL(r.url()).hostname !== '127.0.0.1') thirdParty.push(r.url());
    });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await throttle(page, profile);
    await page.addInitScript(instrument, sel);
    const first = await measure(page, sel, profile, url, timeboxMs);
    const repeat = first.timedOut ? null : await measure(page, sel, profile, url, timeboxMs);
    return { first, repeat, thirdParty, pageErrors };
  } finally {
    await context.close().catch(() => {});
  }
}
