import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';

const root = join(import.meta.dirname, '../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Every file of a build, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join('/'))
    .sort();
}

/**
 * The production build the Playwright web server serves (its folder depends on the config and
 * E2E_PORT), found by its index.html; built afresh into a temporary folder when none matches.
 */
export async function findServedBuild(baseURL: string): Promise<string> {
  const served = await (await fetch(`${baseURL}/`)).text();
  const port = new URL(baseURL).port;
  const candidates = [
    process.env.E2E_OUT_DIR,
    join(root, `node_modules/.cache/cornflower-e2e-${port}`),
    join(root, 'dist'),
  ].filter((dir): dir is string => !!dir && existsSync(join(dir, 'index.html')));
  const match = candidates.find((dir) => readFileSync(join(dir, 'index.html'), 'utf8') === served);
  if (match) return match;
  const own = mkdtempSync(join(tmpdir(), 'cornflower-offline-build-'));
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', own], {
    cwd: root,
    stdio: 'ignore',
  });
  return own;
}

export interface StaticServer {
  readonly origin: string;
  /** The folder served: a private copy of the build, so a test may change files in it. */
  readonly dir: string;
  /** Paths asked for, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * A plain static server for a copy of a production build on its own port, as a simple host would
 * serve it: files as they are, index.html for every other path, no caching rules. `missing` makes
 * chosen paths 404, as after a deployment that removed them.
 */
export async function serveCopyOf(
  build: string,
  { missing = () => false }: { missing?: (path: string) => boolean } = {},
): Promise<StaticServer> {
  const dir = mkdtempSync(join(tmpdir(), 'cornflower-offline-'));
  cpSync(build, dir, { recursive: true });
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(dir, path));
    if (missing(path) || !file.startsWith(dir)) {
      response.writeHead(404).end();
      return;
    }
    const found = existsSync(file) && statSync(file).isFile() ? file : join(dir, 'index.html');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    response.end(readFileSync(found));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let closed = false;
  return {
    origin: `http://127.0.0.1:${port}`,
    dir,
    requests,
    async close() {
      if (closed) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
