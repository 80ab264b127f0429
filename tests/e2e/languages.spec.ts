import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  choosePhoto,
  decodePng,
  download,
  meanColour,
  openApp,
  waitForPhoto,
  type Rgba,
  pixel,
} from './helpers';
import type { PNG } from 'pngjs';

const CODES = [
  'be',
  'uk',
  'ru',
  'lt',
  'pl',
  'cs',
  'sv',
  'nb',
  'de',
  'fr',
  'it',
  'en',
  'es',
  'ka',
  'hy',
  'tg',
];
type Locale = { export: { download: string }; upload: { change: string }; quotes: Record<string, string> };
const locale = (code: string): Locale =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', `${code}.json`), 'utf8'));

/** The banner band of an export (bottom 30 %): mostly campaign blue, with white text on it. */
function bannerStats(png: PNG) {
  let blue = 0;
  let white = 0;
  let all = 0;
  const rows: number[] = [];
  for (let y = Math.round(png.height * 0.71); y < png.height - 4; y += 2) {
    let rowWhite = 0;
    for (let x = Math.round(png.width * 0.24); x < png.width - 4; x += 2) {
      const [r, g, b]: Rgba = pixel(png, x, y);
      all++;
      if (b > r + 60) blue++;
      if (r > 215 && g > 215 && b > 215) {
        white++;
        rowWhite++;
      }
    }
    rows.push(rowWhite);
  }
  return { blue: blue / all, white: white / all, rows };
}

function bannerDifference(a: PNG, b: PNG): number {
  let diff = 0;
  let n = 0;
  for (let y = Math.round(a.height * 0.71); y < a.height; y += 20) {
    for (let x = 0; x < a.width; x += 20) {
      const p = meanColour(a, x, y, x + 20, Math.min(a.height, y + 20));
      const q = meanColour(b, x, y, x + 20, Math.min(a.height, y + 20));
      diff += Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]);
      n++;
    }
  }
  return diff / n;
}

for (const code of CODES) {
  test(`?lang=${code}&overlay=banner: the UI and the exported banner are in ${code}`, async ({ page }) => {
    test.setTimeout(90_000);
    const strings = locale(code);
    await openApp(page, `?lang=${code}&overlay=banner`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.getByRole('button', { name: strings.export.download })).toBeVisible();

    await choosePhoto(page, 'portrait.jpg');
    await waitForPhoto(page);
    await expect(page.getByRole('button', { name: strings.upload.change })).toBeVisible();
    // The picture's description carries the banner's words: this language's quote.
    await expect(page.getByTestId('editor-description')).toContainText(strings.quotes.solidarity!);

    const { bytes } = await download(page, strings.export.download);
    const png = decodePng(bytes);
    expect([png.width, png.height]).toEqual([1080, 1080]);
    const stats = bannerStats(png);
    expect(stats.blue).toBeGreaterThan(0.5);
    expect(stats.white).toBeGreaterThan(0.03);

    // Switch to another language with the picker, no reload: UI and banner follow.
    const other = code === 'en' ? 'be' : 'en';
    await page.getByRole('combobox').first().selectOption(other);
    await expect(page.locator('html')).toHaveAttribute('lang', other);
    await expect(page.getByTestId('editor-description')).toContainText(locale(other).quotes.solidarity!);
    const switched = decodePng((await download(page, locale(other).export.download)).bytes);
    expect(bannerDifference(png, switched)).toBeGreaterThan(4);
  });
}

test('only the language and the font scripts in use are downloaded', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));

  await openApp(page, '?lang=en&overlay=banner');
  await choosePhoto(page, 'portrait.jpg');
  await waitForPhoto(page);
  const localeChunk = (code: string) =>
    requested.some((p) => new RegExp(`/assets/${code}-[\\w-]+\\.js$`).test(p));
  expect(CODES.filter((c) => c !== 'en' && localeChunk(c))).toEqual([]);
  expect(requested.filter((p) => p.includes('georgian') || p.includes('armenian'))).toEqual([]);

  requested.length = 0;
  await openApp(page, '?lang=ka&overlay=banner');
  await choosePhoto(page, 'portrait.jpg');
  await waitForPhoto(page);
  expect(CODES.filter((c) => localeChunk(c))).toEqual(['ka']);
  expect(requested.some((p) => p.includes('noto-sans-georgian-georgian'))).toBe(true);
  expect(requested.some((p) => p.includes('armenian') || p.includes('cyrillic'))).toBe(false);
});
