// A small compressing static server for benchmarks: it serves a Docusaurus build the way a real host or CDN
// would (compressed, cacheable assets), so Lighthouse measures the site and not a naive dev server.
//
// - Compression: brotli when the client accepts `br`, else gzip when it accepts `gzip`, else identity.
//   Compressed bodies are cached in memory per file, so repeated Lighthouse runs do not pay compression time.
// - Clean URLs as Docusaurus emits them with trailingSlash: false: `/docs/x` → `docs/x.html`, or
//   `docs/x/index.html`; `/` → `index.html`. Misses get `404.html` with status 404.
// - Cache headers: hashed assets (`/assets/...` and files whose name carries a content hash) are immutable for a
//   year; HTML and everything else must revalidate.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import {promisify} from 'node:util';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// Already-compressed formats gain nothing from another pass.
const INCOMPRESSIBLE = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.woff', '.woff2']);

const HASHED_NAME = /[.-][0-9a-f]{8,}\.[a-z0-9]+$/i;

/** Pick the encoding for an Accept-Encoding header: brotli first, then gzip, else identity. */
export function chooseEncoding(acceptEncoding) {
  const accepted = String(acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || Number.parseFloat(q.split('=')[1] ?? '1') > 0)
    .map(([name]) => name.toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return 'identity';
}

async function isFile(filePath) {
  try {
    return (await fs.stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/** Map a URL path to a file under root, the way a host serving a Docusaurus build does; null on a miss. */
export async function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const target = path.normalize(path.join(root, decoded));
  if (target !== root && !target.startsWith(root + path.sep)) return null; // no escaping the root
  const candidates = decoded.endsWith('/')
    ? [path.join(target, 'index.html')]
    : [target, `${target}.html`, path.join(target, 'index.html')];
  for (const candidate of candidates) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
}

/**
 * Start the server. Resolves to {url, port, close(), stats} once listening on 127.0.0.1.
 * `stats` counts bytes sent per encoding, handy to sanity-check that compression is on.
 */
export async function startStaticServer({root, port = 0, host = '127.0.0.1'}) {
  const absRoot = path.resolve(root);
  const cache = new Map(); // `${file}|${encoding}` → Buffer
  const stats = {requests: 0, bytes: {br: 0, gzip: 0, identity: 0}};

  async function body(file, encoding) {
    const key = `${file}|${encoding}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const raw = await fs.readFile(file);
    let out = raw;
    if (encoding === 'br') {
      out = await brotli(raw, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      });
    } else if (encoding === 'gzip') {
      out = await gzip(raw, {level: 9});
    }
    cache.set(key, out);
    return out;
  }

  const server = http.createServer(async (req, res) => {
    stats.requests += 1;
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, {Allow: 'GET, HEAD'}).end();
        return;
      }
      const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
      let file = await resolveFile(absRoot, urlPath);
      let status = 200;
      if (!file) {
        status = 404;
        file = path.join(absRoot, '404.html');
        if (!(await isFile(file))) {
          res.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'}).end('Not found');
          return;
        }
      }
      const ext = path.extname(file).toLowerCase();
      const encoding = INCOMPRESSIBLE.has(ext) ? 'identity' : chooseEncoding(req.headers['accept-encoding']);
      const data = await body(file, encoding);
      const hashed = urlPath.startsWith('/assets/') || HASHED_NAME.test(path.basename(file));
      const headers = {
        'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'Content-Length': data.length,
        'Cache-Control': hashed && status === 200 ? 'public, max-age=31536000, immutable' : 'no-cache',
        Vary: 'Accept-Encoding',
        'X-Content-Type-Options': 'nosniff',
      };
      if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
      res.writeHead(status, headers);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      stats.bytes[encoding] += data.length;
      res.end(data);
    } catch (error) {
      res.writeHead(500, {'Content-Type': 'text/plain; charset=utf-8'}).end(String(error));
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    port: actualPort,
    stats,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

// `node scripts/lib/static-server.mjs [dir] [port]` serves a build by hand (e.g. for screenshots).
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] ?? 'build';
  const port = Number(process.argv[3] ?? 3201);
  const {url} = await startStaticServer({root, port});
  console.log(`serving ${path.resolve(root)} at ${url} (brotli/gzip per Accept-Encoding)`);
}
