// The app as the engine suite and the engine bench see it: build, open, choose a photo.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { waitFor } from './drivers.mjs';
import * as inPage from './inPage.mjs';

export const root = join(import.meta.dirname, '../..');
export const fixtures = join(root, 'tests/fixtures');
const IMPORT_TIMEOUT = 120_000;

export const selectors = {
  fileInput: '[data-testid=file-input]',
  picker: '.language-picker select',
  download: '.export-panel button.primary',
};

/**
 * A fresh production build in a folder of its own (another run's `vite build` into dist/ may be under
 * way at the same time); ENGINES_REUSE_DIST=1 serves ./dist as it is, ENGINES_DIST=path any build.
 */
export function build() {
  if (process.env.ENGINES_DIST) return process.env.ENGINES_DIST;
  if (process.env.ENGINES_REUSE_DIST && existsSync(join(root, 'dist/index.html'))) return join(root, 'dist');
  const outDir = join(root, 'node_modules/.cache/cornflower-engines/dist');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('vite build failed');
  return outDir;
}

export function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/** Opens the app and waits until it can take a photo. */
export async function openApp(page, origin, query) {
  await page.goto(`${origin}/${query}`);
  await waitFor(
    () =>
      page.evaluate(
        () =>
          !!document.querySelector('[data-testid=file-input]') &&
          !!document.querySelector('.language-picker select') &&
          !!document.querySelector('#editor'),
      ),
    { timeout: 60_000, what: `the app at ${query}` },
  );
  await page.evaluate(inPage.catchDownloads);
}

/** Chooses a fixture and resolves with the paint times once the sharp copy is on screen. */
export async function loadPhoto(page, name) {
  expect(await page.evaluate(inPage.watchNextImport), 'no #editor to watch');
  await page.upload(selectors.fileInput, join(fixtures, name));
  const progress = await waitFor(() => page.evaluate(inPage.importProgress), {
    timeout: IMPORT_TIMEOUT,
    what: `${name} to be painted sharp`,
  });
  if (progress.error) throw new Error(`${name}: the app said "${progress.error}"`);
  return progress;
}
