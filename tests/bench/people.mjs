#!/usr/bin/env node
// People in a row, as at a street stall: the 12 MP photo, Download, Start over, again and again in
// one page (kiosk mode; the standard page where there is no kiosk). After a forced GC the page
// should hold what it held after the first person. Figures, not pass/fail; the goals are printed.
//
// The JS heap after GC also holds V8's compiled code, which grows while V8 optimises the functions
// that run hot (React's, Konva's) and levels off after about 60 people: that is the browser warming
// up, not something of a person. So the heap is printed whole and split, from heap snapshots, into
// compiled code and everything else (the app's objects), and the goal applies to the second.
//
// `npm run bench` calls benchPeople() below. Alone, on its own build and port:
//   node tests/bench/people.mjs [--no-build] [--standard] [--every] [--snapshots]
// BENCH_PEOPLE (default 30) people; --every prints each person; --snapshots writes heap snapshots
// (SNAPSHOTS_AT, default first and last person) for DevTools' Memory panel; PEOPLE_JS_FLAGS passes
// V8 flags (e.g. "--no-opt --no-maglev --no-sparkplug": no compiled code, so no warm-up).
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromeArgs, chromePath } from '../support/chrome-path.mjs';
import { measureAfterGc, onePerson, openForPeople } from '../support/people.mjs';

const root = join(import.meta.dirname, '../..');

/** A heap snapshot of the page, as text (the JSON DevTools reads). */
async function heapSnapshot(cdp) {
  const chunks = [];
  const onChunk = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return chunks.join('');
}

/** Bytes of compiled code (bytecode, baseline and optimised machine code) in a heap snapshot. */
function codeBytes(snapshotText) {
  const { snapshot, nodes } = JSON.parse(snapshotText);
  const fields = snapshot.meta.node_fields;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const code = snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length)
    if (nodes[i + type] === code) bytes += nodes[i + size];
  return bytes;
}

/**
 * `count` people through `url` in one new page. Returns the figures after GC at person 1 and the
 * last (with the compiled code's share), every person's when `every` is set, and seconds a person
 * (people 2…count). `onSnapshot(person, text)` receives heap snapshots at the `snapshotsAt` people.
 */
export async function runPeople(
  browser,
  url,
  { count = 30, every = false, snapshotsAt = [], onSnapshot } = {},
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    const kiosk = await openForPeople(page, cdp, url);
    const figures = [];
    let timed = 0;
    for (let person = 1; person <= count; person++) {
      const t0 = performance.now();
      await onePerson(page, cdp);
      if (person > 1) timed += performance.now() - t0;
      const edge = person === 1 || person === count;
      if (!edge && !every && !snapshotsAt.includes(person)) continue;
      const measured = { ...(await measureAfterGc(cdp)) };
      if (edge || snapshotsAt.includes(person)) {
        const text = await heapSnapshot(cdp);
        if (edge) measured.code = codeBytes(text);
        if (snapshotsAt.includes(person)) await onSnapshot?.(person, text);
      }
      figures[person] = measured;
      if (every) console.log(`  person ${person}: ${line(measured)}`);
    }
    // Per person from the people themselves, without the measuring (GCs, snapshots) between them.
    const seconds = count > 1 ? timed / 1000 / (count - 1) : NaN;
    return { kiosk, first: figures[1], last: figures[count], count, seconds };
  } finally {
    await context.close();
  }
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const pct = (a, b) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)} %`;
const line = (m) =>
  `JS heap ${mb(m.heap)} · Blink ${mb(m.blink)} · nodes ${m.nodes} · listeners ${m.listeners} · timeline entries ${m.entries}`;

/** The lines `npm run bench` prints. */
export function printPeople(result) {
  const { first, last, count, seconds, kiosk } = result;
  const label = kiosk ? 'kiosk mode' : 'standard page';
  const rest = [first.heap - first.code, last.heap - last.code];
  console.log(
    `\n${count} people in a row, ${label}: 12 MP JPEG → Download → Start over; after GC, person 1 → ${count}:`,
  );
  console.log(`  JS heap ${mb(first.heap)} → ${mb(last.heap)} (${pct(first.heap, last.heap)})`);
  console.log(
    `    compiled code ${mb(first.code)} → ${mb(last.code)} (V8 optimising hot functions; levels off after ~60 people)`,
  );
  console.log(`    everything else ${mb(rest[0])} → ${mb(rest[1])} (${pct(rest[0], rest[1])}; goal ≤ +10 %)`);
  console.log(
    `  DOM nodes ${first.nodes} → ${last.nodes} · event listeners ${first.listeners} → ${last.listeners}` +
      ` · timeline marks and measures ${first.entries} → ${last.entries} (goal: no growth)`,
  );
  console.log(
    `  Blink heap ${mb(first.blink)} → ${mb(last.blink)} (browser's own capped timeline buffers fill, then level off)`,
  );
  console.log(`  ${seconds.toFixed(2)} s a person`);
}

/** For run.mjs: kiosk mode if this build has it, else the standard page; prints the figures. */
export async function benchPeople(browser, origin, { count = Number(process.env.BENCH_PEOPLE ?? 30) } = {}) {
  const result = await runPeople(browser, `${origin}/?mode=kiosk&lang=en`, { count });
  printPeople(result);
  return result;
}

async function startPreview(outDir, port) {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], detached: true },
  );
  // Its own process group: npx's child (vite) goes too.
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('vite preview did not start');
}

async function main() {
  const outDir = 'node_modules/.cache/cornflower-mem/dist';
  const port = Number(process.env.PEOPLE_PORT ?? 4351);
  const count = Number(process.env.BENCH_PEOPLE ?? 30);
  if (!process.argv.includes('--no-build') || !existsSync(join(root, outDir, 'index.html'))) {
    console.log('Building…');
    execSync(`npx vite build --outDir ${outDir} --emptyOutDir`, { cwd: root, stdio: 'ignore' });
  }
  const snapDir = join(root, 'node_modules/.cache/cornflower-mem/snapshots');
  const snapshotsAt = process.argv.includes('--snapshots')
    ? (process.env.SNAPSHOTS_AT ?? `1,${count}`).split(',').map(Number)
    : [];
  if (snapshotsAt.length) mkdirSync(snapDir, { recursive: true });
  const jsFlags = process.env.PEOPLE_JS_FLAGS ? [`--js-flags=${process.env.PEOPLE_JS_FLAGS}`] : [];
  const { origin, stop } = await startPreview(outDir, port);
  const browser = await chromium.launch({ executablePath: chromePath(), args: [...chromeArgs, ...jsFlags] });
  try {
    const query = process.argv.includes('--standard') ? '?lang=en' : '?mode=kiosk&lang=en';
    const result = await runPeople(browser, `${origin}/${query}`, {
      count,
      every: process.argv.includes('--every'),
      snapshotsAt,
      onSnapshot: (person, text) => writeFileSync(join(snapDir, `person-${person}.heapsnapshot`), text),
    });
    printPeople(result);
    if (snapshotsAt.length) console.log(`heap snapshots in ${snapDir}`);
  } finally {
    await browser.close();
    stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
