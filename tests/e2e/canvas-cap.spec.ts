import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { choosePhoto, decodePng, openApp, waitForPhoto } from './helpers';

/** iOS Safari draws nothing on a canvas over this many pixels. */
const IOS_CANVAS_LIMIT = 16_777_216;

// Records the size of every canvas the page makes: element canvases (width/height setters, and the
// 300×150 default of a new one), OffscreenCanvas, and the largest ever seen.
function recordCanvases() {
  const seen: { w: number; h: number; where: string }[] = [];
  (window as unknown as { __canvases: typeof seen }).__canvases = seen;
  const proto = HTMLCanvasElement.prototype;
  for (const side of ['width', 'height'] as const) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, side)!;
    Object.defineProperty(proto, side, {
      ...descriptor,
      set(this: HTMLCanvasElement, value: number) {
        descriptor.set!.call(this, value);
        seen.push({ w: this.width, h: this.height, where: 'canvas' });
      },
    });
  }
  const Offscreen = window.OffscreenCanvas;
  if (Offscreen) {
    window.OffscreenCanvas = class extends Offscreen {
      constructor(w: number, h: number) {
        super(w, h);
        seen.push({ w, h, where: 'offscreen' });
      }
    } as typeof OffscreenCanvas;
  }
}

for (const deviceScaleFactor of [3, 2]) {
  test(`at devicePixelRatio ${deviceScaleFactor} no canvas is ever over 4096² (iOS), and every export is exact`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor,
      isMobile: true,
      hasTouch: true,
      acceptDownloads: true,
    });
    await context.addInitScript(recordCanvases);
    const page = await context.newPage();
    await openApp(page, '?overlay=badge,banner');
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(deviceScaleFactor);
    await choosePhoto(page, 'photo-12mp.jpg');
    await waitForPhoto(page);
    // An edit: zoom in with the slider.
    await page.getByRole('slider', { name: 'Zoom' }).fill('1.5');

    for (const format of ['png', 'jpeg'] as const) {
      await page.getByLabel('Format', { exact: true }).selectOption(format);
      for (const size of [400, 720, 1080, 2048]) {
        await page.getByLabel('Size', { exact: true }).selectOption(String(size));
        const waiting = page.waitForEvent('download');
        await page.getByRole('button', { name: 'Download' }).click();
        const file = await waiting;
        const bytes = readFileSync((await file.path())!);
        if (format === 'png') {
          const png = decodePng(bytes);
          expect([png.width, png.height]).toEqual([size, size]);
          // Not blank: the banner's blue band is at the bottom, the photo above it.
          const i = ((size - 4) * size + 4) * 4;
          expect(png.data[i + 3]).toBe(255);
        } else {
          expect(bytes.subarray(0, 2).toString('hex')).toBe('ffd8');
          // SOF0/SOF2 carry the height and width: the JPEG is exactly size × size.
          const sof = bytes.findIndex(
            (b, k) => b === 0xff && (bytes[k + 1] === 0xc0 || bytes[k + 1] === 0xc2),
          );
          expect([bytes.readUInt16BE(sof + 5), bytes.readUInt16BE(sof + 7)]).toEqual([size, size]);
        }
      }
    }

    const canvases = await page.evaluate(
      () => (window as unknown as { __canvases: { w: number; h: number; where: string }[] }).__canvases,
    );
    const largest = canvases.reduce((a, b) => (b.w * b.h > a.w * a.h ? b : a));
    // The 2048 export must have been drawn at exactly its size, not at 2048 × DPR.
    expect(canvases.some((c) => c.w === 2048 && c.h === 2048)).toBe(true);
    expect(largest.w * largest.h, `largest canvas ${largest.w}×${largest.h}`).toBeLessThanOrEqual(
      IOS_CANVAS_LIMIT,
    );
    await context.close();
  });
}
