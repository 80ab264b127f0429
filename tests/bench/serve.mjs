#!/usr/bin/env node
// The production build served as a CDN serves it, for the start-up benchmarks (lighthouse.mjs,
// throttled.mjs): text compressed (brotli when the browser takes it, else gzip), hashed files under
// /assets/ cached for a year as immutable, the page and the service worker revalidated every time.
// `vite preview` sends neither compression nor cache headers, and Lighthouse reads it ~20 points lower.
//
//   node tests/bench/serve.mjs [--port 4340] [--dir dist]
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};
// Already compressed formats (woff2, png, jpg) are sent as they are.
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.webmanifest',
  '.svg',
  '.wasm',
  '.txt',
]);

function cacheControl(path) {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (path === '/index.html' || path === '/sw.js') return 'no-cache';
  // Other files at the top (icons, manifest, workbox runtime) keep their names across builds.
  return 'public, max-age=3600';
}

/**
 * Serves `dir` on 127.0.0.1:`port`. Every compressed body is made before the server listens and
 * kept, as a CDN's edge keeps them, so the server's own CPU (on a loaded machine) stays out of the
 * timings.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveBuild({ dir, port }) {
  const root = normalize(dir);
  const cache = new Map();
  const body = (file, encoding) => {
    const key = `${file}\0${encoding}`;
    let data = cache.get(key);
    if (!data) {
      const raw = readFileSync(file);
      data =
        encoding === 'br'
          ? brotliCompressSync(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: raw.length > 1_000_000 ? 6 : 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            })
          : encoding === 'gzip'
            ? gzipSync(raw, { level: 9 })
            : raw;
      cache.set(key, data);
    }
    return data;
  };

  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.has(extname(entry.name))) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    body(file, 'br');
    body(file, 'gzip');
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      // not there
    }
    if (!isFile) {
      // A navigation to an unknown path gets the app (as the service worker's navigateFallback does).
      if (extname(path) === '' && req.headers.accept?.includes('text/html')) {
        path = '/index.html';
        file = join(root, 'index.html');
      } else {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
    }
    const ext = extname(file);
    const accepts = String(req.headers['accept-encoding'] ?? '');
    const encoding = !COMPRESSIBLE.has(ext)
      ? undefined
      : /\bbr\b/.test(accepts)
        ? 'br'
        : /\bgzip\b/.test(accepts)
          ? 'gzip'
          : undefined;
    const data = body(file, encoding);
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': data.length,
      'Cache-Control': cacheControl(path),
      Vary: 'Accept-Encoding',
    };
    if (encoding) headers['Content-Encoding'] = encoding;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : data);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const dir = join(process.cwd(), arg('--dir', 'dist'));
  const { origin } = await serveBuild({ dir, port: Number(arg('--port', 4340)) });
  console.log(`Serving ${dir} at ${origin} (compressed, CDN cache headers)`);
}
