// The phone comparison: our app, TimelineJS, vis-timeline and the floor page, each on the
// shipped Korea timeline and on 10,000 generated events, served with brotli and with gzip,
// under the phone profile. Runs are interleaved (every page once per run, the order turned
// each run) so the machine's noise falls on all pages alike; a page whose visit runs past the
// time box gets no more runs.

import { PAGES } from './competitors.mjs';
import { PROFILES } from './profiles.mjs';
import { startServer } from './static-server.mjs';
import { visitTwice } from './visit.mjs';

// Server names (BENCH_SERVERS) → Content-Encoding.
const ENCODING_OF = { brotli: 'br', gzip: 'gzip' };

export const COMPARE_TIMELINES = [
  { name: 'default', file: 'timelines/korea-1945-1950.json', stem: 'korea-1945-1950', shipped: true },
  { name: '10,000 events', file: 'bench/events-10000.json', stem: 'events-10000', shipped: false },
];

const FIGURES = ['firstEventMs', 'clickWorksMs', 'clickToPanelMs', 'navToPanelMs', 'clsLoad', 'cls', 'tbtMs', 'longestTaskMs', 'transferBytes', 'requests'];
// A visit that timed out in a phase keeps what it measured before; it is slower than the time
// box (Infinity) for the times from navigation of that phase and the later ones, and for
// click → panel if the response timed out; its other figures were not reached (null).
const PHASES = ['first event', 'click works', 'response', 'settle'];
const FROM_NAVIGATION = { firstEventMs: 0, clickWorksMs: 1, navToPanelMs: 2, clickToPanelMs: 2 };

/** The median, where a timed-out visit counts as slower than any measured one (Infinity). */
function median(values) {
  const v = values.filter((x) => x != null).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = (v.length - 1) / 2;
  return v[Math.floor(mid)] === Infinity || v[Math.ceil(mid)] === Infinity ? Infinity : (v[Math.floor(mid)] + v[Math.ceil(mid)]) / 2;
}

function figuresOf(visit) {
  if (!visit.timedOut) return Object.fromEntries(FIGURES.map((k) => [k, visit[k]]));
  const phase = PHASES.indexOf(visit.timedOut);
  const slower = (k) => k in FROM_NAVIGATION && FROM_NAVIGATION[k] >= phase && (k !== 'clickToPanelMs' || phase === 2);
  return Object.fromEntries(FIGURES.map((k) => [k, visit[k] ?? (slower(k) ? Infinity : null)]));
}

function summarise(cell) {
  const visits = (which) => cell.runs.map((r) => r[which]).filter(Boolean);
  const med = (which) => {
    const figs = visits(which).map(figuresOf);
    return figs.length ? Object.fromEntries(FIGURES.map((k) => [k, median(figs.map((f) => f[k]))])) : null;
  };
  return { first: med('first'), repeat: med('repeat') };
}

/**
 * Runs the comparison in `browser` over SITE (`root`). Returns { meta, cells }: one cell per
 * profile, server, timeline and page, with every run and the medians.
 */
export async function runComparison(browser, { root, cacheDir, profiles, servers, competitors, runs, timeboxMs }) {
  const pages = PAGES.filter((p) => competitors || p.name === 'ours' || p.name === 'floor');
  const started = {};
  for (const s of servers) {
    if (!ENCODING_OF[s]) throw new Error(`unknown server ${s} (known: ${Object.keys(ENCODING_OF).join(', ')})`);
    process.stderr.write(`starting the ${s} server (compressing the site once) … `);
    started[s] = await startServer({ root, encoding: ENCODING_OF[s], cacheDir });
    process.stderr.write(`${started[s].url}\n`);
  }
  const cells = [];
  for (const profile of profiles.map((p) => PROFILES[p])) {
    for (const server of servers) {
      for (const timeline of COMPARE_TIMELINES) {
        for (const page of pages) {
          cells.push({ profile: profile.name, server, timeline: timeline.name, page: page.name, label: page.label, url: started[server].url + page.url(timeline), sel: page, runs: [], thirdParty: [], pageErrors: [] });
        }
      }
    }
  }
  try {
    // One unrecorded visit of each page, so the browser's own start-up is in none of the runs.
    for (const page of pages) {
      const url = started[servers[0]].url + page.url(COMPARE_TIMELINES[0]);
      await visitTwice(browser, { url, sel: page, profile: PROFILES.desktop, timeboxMs: 30_000 }).catch(() => {});
    }
    for (let run = 1; run <= runs; run++) {
      const order = cells.map((_, i) => cells[(i + (run - 1) * 3) % cells.length]);
      for (const cell of order) {
        if (cell.stopped) continue;
        const profile = PROFILES[cell.profile];
        const t = Date.now();
        process.stderr.write(`run ${run}/${runs} ${cell.profile} ${cell.server} ${cell.timeline} ${cell.label} … `);
        let r;
        try {
          r = await visitTwice(browser, { url: cell.url, sel: cell.sel, profile, timeboxMs });
        } catch (e) {
          // The page cannot be measured (it broke, or shows nothing to tap): say so, go on.
          cell.error = cell.stopped = String(e.message ?? e).split('\n')[0];
          process.stderr.write(`error: ${cell.error}\n`);
          continue;
        }
        cell.runs.push({ first: r.first, repeat: r.repeat });
        cell.thirdParty.push(...r.thirdParty);
        cell.pageErrors.push(...r.pageErrors);
        const timedOut = r.first.timedOut ?? r.repeat?.timedOut;
        if (timedOut) cell.stopped = `run ${run}: ${timedOut} timed out after ${timeboxMs / 1000} s; no more runs`;
        process.stderr.write(
          `first event ${fmt(r.first.firstEventMs)} ms, click → panel ${fmt(r.first.clickToPanelMs)} ms, repeat ${fmt(r.repeat?.firstEventMs)} ms` +
            `${timedOut ? `, timed out: ${timedOut}` : ''}${r.thirdParty.length ? `, ${r.thirdParty.length} third-party requests` : ''}` +
            ` (${((Date.now() - t) / 1000).toFixed(1)} s)\n`,
        );
      }
    }
  } finally {
    for (const s of Object.values(started)) await s.close();
  }
  for (const cell of cells) {
    cell.median = summarise(cell);
    delete cell.sel;
  }
  return { meta: { runs, timeboxMs, profiles, servers, pages: pages.map((p) => p.label) }, cells };
}

const fmt = (v) => (v == null ? '–' : Math.round(v).toString());
