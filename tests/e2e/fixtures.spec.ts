import { expect, test } from '@playwright/test';
import {
  blueShare,
  choosePhoto,
  decodePng,
  download,
  expectedCover,
  meanDifference,
  structure,
  openApp,
  pixel,
  pngChunks,
  waitForPhoto,
  watchRequests,
} from './helpers';

// Every image in ../shared/fixtures with the outcome its README names (copied to tests/fixtures).
const GOOD = [
  'portrait.jpg',
  'portrait.png',
  'portrait-exif-orientation-6.jpg',
  'photo-12mp.jpg',
  'photo-12mp.heic',
  'cat.webp',
  'grayscale.png',
  'palette-indexed.png',
];

const BAD: Record<string, RegExp> = {
  'truncated.jpg': /incomplete|cut off/i,
  'not-an-image.jpg': /not an image/i,
  'empty.jpg': /empty/i,
  // Made by tests/fixtures/make-fixtures.sh: the other kinds of bad input the app must refuse.
  'generated/image.tiff': /TIFF/,
  'generated/script.svg': /SVG/,
  'generated/document.pdf': /PDF/,
  'generated/bomb-20000x20000.png': /too large.*400 megapixels/i,
};

test.describe('good photos load, show and export', () => {
  for (const name of GOOD) {
    test(name, async ({ page, baseURL }) => {
      test.setTimeout(90_000);
      const foreign = watchRequests(page, baseURL!);
      await openApp(page);
      await choosePhoto(page, name);
      await waitForPhoto(page);
      await expect(page.getByRole('alert')).toHaveCount(0);

      const { fileName, bytes } = await download(page);
      expect(fileName).toBe('cornflower-userpic.png');
      const png = decodePng(bytes);
      expect([png.width, png.height]).toEqual([1080, 1080]);
      // The photo is there: the middle is opaque and not one flat colour.
      const centre = pixel(png, 540, 540);
      expect(centre[3]).toBe(255);
      // The photo is there, upright and covering the square: compare with the browser's own decode
      // of the same image (the JPEG for the HEIC), away from the badge in the bottom-right corner.
      const reference = await expectedCover(page, name.replace('.heic', '.jpg'));
      const awayFromBadge = (x: number, y: number) => x > 700 && y > 700;
      const difference = meanDifference(png, reference, awayFromBadge);
      expect(difference).toBeLessThan(4);
      // …and the match is not luck: a flat canvas would be much further from the photo than that.
      expect(difference).toBeLessThan(structure(reference, awayFromBadge) / 3);
      // The badge sits in the bottom-right corner by default: blue florets there.
      expect(blueShare(png, 1080 * 0.7, 1080 * 0.7, 1080 * 0.98, 1080 * 0.98)).toBeGreaterThan(0.15);
      // A fresh encode: no EXIF/GPS or text chunks carried over.
      expect(pngChunks(bytes).filter((c) => !['IHDR', 'IDAT', 'IEND'].includes(c))).toEqual([]);
      expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
      expect(bytes.includes(Buffer.from('GPS'))).toBe(false);
      expect(foreign).toEqual([]);
    });
  }
});

test.describe('bad files get a clear message and the app stays usable', () => {
  for (const [name, message] of Object.entries(BAD)) {
    test(name, async ({ page, baseURL }) => {
      const foreign = watchRequests(page, baseURL!);
      await openApp(page);
      await choosePhoto(page, name);
      await expect(page.getByRole('alert')).toContainText(message);
      // Usable afterwards: the next photo loads and the message goes.
      await choosePhoto(page, 'portrait.jpg');
      await waitForPhoto(page);
      await expect(page.getByRole('alert')).toHaveCount(0);
      expect(foreign).toEqual([]);
    });
  }
});

test('the EXIF-rotated portrait exports upright, like the plain one', async ({ page }) => {
  await openApp(page, '?overlay=frame');
  // The wreath is the only design: switch it off to compare the photos alone.
  await page.getByRole('button', { name: 'Cornflower wreath' }).click();
  await expect(page.getByRole('button', { name: 'Cornflower wreath' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  await choosePhoto(page, 'portrait.jpg');
  await waitForPhoto(page);
  const upright = decodePng((await download(page)).bytes);
  await choosePhoto(page, 'portrait-exif-orientation-6.jpg');
  await waitForPhoto(page);
  const rotated = decodePng((await download(page)).bytes);

  // Same picture within resampling noise, and also the same as the browser's own upright decode.
  expect(meanDifference(upright, rotated)).toBeLessThan(3);
  expect(meanDifference(rotated, await expectedCover(page, 'portrait.jpg'))).toBeLessThan(4);
});
