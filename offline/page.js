// The page's side of working offline: registers the service worker Workbox generates
// (scripts/make-offline.mjs) and, when a new deployment has installed beside the running one,
// says so instead of swapping files under the reader. index.html imports this bundle once the
// page has loaded, so it never delays the first paint.
import { Workbox } from 'workbox-window';
import english from '../locales/en/offline.json';
import korean from '../locales/ko/offline.json';

/** The banner's words in the page's language (index.html is English, ko.html Korean). */
const WORDS = { en: english, ko: korean }[document.documentElement.lang] ?? english;

const BANNER_ID = 'update-banner';

/** "A new version is available — Reload", in the page's flow (never over its content, nor
 * over a host page when embedded), announced politely, its button reachable by keyboard. */
function offerReload(onReload) {
  if (document.getElementById(BANNER_ID)) return;
  const banner = document.createElement('div');
  banner.id = BANNER_ID;
  banner.className = 'update-banner';
  banner.setAttribute('role', 'status');
  const text = document.createElement('span');
  text.textContent = WORDS.new_version;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = WORDS.reload;
  button.addEventListener('click', () => {
    button.disabled = true;
    onReload();
  });
  banner.append(text, ' ', button);
  document.body.prepend(banner);
}

/** The timeline this page opened before the worker controlled it is fetched again through
 * the worker, which keeps a copy, so a first visit's `?src=` file opens offline too. */
function keepOpenedTimeline() {
  const query = new URLSearchParams(location.search);
  const src = (query.get('src') ?? query.get('source'))?.replace(/[\t\n\r]/g, '').trim();
  if (!src) return;
  let url;
  try {
    url = new URL(src, location.href);
  } catch {
    return;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') fetch(url).catch(() => {});
}

function start() {
  if (!('serviceWorker' in navigator)) return;
  const worker = new Workbox('sw.js');
  let reloading = false;
  worker.addEventListener('waiting', () => {
    offerReload(() => {
      reloading = true;
      worker.messageSkipWaiting();
    });
  });
  worker.addEventListener('controlling', (event) => {
    if (!event.isUpdate) keepOpenedTimeline();
    else if (reloading) location.reload();
    // Another tab took the new version: this one still runs the old, so it offers the reload.
    else offerReload(() => location.reload());
  });
  // A browser that refuses service workers (private windows, some policies) reads online.
  worker.register().catch(() => {});
}

start();
