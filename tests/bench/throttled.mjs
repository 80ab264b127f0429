#!/usr/bin/env node
// `npm run bench:throttled`: the start of the built app on a slow phone on a slow network, by
// Chromium's own throttling (CDP): 4× CPU slowdown, 400 ms round trip, 400 kbit/s down, 200 up.
// Each run is a new browser context (cold cache, no service worker), phone-sized, served as a CDN
// would (serve.mjs). Measured in the page, from navigation:
//   - the picker visible: "Choose a photo" laid out, visible and enabled (React's button, or the
//     label for the file input that the HTML's first screen has before any script);
//   - the picker answering: a real click on it (CDP input, sent the moment it is visible) has reached
//     its handler, which opens the file input;
//   - layout shift: the sum of layout-shift entries until the page has settled;
//   - the editor ready: its (hidden) Konva canvas mounted;
// then, with the page settled, the time from choosing tests/fixtures/photo-12mp.jpg to the first
// paint of the photo and to the sharp copy (the app's `cornflower:paint` marks, as run.mjs reads
// them), and the same for a photo chosen the moment the picker answers (the editor's code and
// canvas may then still be on their way).
//
//   node tests/bench/throttled.mjs [--no-build]
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromeArgs, chromePath } from '../support/chrome-path.mjs';
import { serveBuild } from './serve.mjs';

const root = join(import.meta.dirname, '../..');
const PORT = 4342;
const PHOTO = join(root, 'tests/fixtures/photo-12mp.jpg');

export const THROTTLING = { cpu: 4, latencyMs: 400, downBytesPerS: 50_000, upBytesPerS: 25_000 };

/** Chromium's CPU and network throttling on a page, for its life (and its workers'). */
export async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpu });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: THROTTLING.latencyMs,
    downloadThroughput: THROTTLING.downBytesPerS,
    uploadThroughput: THROTTLING.upBytesPerS,
  });
  return cdp;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Runs before the app: layout shifts, the picker's first visible frame, and the click reaching the
// file input (the picker's handler clicks it). That click is cancelled: no file dialog.
const PROBES = (label) => {
  const probe = { shift: 0, shifts: [], visible: 0, handled: 0, editor: 0 };
  window.__start = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      // Until a photo is chosen: what a photo brings is no shift of the start screen.
      if (entry.hadRecentInput || window.__photoChosen) continue;
      probe.shift += entry.value;
      probe.shifts.push({
        at: entry.startTime,
        value: entry.value,
        nodes:
          entry.sources?.map((s) => {
            const name = `${s.node?.nodeName ?? '?'}.${s.node?.getAttribute?.('class') ?? ''}`;
            const [a, b] = [s.previousRect, s.currentRect];
            return `${name} ${a.y.toFixed(0)}→${b.y.toFixed(0)}`;
          }) ?? [],
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  window.addEventListener(
    'click',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLInputElement && target.type === 'file') {
        if (!probe.handled) probe.handled = performance.now();
        event.preventDefault();
      }
    },
    true,
  );
  const check = () => {
    if (!probe.visible) {
      // React's button, or the HTML's first screen's label for the file input (src/app/firstScreen).
      const button = [...document.querySelectorAll('button, label')].find(
        (b) => b.textContent?.trim() === label,
      );
      const box = button?.getBoundingClientRect();
      if (
        button &&
        !button.disabled &&
        box.width > 0 &&
        button.checkVisibility({ visibilityProperty: true })
      ) {
        probe.visible = performance.now();
        probe.box = { x: box.x, y: box.y, width: box.width, height: box.height };
      }
    }
    // The editor's own (Konva) canvas, not the plain stand-in that may show a photo before it.
    if (!probe.editor && document.querySelector('#editor [data-testid="editor-canvas"] canvas'))
      probe.editor = performance.now();
    if (!probe.visible || !probe.editor) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
};

async function photoTimes(page) {
  await page.waitForFunction(
    () =>
      document.querySelector('#editor')?.getAttribute('aria-busy') === 'false' &&
      performance.getEntriesByName('cornflower:paint').length > 0 &&
      window.__photoChosen > 0,
    null,
    { timeout: 180_000 },
  );
  // The sharp copy's paint may follow the import's end by a frame: let it land.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))),
      ),
  );
  return page.evaluate(() => {
    const t0 = window.__photoChosen;
    const paints = performance.getEntriesByName('cornflower:paint').filter((p) => p.startTime >= t0);
    const widest = Math.max(...paints.map((p) => p.detail.width));
    return {
      first: paints[0].startTime - t0,
      sharp: paints.find((p) => p.detail.width === widest).startTime - t0,
    };
  });
}

async function choosePhoto(page) {
  await page.evaluate(() => {
    window.addEventListener('change', () => (window.__photoChosen ||= performance.now()), {
      capture: true,
      once: true,
    });
  });
  await page.getByTestId('file-input').setInputFiles(PHOTO);
}

/** One cold start: returns the start-up times, and the photo's, chosen early or once settled. */
async function startOnce(browser, origin, { early }) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    await context.addInitScript(PROBES, 'Choose a photo');
    const page = await context.newPage();
    await throttle(page);
    await page.goto(`${origin}/?lang=en`, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForFunction(() => window.__start?.visible > 0, null, { timeout: 120_000, polling: 16 });
    // The moment it shows, a real tap-sized click in its middle.
    const box = await page.evaluate(() => window.__start.box);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => window.__start.handled > 0, null, { timeout: 120_000 });
    if (early) await choosePhoto(page);
    // Settled: the editor mounted and the network quiet.
    await page.waitForFunction(() => window.__start.editor > 0, null, { timeout: 180_000 });
    await page.waitForLoadState('networkidle', { timeout: 180_000 }).catch(() => {});
    const start = await page.evaluate(() => window.__start);
    if (!early) await choosePhoto(page);
    const photo = await photoTimes(page);
    return { ...start, photo };
  } finally {
    await context.close();
  }
}

export async function runThrottled({ dir = join(root, 'dist'), runs = 3, port = PORT } = {}) {
  const server = await serveBuild({ dir, port });
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  try {
    const settled = [];
    const early = [];
    for (let i = 0; i < runs; i++) {
      settled.push(await startOnce(browser, server.origin, { early: false }));
      early.push(await startOnce(browser, server.origin, { early: true }));
    }
    return { settled, early };
  } finally {
    await browser.close();
    await server.close();
  }
}

export function printThrottled({ settled, early }) {
  const all = [...settled, ...early];
  const m = (list, pick) => median(list.map(pick));
  const s = (x) => `${(x / 1000).toFixed(2)} s`;
  console.log(
    `\nThrottled start (CDP: ${THROTTLING.cpu}× CPU, ${THROTTLING.latencyMs} ms RTT, ${(THROTTLING.downBytesPerS * 8) / 1000} kbit/s down), cold cache, 412×823 phone, medians of ${all.length} starts`,
  );
  console.log(
    `picker visible ${s(m(all, (r) => r.visible))} · answers a click ${s(m(all, (r) => r.handled))} (slowest ${s(Math.max(...all.map((r) => r.handled)))}) · editor canvas ready ${s(m(all, (r) => r.editor))} · layout shift ${Math.max(...all.map((r) => r.shift)).toFixed(3)} (largest of all runs)`,
  );
  console.log(
    `photo-12mp.jpg chosen once settled → first paint ${s(m(settled, (r) => r.photo.first))}, sharp ${s(m(settled, (r) => r.photo.sharp))}`,
  );
  console.log(
    `photo-12mp.jpg chosen the moment the picker answers → first paint ${s(m(early, (r) => r.photo.first))}, sharp ${s(m(early, (r) => r.photo.sharp))}`,
  );
  const shifted = all.flatMap((r) => r.shifts).filter((x) => x.value > 0);
  for (const shift of shifted.slice(0, 5))
    console.log(`  layout shift ${shift.value.toFixed(4)} at ${s(shift.at)}: ${shift.nodes.join(', ')}`);
  console.log('goals: first usable screen < 2 s, layout shift 0');
}

if (process.argv[1] === import.meta.filename) {
  if (!process.argv.includes('--no-build') || !existsSync(join(root, 'dist/index.html'))) {
    console.log('Building…');
    execSync('npx vite build', { cwd: root, stdio: 'ignore' });
  }
  const dir = process.env.BENCH_DIST ?? join(root, 'dist');
  printThrottled(await runThrottled({ dir, runs: Number(process.env.THROTTLED_RUNS ?? 3) }));
}
