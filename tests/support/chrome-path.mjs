// One place that decides which Chromium the test runners drive: CHROME_PATH, then a `chromium`
// (or `chromium-browser`) on the PATH, then Playwright's own download. Debian's Chromium is the
// norm here because Playwright cannot download its browser on this network.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { createRequire } from 'node:module';

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

function playwrightOwn() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** @returns {string} absolute path of a Chromium executable; throws a readable error when none exists. */
export function chromePath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = onPath('chromium') ?? onPath('chromium-browser') ?? playwrightOwn();
  if (found) return found;
  throw new Error(
    "No Chromium found for the browser tests. Install Debian's: `apt-get install -y chromium`, " +
      'or point CHROME_PATH at a Chromium/Chrome executable.',
  );
}

/** Flags Chromium needs as root on a closed network (see README). Playwright adds --no-sandbox itself. */
export const chromeArgs = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
