// The comparison's markdown: one table per profile, server and timeline with every page's
// median beside ours as a ratio (ours / theirs), and the issue's targets with verdicts.

// The issue's targets (#20), for the phone profile served with brotli.
export const PHONE_TARGETS = {
  firstEventMs: 800,
  navToPanelMs: 2000,
  clickToPanelMs: 100,
  cls: 0.01,
  repeatFirstEventMs: 400,
  bigFirstEventMs: 2800,
  bigVersusFloor: 1.4,
  longestTaskMs: 200,
};

const ms = (v) => (v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US'));
const FORMATS = {
  ms: (v) => `${ms(v)} ms`,
  cls: (v) => v.toFixed(3),
  kb: (v) => `${(v / 1e3).toFixed(1)} KB`,
  // The long-task API reports only tasks of 50 ms and more.
  task: (v) => (v === 0 ? '< 50 ms' : `${ms(v)} ms`),
};

const ROWS = [
  ['first', 'firstEventMs', 'first event visible', 'ms'],
  ['first', 'clickWorksMs', 'click works', 'ms'],
  ['first', 'clickToPanelMs', 'click → panel', 'ms'],
  ['first', 'navToPanelMs', 'navigation → panel (clicked as soon as a click works)', 'ms'],
  ['first', 'clsLoad', 'CLS, load (navigation → tap)', 'cls'],
  ['first', 'cls', 'CLS (to 1 s after the response)', 'cls'],
  ['first', 'tbtMs', 'TBT (FCP → click works)', 'ms'],
  ['first', 'longestTaskMs', 'longest main-thread task', 'task'],
  ['first', 'transferBytes', 'transferred', 'kb'],
  ['repeat', 'firstEventMs', 'repeat visit: first event visible', 'ms'],
  ['repeat', 'clickWorksMs', 'repeat visit: click works', 'ms'],
  ['repeat', 'clickToPanelMs', 'repeat visit: click → panel', 'ms'],
  ['repeat', 'longestTaskMs', 'repeat visit: longest task', 'task'],
  ['repeat', 'transferBytes', 'repeat visit: transferred (304s and all)', 'kb'],
];

function cellText(cell, visit, key, unit, timeboxMs) {
  const v = cell.median?.[visit]?.[key];
  if (v === Infinity) return `timed out after ${timeboxMs / 1000} s`;
  if (v == null) {
    // The floor page has nothing to click.
    if (cell.page === 'floor' && ['clickWorksMs', 'clickToPanelMs', 'navToPanelMs'].includes(key)) return 'n/a';
    return cell.runs.some((r) => r.first.timedOut || r.repeat?.timedOut) ? 'not reached' : '–';
  }
  return FORMATS[unit](v);
}

/** ours / theirs, as "0.42×"; "< 0.42×" when theirs timed out (slower than the time box). */
function ratioText(ours, theirs, timeboxMs) {
  if (ours == null || theirs == null || ours === Infinity) return '–';
  if (theirs === Infinity) return `< ${(ours / timeboxMs).toFixed(2)}×`;
  if (theirs === 0) return '–';
  return `${(ours / theirs).toFixed(2)}×`;
}

function comparisonTable(cells, timeboxMs) {
  const ours = cells.find((c) => c.page === 'ours');
  const others = cells.filter((c) => c !== ours);
  const head = `| figure (median) | ${cells.map((c) => c.label).join(' | ')} | ${others.map((c) => `ours / ${c.label}`).join(' | ')} |`;
  const sep = `|---|${cells.map(() => '---:').join('|')}|${others.map(() => '---:').join('|')}|`;
  const rows = ROWS.map(([visit, key, what, unit]) => {
    const values = cells.map((c) => cellText(c, visit, key, unit, timeboxMs));
    const ratios = others.map((c) => ratioText(ours?.median?.[visit]?.[key], c.median?.[visit]?.[key], timeboxMs));
    return `| ${what} | ${values.join(' | ')} | ${ratios.join(' | ')} |`;
  });
  const runs = `| runs | ${cells.map((c) => `${c.runs.length}`).join(' | ')} |${others.map(() => ' |').join('')}`;
  const third = `| third-party requests (blocked) | ${cells.map((c) => c.thirdParty.length).join(' | ')} |${others.map(() => ' |').join('')}`;
  return [head, sep, ...rows, third, runs].join('\n');
}

function verdict(measured, target, fmt, timeboxMs) {
  if (measured == null) return { text: 'not measured', met: null };
  if (measured === Infinity) return { text: `missed: timed out after ${timeboxMs / 1000} s`, met: false };
  return measured <= target ? { text: 'met', met: true } : { text: `missed by ${fmt(measured - target)}`, met: false };
}

/** The targets, checked on the phone profile with brotli; null when that was not measured. */
export function phoneTargetChecks(compare) {
  const { timeboxMs } = compare.meta;
  const find = (timeline, page) => compare.cells.find((c) => c.profile === 'phone' && c.server === 'brotli' && c.timeline === timeline && c.page === page);
  const small = find('default', 'ours');
  const big = find('10,000 events', 'ours');
  const floor = find('10,000 events', 'floor');
  if (!small && !big) return null;
  const T = PHONE_TARGETS;
  const get = (cell, visit, key) => cell?.median?.[visit]?.[key] ?? null;
  const check = (what, measured, target, unit) => ({ what, measured, target, unit, ...verdict(measured, target, FORMATS[unit], timeboxMs) });
  const bigFirst = get(big, 'first', 'firstEventMs');
  const floorFirst = get(floor, 'first', 'firstEventMs');
  const versusFloor = bigFirst != null && floorFirst != null && Number.isFinite(floorFirst) ? bigFirst / floorFirst : null;
  return [
    check('default page: first event visible', get(small, 'first', 'firstEventMs'), T.firstEventMs, 'ms'),
    check('default page: a click opens a panel, from navigation', get(small, 'first', 'navToPanelMs'), T.navToPanelMs, 'ms'),
    check('default page: click → panel', get(small, 'first', 'clickToPanelMs'), T.clickToPanelMs, 'ms'),
    check('default page: CLS', get(small, 'first', 'cls'), T.cls, 'cls'),
    check('default page: repeat visit, first event visible', get(small, 'repeat', 'firstEventMs'), T.repeatFirstEventMs, 'ms'),
    check('default page: longest main-thread task', get(small, 'first', 'longestTaskMs'), T.longestTaskMs, 'task'),
    check('10,000 events: first events visible', bigFirst, T.bigFirstEventMs, 'ms'),
    { what: '10,000 events: first events, ours / floor', measured: versusFloor, target: T.bigVersusFloor, unit: 'ratio', ...verdict(versusFloor, T.bigVersusFloor, (v) => `${v.toFixed(2)}×`, timeboxMs) },
    check('10,000 events: click → panel', get(big, 'first', 'clickToPanelMs'), T.clickToPanelMs, 'ms'),
    check('10,000 events: CLS', get(big, 'first', 'cls'), T.cls, 'cls'),
    check('10,000 events: longest main-thread task', get(big, 'first', 'longestTaskMs'), T.longestTaskMs, 'task'),
  ];
}

function targetsTable(checks, timeboxMs) {
  const show = (c, v) => (v == null ? '–' : v === Infinity ? `timed out after ${timeboxMs / 1000} s` : c.unit === 'ratio' ? `${v.toFixed(2)}×` : FORMATS[c.unit](v));
  const rows = checks.map((c) => `| ${c.what} | ≤ ${show(c, c.target)} | ${show(c, c.measured)} | ${c.text} |`);
  return ['| Target (phone, brotli) | target | measured (median) | result |', '|---|---:|---:|---|', ...rows].join('\n');
}

/** The comparison's markdown: its tables, then the targets. */
export function comparisonReport(compare, browserVersion) {
  const { timeboxMs, runs } = compare.meta;
  const out = [];
  const groups = new Map();
  for (const c of compare.cells) {
    const key = `${c.profile}|${c.server}|${c.timeline}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(c);
  }
  for (const [key, cells] of groups) {
    const [profile, server, timeline] = key.split('|');
    out.push(`### ${profile} profile, ${server}, ${timeline} (Chromium ${browserVersion}, median of up to ${runs} runs)`, '', comparisonTable(cells, timeboxMs), '');
  }
  const checks = phoneTargetChecks(compare);
  if (checks) out.push(targetsTable(checks, timeboxMs), '');
  for (const c of compare.cells) {
    if (c.error) out.push(`error: ${c.profile} ${c.server} ${c.timeline} ${c.label}: ${c.error}`);
    else if (c.stopped) out.push(`note: ${c.profile} ${c.server} ${c.timeline} ${c.label}: ${c.stopped}`);
    if (c.pageErrors.length) out.push(`note: ${c.profile} ${c.server} ${c.timeline} ${c.label}: page errors: ${[...new Set(c.pageErrors)].join('; ')}`);
  }
  return { markdown: out.join('\n'), checks };
}
