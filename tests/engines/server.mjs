// A tiny static server for the built app, on its own port: the engine suite must not depend on
// (or collide with) Playwright's preview server or anyone else's.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` on 127.0.0.1:`port`; unknown paths get index.html (the app reads its URL itself).
 * `mounts` maps a path prefix (e.g. '/__fixtures/') to another directory, served without fallback.
 * @param {string} root
 * @param {number} port
 * @param {Record<string, string>} [mounts]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, port, mounts = {}) {
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
      const base = mount ? mounts[mount] : root;
      let file = normalize(join(base, mount ? path.slice(mount.length) : path));
      if (!file.startsWith(base + sep)) throw new Error('outside root');
      const exists = (await stat(file).catch(() => null))?.isFile();
      if (!exists && mount) throw new Error('no such file');
      if (!exists) file = join(root, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  // Browsers keep connections alive; closing must not wait for them.
  server.keepAliveTimeout = 1_000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
