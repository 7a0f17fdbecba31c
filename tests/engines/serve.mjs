// A static server for the engine tests: the built site (target/site) on two origins,
// 127.0.0.1:PORT and localhost:PORT+1 (the host page embeds the app from the second), both bound
// to 127.0.0.1. It also serves the timeline files of tests/e2e/fixtures and
// tests/engines/fixtures under /timeline/fixtures/, and the engine checks' own pages under
// /engine-checks/, so nothing is copied into the built tree. It can also play a network that
// is down for one browser (`/__network?down=Firefox/`), for the offline journey.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const site = path.resolve(process.env.SITE_DIR ?? path.join(root, 'target/site'));
const port = Number(process.env.PORT ?? 4173);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// URL prefix → the folders it is served from, first match wins.
const MOUNTS = [
  ['/timeline/fixtures/', [path.join(root, 'tests/e2e/fixtures'), path.join(here, 'fixtures')]],
  ['/engine-checks/', [path.join(here, 'pages')]],
  ['/', [site]],
];

function resolveFile(urlPath) {
  for (const [prefix, dirs] of MOUNTS) {
    if (!urlPath.startsWith(prefix)) continue;
    let rest = urlPath.slice(prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    for (const dir of dirs) {
      const file = path.resolve(dir, rest);
      if (file !== dir && !file.startsWith(dir + path.sep)) return null;
      try {
        const stat = statSync(file);
        if (stat.isFile()) return file;
        if (stat.isDirectory()) return { redirect: urlPath + '/' };
      } catch {
        // Not in this folder: try the next.
      }
    }
    return null;
  }
  return null;
}

/** The server acts as a network that is down for the browsers named here: each request whose
 * User-Agent holds one of these texts has its connection dropped unanswered. The two engines
 * run at once, so each is taken offline alone: `/__network?down=TEXT` adds one,
 * `/__network?up=TEXT` removes it; only the tests call that. */
const downFor = new Set();

function handler(req, res) {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (urlPath === '/__network') {
    const query = new URL(req.url, 'http://127.0.0.1').searchParams;
    if (query.get('down')) downFor.add(query.get('down'));
    if (query.get('up')) downFor.delete(query.get('up'));
    res.writeHead(204).end();
    return;
  }
  const agent = req.headers['user-agent'] ?? '';
  if ([...downFor].some((text) => agent.includes(text))) {
    req.socket.destroy();
    return;
  }
  const found = resolveFile(urlPath);
  if (found && typeof found === 'object') {
    res.writeHead(301, { Location: found.redirect }).end();
    return;
  }
  if (!found) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(found)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(found).pipe(res);
}

statSync(path.join(site, 'timeline/index.html'));
for (const p of [port, port + 1]) {
  createServer(handler)
    .on('error', (e) => {
      console.error(`serve.mjs: cannot listen on 127.0.0.1:${p}: ${e.message}`);
      process.exit(1);
    })
    .listen(p, '127.0.0.1', () => console.log(`serving ${site} on http://127.0.0.1:${p}/`));
}
