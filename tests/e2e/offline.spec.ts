import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { choosePhoto, decodePng, download, openApp, waitForPhoto } from './helpers';
import { findServedBuild, listFiles, serveCopyOf, type StaticServer } from './staticServer';

// Offline and installable: after one visit the service worker holds the whole app, so the page,
// every language, every font and the HEIC decoder work with no network at all. Each test serves its
// own copy of the production build on its own port, and stops serving it to go offline.

const ka = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/ka.json'), 'utf8')) as {
  export: { download: string };
};

/** The service worker's own files: fetched by the browser for the worker, not precached. */
const workerFiles = (path: string) => path === 'sw.js' || /^workbox-[\w-]+\.js$/.test(path);

let build: string;
test.beforeAll(async ({ baseURL }) => {
  build = await findServedBuild(baseURL!);
});

const servers: StaticServer[] = [];
test.afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(options?: Parameters<typeof serveCopyOf>[1]) {
  const server = await serveCopyOf(build, options);
  servers.push(server);
  return server;
}

async function newContext(browser: Browser, server: StaticServer): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.origin, acceptDownloads: true });
}

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function waitForOfflineCopy(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 20_000,
  });
}

/** Every URL in this origin's Cache Storage, as a path (Workbox's revision parameter dropped). */
async function cachedPaths(page: Page): Promise<string[]> {
  const urls = await page.evaluate(async () => {
    const all: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) all.push(request.url);
    }
    return all;
  });
  return urls.map((url) => new URL(url).pathname).sort();
}

/** What every response of the page came from, from now on. */
function watchResponses(page: Page) {
  const seen: { url: string; fromServiceWorker: boolean }[] = [];
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.url().startsWith('http')) seen.push({ url: r.url(), fromServiceWorker: r.fromServiceWorker() });
  });
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  return { seen, failed };
}

async function downloadsA1080Png(page: Page, button = 'Download') {
  await expect(page.getByRole('alert')).toHaveCount(0);
  const { fileName, bytes } = await download(page, button);
  expect(fileName).toBe('cornflower-userpic.png');
  const png = decodePng(bytes);
  expect([png.width, png.height]).toEqual([1080, 1080]);
}

/** One visit online, then the server stops and the browser goes offline. */
async function visitThenGoOffline(browser: Browser) {
  const server = await serve();
  const context = await newContext(browser, server);
  const page = await context.newPage();
  await openApp(page);
  await waitForOfflineCopy(page);
  await server.close();
  await context.setOffline(true);
  return { server, context, page };
}

test('the build test: the precache lists every file of the build, and the worker has cached them all', async ({
  browser,
}) => {
  const files = listFiles(build);
  const expected = files.filter((f) => !workerFiles(f));
  // What the build meant to precache: the manifest in the generated sw.js.
  const sw = readFileSync(join(build, 'sw.js'), 'utf8');
  const manifest = [...sw.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]!).sort();
  expect(manifest).toEqual(expected);
  // Each kind the issue names is there.
  expect(manifest).toContain('index.html');
  expect(manifest).toContain('manifest.webmanifest');
  expect(manifest.filter((f) => /^assets\/ka-[\w-]+\.js$/.test(f))).toHaveLength(1);
  expect(manifest.filter((f) => f.endsWith('.woff2'))).toHaveLength(6);
  expect(manifest.filter((f) => /^assets\/libheif-bundle-[\w-]+\.js$/.test(f))).toHaveLength(1);
  expect(manifest.filter((f) => /^assets\/decode\.worker-[\w-]+\.js$/.test(f))).toHaveLength(1);

  // What a browser really stored after one visit.
  const server = await serve();
  const context = await newContext(browser, server);
  const page = await context.newPage();
  await openApp(page);
  await waitForOfflineCopy(page);
  expect(await cachedPaths(page)).toEqual(expected.map((f) => `/${f}`));
  const bytes = expected.reduce((sum, f) => sum + readFileSync(join(build, f)).length, 0);
  test.info().annotations.push({ type: 'precache', description: `${expected.length} files, ${bytes} bytes` });
  await context.close();
});

test('offline in English: the app starts, a 12 MP JPEG and a HEIC load and download as 1080² PNGs', async ({
  browser,
}) => {
  const { context, page } = await visitThenGoOffline(browser);
  const responses = watchResponses(page);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Download' })).toBeVisible();
  await choosePhoto(page, 'photo-12mp.jpg');
  await waitForPhoto(page);
  await downloadsA1080Png(page);

  // The HEIC decoder: a worker chunk of its own with inlined WebAssembly, fetched only for a HEIC.
  const heicPage = await context.newPage();
  const heicResponses = watchResponses(heicPage);
  await openApp(heicPage);
  await choosePhoto(heicPage, 'photo-12mp.heic');
  await waitForPhoto(heicPage);
  await downloadsA1080Png(heicPage);

  for (const { seen, failed } of [responses, heicResponses]) {
    expect(failed).toEqual([]);
    expect(seen.filter((r) => !r.fromServiceWorker)).toEqual([]);
  }
  expect(responses.seen.length).toBeGreaterThan(5);
  // Nothing of the person's was stored: the caches hold the precache and not one entry more.
  const precached = listFiles(build)
    .filter((f) => !workerFiles(f))
    .map((f) => `/${f}`);
  expect(await cachedPaths(heicPage)).toEqual(precached);
  await context.close();
});

test('offline in Georgian with the banner: its locale and font come from the cache, never loaded online', async ({
  browser,
}) => {
  // The online visit was in English: Georgian's chunk and font are in the precache, not the HTTP cache.
  const { context, page } = await visitThenGoOffline(browser);
  const responses = watchResponses(page);
  await page.goto('/?lang=ka&overlay=banner');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ka');
  await expect(page.getByRole('button', { name: ka.export.download })).toBeVisible();
  await choosePhoto(page, 'photo-12mp.jpg');
  await waitForPhoto(page);
  await downloadsA1080Png(page, ka.export.download);
  expect(responses.failed).toEqual([]);

  const georgianFont = responses.seen.filter((r) => /noto-sans-georgian-[\w-]+\.woff2$/.test(r.url));
  expect(georgianFont.length).toBeGreaterThan(0);
  expect(georgianFont.every((r) => r.fromServiceWorker)).toBe(true);
  // …and the banner was drawn in it, not in a fallback.
  const faces = await page.evaluate(() =>
    [...document.fonts].map((f) => ({ family: f.family.replace(/"/g, ''), status: f.status })),
  );
  expect(faces.filter((f) => f.family === 'Noto Sans Georgian').map((f) => f.status)).toEqual(['loaded']);
  expect(responses.seen.filter((r) => !r.fromServiceWorker)).toEqual([]);
  await context.close();
});

test('a new version waits while a person edits, and takes over when they start over', async ({ browser }) => {
  const server = await serve();
  const context = await newContext(browser, server);
  const page = await context.newPage();
  await openApp(page);
  await waitForOfflineCopy(page);
  await choosePhoto(page, 'photo-12mp.jpg');
  await waitForPhoto(page);
  await page.evaluate(() => ((window as { editing?: boolean }).editing = true));

  // Deploy a new version: a changed sw.js, which also says which version it is when asked.
  const swFile = join(server.dir, 'sw.js');
  const v2 = `${readFileSync(swFile, 'utf8')}
self.addEventListener('message', (e) => { if (e.data === 'version?') e.ports[0].postMessage('v2'); });`;
  writeFileSync(swFile, v2);
  // The browser looks for updates on navigations; a long-open page (a kiosk) asks at start over.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state === 'installed',
    undefined,
    { timeout: 20_000 },
  );
  // Nothing happened to the page: same document, the photo still there, Download still works.
  expect(await page.evaluate(() => (window as { editing?: boolean }).editing)).toBe(true);
  await downloadsA1080Png(page);

  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Start over' }).click();
  await reloaded;
  expect(await page.evaluate(() => (window as { editing?: boolean }).editing)).toBeUndefined();
  await expect(page.getByRole('button', { name: 'Download' })).toBeVisible();
  const version = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (e) => resolve(String(e.data));
        navigator.serviceWorker.controller!.postMessage('version?', [channel.port2]);
      }),
  );
  expect(version).toBe('v2');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting)).toBe(
    null,
  );
  await context.close();
});

test('a page that finds a chunk missing reloads once, not in a loop', async ({ browser }) => {
  // An old page without an offline copy, after a deployment removed its Georgian chunk.
  const server = await serve({ missing: (path) => /^\/assets\/ka-[\w-]+\.js$/.test(path) });
  const context = await browser.newContext({ baseURL: server.origin, serviceWorkers: 'block' });
  const page = await context.newPage();
  const gaveUp = page.waitForEvent('console', {
    predicate: (m) => m.type() === 'warning' && /reloading did not help/.test(m.text()),
  });
  await page.goto('/?lang=ka');
  await gaveUp;
  const documents = server.requests.filter((path) => path === '/');
  const chunkTries = server.requests.filter((path) => /^\/assets\/ka-/.test(path));
  expect(documents).toHaveLength(2);
  expect(chunkTries).toHaveLength(2);
  await context.close();
});
