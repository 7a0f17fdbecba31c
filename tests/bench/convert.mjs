// Our timeline format (docs/format.md) converted to each competitor's native input, so every
// page is fed the same events: TimelineJS's JSON (slides with start_date/end_date parts) and
// vis-timeline's items (start/end instants). Dates are converted at the precision they have;
// the words shown for a date are ours ("autumn 1945"), so every page shows the same words.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
// Season → [first month, last month]; winter runs into the next year.
const SEASONS = {
  early: [1, 4],
  spring: [3, 5],
  mid: [5, 8],
  summer: [6, 8],
  autumn: [9, 11],
  late: [9, 12],
  winter: [12, 2],
};

const yearWords = (y) => (y < 1 ? `${1 - y} BCE` : String(y));
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A date string of the format: its precision, first and last day, and how readers see it. */
export function parseDate(text) {
  const m = /^(-?\d+)(?:-(\d{2})(?:-(\d{2}))?|-([a-z]+))?$/.exec(text);
  if (!m) throw new Error(`not a date of the format: ${text}`);
  const year = Number(m[1]);
  if (m[3]) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    const d = { year, month, day };
    return { precision: 'day', first: d, last: d, words: `${day} ${MONTHS[month - 1]} ${yearWords(year)}` };
  }
  if (m[2]) {
    const month = Number(m[2]);
    return {
      precision: 'month',
      first: { year, month, day: 1 },
      last: { year, month, day: daysIn(year, month) },
      words: `${MONTHS[month - 1]} ${yearWords(year)}`,
    };
  }
  if (m[4]) {
    const [from, to] = SEASONS[m[4]] ?? [];
    if (!from) throw new Error(`not a season of the format: ${text}`);
    const endYear = to < from ? year + 1 : year;
    const words = m[4] === 'winter' ? `winter ${yearWords(year)}–${String(endYear).slice(-2)}` : `${m[4]} ${yearWords(year)}`;
    return {
      precision: 'season',
      first: { year, month: from, day: 1 },
      last: { year: endYear, month: to, day: daysIn(endYear, to) },
      words,
    };
  }
  return { precision: 'year', first: { year, month: 1, day: 1 }, last: { year, month: 12, day: 31 }, words: yearWords(year) };
}

const eventWords = (e) => {
  const start = parseDate(e.date);
  return e.end ? `${start.words} – ${parseDate(e.end).words}` : start.words;
};

/** TimelineJS date parts at the date's precision (a season as its first or last month). */
function slideDate(date, edge) {
  const d = date[edge];
  if (date.precision === 'day') return { year: d.year, month: d.month, day: d.day };
  if (date.precision === 'year') return { year: d.year };
  return { year: d.year, month: d.month };
}

/** What the event rests on, as the slide's text: its quotes. */
const quotesHtml = (e) =>
  (e.passages ?? []).map((p) => `<p>“${p.quote.replace(/&/g, '&amp;').replace(/</g, '&lt;')}”</p>`).join('');

/** TimelineJS's JSON format (timeline.knightlab.com/docs/json-format.html). */
export function toTimelineJs(doc) {
  return {
    title: { text: { headline: doc.title, text: doc.subtitle ?? '' } },
    events: doc.events.map((e) => {
      const slide = {
        unique_id: e.id,
        start_date: slideDate(parseDate(e.date), 'first'),
        display_date: eventWords(e),
        text: { headline: e.headline, text: quotesHtml(e) },
      };
      if (e.end) slide.end_date = slideDate(parseDate(e.end), 'last');
      return slide;
    }),
  };
}

const isoDay = ({ year, month, day }) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** vis-timeline items: a point at the first day, or a range to the end's last day. */
export function toVisItems(doc) {
  return {
    title: doc.title,
    items: doc.events.map((e) => {
      const item = { id: e.id, content: e.headline, start: isoDay(parseDate(e.date).first), title: eventWords(e) };
      if (e.end) item.end = isoDay(parseDate(e.end).last);
      return item;
    }),
  };
}
