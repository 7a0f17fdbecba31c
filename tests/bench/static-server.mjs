// A static file server for the benchmark that behaves like a static host: text files are sent
// compressed (brotli quality 11 or gzip level 9, compressed once before the server answers, as
// a host's build step or cache would), with their real Content-Type (application/wasm for
// Wasm, which streaming compilation needs) and `Cache-Control: no-cache` with an ETag, so a
// repeat visit revalidates every file and gets 304s: what a returning reader pays on a host
// that does not mark files immutable. Node only, no dependencies; binds 127.0.0.1.

import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.wasm', '.svg', '.csv', '.txt']);

const ENCODINGS = {
  br: {
    suffix: 'br',
    compress: (buf) =>
      promisify(zlib.brotliCompress)(buf, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
        },
      }),
  },
  gzip: { suffix: 'gz', compress: (buf) => promisify(zlib.gzip)(buf, { level: 9 }) },
};

function listFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? listFiles(p) : d.isFile() ? [p] : [];
  });
}

/**
 * Compresses every text file under `root` once. Brotli at quality 11 takes about 17 s for the
 * 4 MB 10,000-event file, so results are kept in `cacheDir` by content hash and later runs
 * reuse them. Returns Map(absolute path → { body, etag }).
 */
async function precompress(root, encoding, cacheDir) {
  fs.mkdirSync(cacheDir, { recursive: true });
  const out = new Map();
  await Promise.all(
    listFiles(root)
      .filter((f) => COMPRESSIBLE.has(path.extname(f)))
      .map(async (file) => {
        const raw = fs.readFileSync(file);
        const hash = crypto.createHash('sha256').update(raw).digest('hex');
        const cached = path.join(cacheDir, `${hash}.${encoding.suffix}`);
        let body;
        if (fs.existsSync(cached)) {
          body = fs.readFileSync(cached);
        } else {
          body = await encoding.compress(raw);
          fs.writeFileSync(cached, body);
        }
        out.set(file, { body, etag: `"${hash.slice(0, 16)}-${encoding.suffix}"` });
      }),
  );
  return out;
}

/** Whether an Accept-Encoding header allows `name` (listed, and not with q=0). */
function accepts(header = '', name) {
  return header.split(',').some((item) => {
    const [token, ...params] = item.split(';').map((s) => s.trim());
    return token === name && !params.some((p) => /^q=0(\.0*)?$/.test(p));
  });
}

/** Maps a URL path to a file under root, or null when it is outside root or missing. */
function resolve(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(rel));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/**
 * Serves `root` on 127.0.0.1 at a free port. `encoding` is 'br', 'gzip' or 'identity' (no
 * compression). Resolves to { url, encoding, close() } once the server listens.
 */
export async function startServer({ root, encoding = 'identity', cacheDir }) {
  root = path.resolve(root);
  const enc = ENCODINGS[encoding] ?? null;
  if (!enc && encoding !== 'identity') throw new Error(`unknown encoding ${encoding}`);
  const compressed = enc ? await precompress(root, enc, cacheDir) : new Map();

  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url, 'http://127.0.0.1');
    let file = resolve(root, url.pathname);
    let stat = file && fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
      stat = fs.statSync(file, { throwIfNoEntry: false });
    }
    if (!stat?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    const ext = path.extname(file);
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    const variant = compressed.get(file);
    let body;
    if (variant && accepts(req.headers['accept-encoding'], encoding)) {
      body = variant.body;
      headers['Content-Encoding'] = encoding;
      headers.ETag = variant.etag;
    } else {
      body = fs.readFileSync(file);
      headers.ETag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    }
    if (COMPRESSIBLE.has(ext) && enc) headers.Vary = 'Accept-Encoding';
    if (req.headers['if-none-match'] === headers.ETag) {
      delete headers['Content-Type'];
      delete headers['Content-Encoding'];
      res.writeHead(304, headers).end();
      return;
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    encoding,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
