#!/usr/bin/env node
// `npm run bench:trace`: one import of the 12 MP JPEG under Chromium's tracing, and the main
// thread's work from the photo being handed to the editor to its pixels on screen. Uses dist/
// (run `npm run build` first). It is how the first-paint figures in README were taken apart.
import { chromium } from 'playwright';
import { chromeArgs, chromePath } from '../support/chrome-path.mjs';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
const PORT = 4392;
const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { cwd: new URL('../..', import.meta.url).pathname, stdio: 'ignore' },
);
for (let i = 0; i < 100; i++) {
  if (
    await fetch(`http://127.0.0.1:${PORT}/`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await new Promise((r) => setTimeout(r, 200));
}
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(`http://127.0.0.1:${PORT}/`);
await page.getByTestId('file-input').waitFor({ state: 'attached' });
await page.locator('.stage-standby canvas').first().waitFor({ state: 'attached' });
await browser.startTracing(page, {
  path: '/tmp/trace.json',
  categories: [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'blink.user_timing',
    'v8.execute',
  ],
});
await page
  .getByTestId('file-input')
  .setInputFiles(new URL('../fixtures/photo-12mp.jpg', import.meta.url).pathname);
await page.waitForFunction(() => document.querySelector('#editor')?.getAttribute('aria-busy') === 'false');
await page.waitForFunction(() => performance.getEntriesByName('cornflower:paint').length >= 2);
await browser.stopTracing();
await browser.close();
server.kill();
const t = JSON.parse(readFileSync('/tmp/trace.json', 'utf8'));
const ev = t.traceEvents;
const mainTid = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
const marks = ev
  .filter((e) => e.cat?.includes('user_timing') && e.name.startsWith('cornflower'))
  .map((e) => [e.name, e.ts]);
const shown = marks.find((m) => m[0] === 'cornflower:shown')?.[1];
console.log(marks.map(([n, ts]) => `${n} ${((ts - shown) / 1000).toFixed(1)}`).join('\n'));
const win = ev
  .filter((e) => e.tid === mainTid && e.ph === 'X' && e.ts >= shown - 2000 && e.ts <= shown + 40000)
  .sort((a, b) => a.ts - b.ts);
for (const e of win)
  if (e.dur > 500)
    console.log(
      ((e.ts - shown) / 1000).toFixed(1),
      (e.dur / 1000).toFixed(1),
      e.name,
      e.args?.data?.functionName ?? e.args?.data?.url?.slice(-30) ?? '',
    );
const frames = ev
  .filter(
    (e) =>
      e.tid === mainTid &&
      ['BeginMainThreadFrame', 'Paint', 'Commit', 'DrawFrame'].includes(e.name) &&
      e.ts >= shown &&
      e.ts <= shown + 40000,
  )
  .map((e) => `${e.name}@${((e.ts - shown) / 1000).toFixed(1)}`);
console.log(frames.join(' '));
const gpu = ev
  .filter(
    (e) =>
      ['DrawFrame', 'Screenshot', 'PipelineReporter'].includes(e.name) &&
      e.ts >= shown &&
      e.ts <= shown + 40000,
  )
  .slice(0, 8)
  .map((e) => `${e.name}@${((e.ts - shown) / 1000).toFixed(1)}`);
console.log(gpu.join(' '));
