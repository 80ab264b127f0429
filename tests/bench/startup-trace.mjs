#!/usr/bin/env node
// `node tests/bench/startup-trace.mjs [query]`: one cold start of the built app (dist/, served as a
// CDN would) under the throttled bench's conditions (4× CPU, 400 ms RTT, 400 kbit/s), traced:
// prints the main thread's tasks over 30 ms from navigation on, each with what took its time,
// and the requests with their timings. How the start-up figures in README were taken apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { chromeArgs, chromePath } from '../support/chrome-path.mjs';
import { serveBuild } from './serve.mjs';
import { throttle } from './throttled.mjs';

const root = join(import.meta.dirname, '../..');
const query = process.argv[2] ?? '?lang=en';
const server = await serveBuild({ dir: process.env.BENCH_DIST ?? join(root, 'dist'), port: 4343 });
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });
const page = await context.newPage();
const requests = [];
page.on('requestfinished', (request) => {
  const timing = request.timing();
  requests.push({
    url: request.url().replace(server.origin, ''),
    start: timing.startTime,
    end: timing.responseEnd,
  });
});
await throttle(page);
const tracePath = '/tmp/cornflower-startup-trace.json';
await browser.startTracing(page, {
  path: tracePath,
  categories: [
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'blink.user_timing',
    'v8.execute',
    'v8',
  ],
});
await page.goto(`${server.origin}/${query}`);
await page.waitForTimeout(Number(process.env.TRACE_MS ?? 12000));
await browser.stopTracing();
await browser.close();
await server.close();

const events = JSON.parse(readFileSync(tracePath, 'utf8')).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid) ?? events[0];
const on = events
  .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X')
  .sort((a, b) => a.ts - b.ts);
const at = (ts) => ((ts - nav.ts) / 1000).toFixed(0).padStart(6);
for (const task of on.filter((e) => e.name === 'RunTask' && e.dur > 30_000)) {
  const inside = on.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
  const byKind = new Map();
  for (const e of inside) {
    if (e.dur < 5000) continue;
    const label =
      e.name +
      (e.args?.data?.url ? ` ${e.args.data.url.replace(/^.*\//, '')}` : '') +
      (e.args?.data?.functionName ? ` ${e.args.data.functionName}` : '');
    byKind.set(label, Math.max(byKind.get(label) ?? 0, e.dur));
  }
  const top = [...byKind].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(
    `${at(task.ts)} ms  task ${(task.dur / 1000).toFixed(0).padStart(4)} ms: ` +
      top.map(([k, d]) => `${k} ${(d / 1000).toFixed(0)}`).join(' | '),
  );
}
for (const mark of events.filter((e) => e.cat?.includes('user_timing') && e.pid === main.pid))
  console.log(`${at(mark.ts)} ms  mark ${mark.name}`);
console.log('\nrequests (ms from navigation, start → end):');
const t0 = Math.min(...requests.map((r) => r.start));
for (const r of requests.sort((a, b) => a.start - b.start))
  console.log(
    `${(r.start - t0).toFixed(0).padStart(6)} → ${(r.start - t0 + r.end).toFixed(0).padStart(6)}  ${r.url}`,
  );
