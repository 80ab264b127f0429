#!/usr/bin/env node
// `node tests/engines/resize-bench.mjs`: the decode worker's step alone, engine by engine — a 12 MP
// JPEG decoded in a worker and resized to the 2160 px working copy in several ways, timed from
// posting the file to the bitmap drawn once on the main thread (WebKit resizes lazily, when the
// bitmap is posted, so timing inside the worker alone misleads). Also how far 'medium' is from
// 'high' in pixels. The figures behind RESIZE_QUALITY in src/workers/decode/decodeBitmap.ts.
//
//   ENGINES=webkit,chromium (default), BENCH_RUNS=4
import { chromePath } from '../support/chrome-path.mjs';
import { fixtures } from './app.mjs';
import { launchChromium, launchFirefox, launchWebKit } from './drivers.mjs';
import { serveStatic } from './server.mjs';

const ENGINES = (process.env.ENGINES ?? 'webkit,chromium').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 4);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs in the page: every way, `runs` times, each through a fresh worker message. */
async function measure(url, runs) {
  const blob = await (await fetch(url)).blob();
  const source = `
    const W = 2160, H = 1620;
    const resize = (q) => ({ resizeWidth: W, resizeHeight: H, resizeQuality: q });
    const ways = {
      'decode, then resize high': async (f) => { const b = await createImageBitmap(f); try { return await createImageBitmap(b, resize('high')); } finally { b.close(); } },
      'decode, then resize medium': async (f) => { const b = await createImageBitmap(f); try { return await createImageBitmap(b, resize('medium')); } finally { b.close(); } },
      'resize in the decode, high': (f) => createImageBitmap(f, resize('high')),
      'resize in the decode, medium': (f) => createImageBitmap(f, resize('medium')),
      'decode, OffscreenCanvas medium': async (f) => {
        const b = await createImageBitmap(f);
        const canvas = new OffscreenCanvas(W, H);
        const context = canvas.getContext('2d');
        context.imageSmoothingQuality = 'medium';
        context.drawImage(b, 0, 0, W, H);
        b.close();
        return canvas.transferToImageBitmap();
      },
    };
    onmessage = async (event) => {
      const bitmap = await ways[event.data.way](event.data.file);
      if (event.data.pixels) {
        const canvas = new OffscreenCanvas(W, H);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        bitmap.close();
        postMessage({ pixels: context.getImageData(0, 0, W, H).data });
      } else postMessage({ bitmap }, [bitmap]);
    };`;
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  const ask = (message) =>
    new Promise((resolve) => {
      worker.onmessage = (event) => resolve(event.data);
      worker.postMessage({ file: blob, ...message });
    });
  const canvas = document.createElement('canvas');
  canvas.width = 660;
  canvas.height = 495;
  const context = canvas.getContext('2d');
  const times = {};
  const ways = [
    'decode, then resize high',
    'decode, then resize medium',
    'resize in the decode, high',
    'resize in the decode, medium',
    'decode, OffscreenCanvas medium',
  ];
  for (let run = 0; run < runs; run++) {
    for (const way of ways) {
      const start = performance.now();
      const { bitmap } = await ask({ way });
      context.drawImage(bitmap, 0, 0, 660, 495);
      context.getImageData(0, 0, 1, 1);
      bitmap.close();
      (times[way] ??= []).push(performance.now() - start);
    }
  }
  const high = (await ask({ way: 'decode, then resize high', pixels: true })).pixels;
  const medium = (await ask({ way: 'decode, then resize medium', pixels: true })).pixels;
  worker.terminate();
  let sum = 0;
  for (let i = 0; i < high.length; i += 4)
    for (let c = 0; c < 3; c++) sum += Math.abs(high[i + c] - medium[i + c]);
  return { times, mediumVsHigh: sum / ((high.length / 4) * 3) };
}

const server = await serveStatic(fixtures, Number(process.env.ENGINES_PORT ?? 4419));
try {
  for (const engine of ENGINES) {
    const browser =
      engine === 'webkit'
        ? await launchWebKit()
        : engine === 'firefox'
          ? await launchFirefox()
          : await launchChromium(chromePath());
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/SHARED-README.md`);
      const { times, mediumVsHigh } = await page.evaluate(measure, `${server.origin}/photo-12mp.jpg`, RUNS);
      console.log(`${engine}: 12 MP JPEG → 2160 px in a worker, until drawn (median of ${RUNS})`);
      for (const [way, xs] of Object.entries(times))
        console.log(`  ${way.padEnd(32)} ${median(xs).toFixed(0).padStart(5)} ms`);
      console.log(`  'medium' vs 'high': mean difference ${mediumVsHigh.toFixed(2)} levels of 255`);
      await page.close();
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
