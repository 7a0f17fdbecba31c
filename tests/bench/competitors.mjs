// The pages the phone comparison measures, and the part of the bench site they need: our app
// (already in SITE/timeline), TimelineJS and vis-timeline from their npm packages, and a bare
// floor page. Each page is described by the selectors its figures are read from (see
// visit.mjs): `event` an event's element, `interactive` present once a click works, `tap` what
// is tapped, and `response` the element and attribute whose value a click changes.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { toTimelineJs, toVisItems } from './convert.mjs';

const require = createRequire(import.meta.url);
const pkgDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const PAGES_DIR = new URL('./pages/', import.meta.url);

export const PAGES = [
  {
    name: 'ours',
    label: 'ours',
    // `?src=` for a file other than the shipped one, as a reader would link it.
    url: (t) => `timeline/${t.shipped ? '' : `?src=${t.file}`}`,
    // The pre-rendered first paint's cards (in #prerender) count as soon as they are painted;
    // a click works once the app's own root, the body's child, holds its cards.
    event: '.event-card',
    interactive: 'body > .app .event-card',
    tap: 'body > .app .event-card',
    response: { selector: '[data-detail-for]', attr: 'data-detail-for' },
  },
  {
    name: 'timelinejs',
    label: 'TimelineJS 3.9.11',
    url: (t) => `compare/timelinejs.html?data=data/${t.stem}.timelinejs.json`,
    // A marker's own box is 0 px wide; its content box is what shows and takes the tap.
    event: '.tl-timemarker-content-container',
    interactive: 'body[data-ready] .tl-timemarker',
    tap: '.tl-timemarker-content-container',
    response: { selector: 'body', attr: 'data-selected' },
  },
  {
    name: 'vis',
    label: 'vis-timeline 8.5.4',
    url: (t) => `compare/vis-timeline.html?data=data/${t.stem}.vis.json`,
    event: '.vis-item-content',
    interactive: 'body[data-ready] .vis-item-content',
    tap: '.vis-item.vis-box, .vis-item.vis-range, .vis-item.vis-point',
    response: { selector: 'body', attr: 'data-selected' },
  },
  {
    name: 'floor',
    label: 'floor',
    // The same file as ours, fetched and drawn as plain divs; nothing to click.
    url: (t) => `compare/floor.html?data=../timeline/${t.file}`,
    event: '.floor-event',
    interactive: null,
    tap: null,
    response: null,
  },
];

function copy(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.cpSync(from, to, { recursive: true });
}

/**
 * Writes SITE/compare: the competitor pages, their libraries' dist files (no CDN), and each
 * timeline converted to their formats. `timelines` are { file, stem } with `file` relative to
 * SITE/timeline.
 */
export function buildCompetitorSite(site, timelines) {
  const out = path.join(site, 'compare');
  fs.rmSync(out, { recursive: true, force: true });
  for (const page of fs.readdirSync(PAGES_DIR)) copy(new URL(page, PAGES_DIR), path.join(out, page));
  const tl = path.join(pkgDir('@knight-lab/timelinejs'), 'dist');
  copy(path.join(tl, 'js/timeline.js'), path.join(out, 'lib/timelinejs/js/timeline.js'));
  copy(path.join(tl, 'css/timeline.css'), path.join(out, 'lib/timelinejs/css/timeline.css'));
  copy(path.join(tl, 'css/icons'), path.join(out, 'lib/timelinejs/css/icons'));
  const vis = pkgDir('vis-timeline');
  copy(path.join(vis, 'standalone/umd/vis-timeline-graph2d.min.js'), path.join(out, 'lib/vis-timeline/vis-timeline-graph2d.min.js'));
  copy(path.join(vis, 'styles/vis-timeline-graph2d.min.css'), path.join(out, 'lib/vis-timeline/vis-timeline-graph2d.min.css'));
  fs.mkdirSync(path.join(out, 'data'), { recursive: true });
  for (const t of timelines) {
    const doc = JSON.parse(fs.readFileSync(path.join(site, 'timeline', t.file), 'utf8'));
    fs.writeFileSync(path.join(out, 'data', `${t.stem}.timelinejs.json`), JSON.stringify(toTimelineJs(doc)));
    fs.writeFileSync(path.join(out, 'data', `${t.stem}.vis.json`), JSON.stringify(toVisItems(doc)));
  }
}
