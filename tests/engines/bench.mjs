#!/usr/bin/env node
// `npm run bench:engines`: how long a photo takes to appear in each engine, measured the same way in
// all of them — from the file input's change event to the first `cornflower:paint` (the quick
// preview, or the photo itself) and to the paint of the sharp working copy. A fresh page load for
// every run, as a person opening the app and choosing a photo. Figures, not pass/fail; the ratio to
// Chromium is what compares engines (WebKitGTK renders in software under Xvfb).
//
//   ENGINES=webkit,chromium,firefox (default)   BENCH_RUNS=5   BENCH_FILES=photo-12mp.jpg,photo-12mp.heic
//   ENGINES_DIST=path   bench another build (e.g. one with extra performance marks)
import { chromePath } from '../support/chrome-path.mjs';
import { build, loadPhoto, openApp } from './app.mjs';
import { launchChromium, launchFirefox, launchWebKit, missingFor } from './drivers.mjs';
import { serveStatic } from './server.mjs';

const PORT = Number(process.env.ENGINES_PORT ?? 4418);
const ENGINES = (process.env.ENGINES ?? 'webkit,chromium,firefox').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FILES = (process.env.BENCH_FILES ?? 'photo-12mp.jpg,photo-12mp.heic').split(',');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Marks other than the app's paint marks (a diagnostic build's own), relative to the change event. */
function extraMarks() {
  const chosen = window.__cfImport?.chosen ?? 0;
  return performance
    .getEntriesByType('mark')
    .filter((mark) => mark.startTime >= chosen && mark.name !== 'cornflower:paint')
    .map(
      (mark) =>
        `${mark.name} ${Math.round(mark.startTime - chosen)}${mark.detail ? ` ${JSON.stringify(mark.detail)}` : ''}`,
    );
}

const server = await serveStatic(build(), PORT);
/** @type {Record<string, Record<string, { first: number, sharp: number }>>} */
const figures = {};
try {
  for (const engine of ENGINES) {
    if (missingFor(engine)) {
      console.log(`${engine}: not installed (${missingFor(engine)})`);
      continue;
    }
    const browser =
      engine === 'firefox'
        ? await launchFirefox()
        : engine === 'webkit'
          ? await launchWebKit()
          : await launchChromium(chromePath());
    await browser.init();
    figures[engine] = {};
    try {
      for (const file of FILES) {
        const first = [];
        const sharp = [];
        for (let run = 0; run < RUNS; run++) {
          const page = await browser.newPage();
          try {
            await openApp(page, server.origin, '?lang=en');
            const progress = await loadPhoto(page, file);
            first.push(progress.paints[0].at);
            sharp.push(progress.paints.at(-1).at);
            if (process.env.BENCH_MARKS) console.log(`    ${(await page.evaluate(extraMarks)).join(', ')}`);
          } finally {
            await page.close();
          }
        }
        figures[engine][file] = { first: median(first), sharp: median(sharp) };
        console.log(
          `${engine.padEnd(8)} ${file.padEnd(16)} first paint ${median(first).toFixed(0).padStart(5)} ms, ` +
            `sharp ${median(sharp).toFixed(0).padStart(5)} ms  (runs: ${sharp.map((x) => x.toFixed(0)).join(' ')})`,
        );
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}

const base = figures.chromium;
if (base) {
  console.log('\nratio to Chromium (median first paint / sharp):');
  for (const [engine, files] of Object.entries(figures)) {
    if (engine === 'chromium') continue;
    for (const [file, { first, sharp }] of Object.entries(files)) {
      const ref = base[file];
      if (ref)
        console.log(
          `  ${engine} ${file}: ${(first / ref.first).toFixed(1)}× / ${(sharp / ref.sharp).toFixed(1)}×`,
        );
    }
  }
}
