import { afterEach, describe, expect, it, vi } from 'vitest';
// Imported here only so that Vite pre-bundles it as this file loads. Otherwise the lazy import in
// legacyResize.ts discovers it mid-run, Vite re-optimises its dependencies, and on a cold cache (CI)
// that dynamic import fails with "Failed to fetch dynamically imported module".
import 'browser-image-compression';
import { listDecoderWorkerResources } from '../../src/image/decoderWorkers';
import { ImportError, isAbortError, type ImportErrorCode } from '../../src/image/errors';
import {
  forceFullDecode,
  importPhoto,
  type ImportedPhoto,
  type ImportOptions,
} from '../../src/image/importPhoto';
import { forceLegacyResize } from '../../src/image/legacyResize';
import { quickPreview } from '../../src/image/quickPreview';
import { close, load, meanColour, sampler, withOrientation, type Rgba } from './imageHelpers';

const RED = [255, 0, 0];
const LIME = [0, 255, 0];
const BLUE = [0, 0, 255];
const YELLOW = [255, 255, 0];

/** The generated fixtures' picture, upright: red | lime over blue | yellow. */
function expectUprightQuadrants(bitmap: ImageBitmap, label = ''): void {
  const at = sampler(bitmap);
  const seen = {
    topLeft: at(0.25, 0.25),
    topRight: at(0.75, 0.25),
    bottomLeft: at(0.25, 0.75),
    bottomRight: at(0.75, 0.75),
  };
  const ok =
    close(seen.topLeft, RED) &&
    close(seen.topRight, LIME) &&
    close(seen.bottomLeft, BLUE) &&
    close(seen.bottomRight, YELLOW);
  expect(ok, `${label} quadrants ${JSON.stringify(seen)}`).toBe(true);
}

const opened: ImageBitmap[] = [];
async function importFixture(name: string, options?: ImportOptions): Promise<ImportedPhoto> {
  const photo = await importPhoto(await load(name), options);
  opened.push(photo.bitmap);
  return photo;
}
afterEach(() => {
  for (const bitmap of opened.splice(0)) bitmap.close();
  forceLegacyResize(false);
  forceFullDecode(false);
});

async function importErrorCode(name: string | Blob): Promise<ImportErrorCode> {
  try {
    const photo = await importPhoto(typeof name === 'string' ? await load(name) : name);
    photo.bitmap.close();
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  throw new Error('expected an ImportError');
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('importPhoto in Chromium', () => {
  // First, before any HEIC import: the HEIC decoder must be loaded only for HEIC.
  it('does not load the HEIC decoder for other formats', async () => {
    await importFixture('portrait.jpg');
    const workerResources = await listDecoderWorkerResources();
    expect(workerResources.some((url) => url.includes('libheif'))).toBe(false);
  });

  it.each([
    ['generated/quadrants.png', 'png'],
    ['generated/progressive.jpg', 'jpeg'],
    ['generated/cmyk.jpg', 'jpeg'],
    ['generated/rgb16.png', 'png'],
    ['generated/lossy.webp', 'webp'],
    ['generated/lossless.webp', 'webp'],
    ['generated/alpha.webp', 'webp'],
    ['generated/quadrants.avif', 'avif'],
    ['generated/quadrants.heic', 'heic'],
    ['generated/animated.gif', 'gif'],
    ['generated/quadrants.bmp', 'bmp'],
    ['generated/topdown.bmp', 'bmp'],
  ])('decodes %s upright at its own size', async (name, format) => {
    const photo = await importFixture(name);
    expect(photo).toMatchObject({ width: 96, height: 64, format, sourceWidth: 96, sourceHeight: 64 });
    if (name.includes('alpha')) {
      const at = sampler(photo.bitmap);
      expect(at(0.75, 0.25)[3], 'top-right is transparent').toBeLessThan(16);
      expect(at(0.25, 0.25), 'top-left is opaque red').toSatisfy((c: Rgba) => close(c, [...RED, 255]));
      expect(at(0.25, 0.75), 'bottom-left is opaque blue').toSatisfy((c: Rgba) => close(c, [...BLUE, 255]));
    } else {
      expectUprightQuadrants(photo.bitmap, name);
    }
  });

  it('shows frame 1 of an animated GIF, not frame 2 (solid magenta)', async () => {
    const photo = await importFixture('generated/animated.gif');
    const at = sampler(photo.bitmap);
    expect(close(at(0.5, 0.5), [255, 0, 255]) && close(at(0.1, 0.1), [255, 0, 255])).toBe(false);
    expectUprightQuadrants(photo.bitmap, 'gif');
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('turns EXIF orientation %i upright (96×64, red top-left)', async (n) => {
    const photo = await importFixture(`generated/orientation-${n}.jpg`);
    expect(photo).toMatchObject({ width: 96, height: 64, sourceWidth: 96, sourceHeight: 64 });
    expectUprightQuadrants(photo.bitmap, `orientation ${n}`);
  });

  it.each([1, 5, 6, 8])(
    'turns orientation %i upright when downscaling too (resize size = upright size)',
    async (n) => {
      const photo = await importFixture(`generated/orientation-${n}.jpg`, { maxSide: 48 });
      expect(photo).toMatchObject({ width: 48, height: 32, sourceWidth: 96, sourceHeight: 64 });
      expectUprightQuadrants(photo.bitmap, `orientation ${n} at 48 px`);
    },
  );

  it('decodes the real photos with their upright sizes', async () => {
    const sizes: Record<string, [number, number, string]> = {
      'portrait.jpg': [512, 512, 'jpeg'],
      'portrait.png': [512, 512, 'png'],
      'portrait-exif-orientation-6.jpg': [512, 512, 'jpeg'],
      'grayscale.png': [512, 512, 'png'],
      'palette-indexed.png': [320, 240, 'png'],
      'cat.webp': [451, 300, 'webp'],
    };
    for (const [name, [width, height, format]] of Object.entries(sizes)) {
      const photo = await importFixture(name);
      expect(photo, name).toMatchObject({ width, height, format, sourceWidth: width, sourceHeight: height });
      const at = sampler(photo.bitmap);
      const samples: Rgba[] = [];
      for (let fy = 0.05; fy < 1; fy += 0.1) for (let fx = 0.05; fx < 1; fx += 0.1) samples.push(at(fx, fy));
      expect(new Set(samples.map((c) => c.join())).size, `${name} is not a flat colour`).toBeGreaterThan(5);
      expect(
        samples.every((c) => c[3] === 255),
        `${name} is opaque`,
      ).toBe(true);
      if (name === 'grayscale.png') expect(samples.every(([r, g, b]) => r === g && g === b)).toBe(true);
    }
  });

  it('shows the EXIF-6 portrait the same way up as the plain one', async () => {
    const upright = await importFixture('portrait.jpg');
    const rotated = await importFixture('portrait-exif-orientation-6.jpg');
    for (const [x0, y0] of [
      [0, 0],
      [0.5, 0],
      [0, 0.5],
      [0.5, 0.5],
    ] as const) {
      const a = meanColour(upright.bitmap, x0, y0, x0 + 0.5, y0 + 0.5);
      const b = meanColour(rotated.bitmap, x0, y0, x0 + 0.5, y0 + 0.5);
      expect(
        close(a, b, 12),
        `quadrant at ${x0},${y0}: ${a.map(Math.round).join()} vs ${b.map(Math.round).join()}`,
      ).toBe(true);
    }
  });

  // forceFullDecode(true): no ImageDecoder scaled JPEG, one full createImageBitmap decode resized,
  // the path WebKit takes. Its 2160 px result (the scaled path gives 2016 px) shows the hook took.
  it('shrinks the 12 Mpx JPEG to a 2160 px working copy through the full decode (WebKit’s path)', async () => {
    forceFullDecode(true);
    const photo = await importFixture('photo-12mp.jpg');
    expect(photo).toMatchObject({
      width: 2160,
      height: 1620,
      format: 'jpeg',
      sourceWidth: 4032,
      sourceHeight: 3024,
    });
  });

  it('turns a big EXIF-6 photo upright in the full-decode working copy', async () => {
    forceFullDecode(true);
    const bytes = new Uint8Array(await (await load('photo-12mp.jpg')).arrayBuffer());
    const tagged = withOrientation(bytes, 6);
    const photo = await importPhoto(new Blob([tagged]));
    opened.push(photo.bitmap);
    expect(photo).toMatchObject({ width: 1620, height: 2160, sourceWidth: 3024, sourceHeight: 4032 });
    // Turned 90° clockwise: the stored left half is now the top half, the right half the bottom.
    const original = await importFixture('photo-12mp.jpg');
    const storedLeft = meanColour(original.bitmap, 0, 0, 0.5, 1);
    const storedRight = meanColour(original.bitmap, 0.5, 0, 1, 1);
    expect(close(meanColour(photo.bitmap, 0, 0, 1, 0.5), storedLeft, 10)).toBe(true);
    expect(close(meanColour(photo.bitmap, 0, 0.5, 1, 1), storedRight, 10)).toBe(true);
    expect(close(storedLeft, storedRight, 10), 'the halves differ, so the check means something').toBe(false);
  });

  it('honours maxSide and never upscales', async () => {
    expect(await importFixture('photo-12mp.jpg', { maxSide: 1000 })).toMatchObject({
      width: 1000,
      height: 750,
    });
    expect(await importFixture('cat.webp', { maxSide: 4000 })).toMatchObject({ width: 451, height: 300 });
    expect(await importFixture('cat.webp', { maxSide: 100 })).toMatchObject({ width: 100, height: 67 });
  });

  it('decodes HEIC (libheif in the worker) to the same picture as the JPEG', async () => {
    const heic = await importFixture('photo-12mp.heic');
    expect(heic).toMatchObject({
      width: 2160,
      height: 1620,
      format: 'heic',
      sourceWidth: 4032,
      sourceHeight: 3024,
    });
    const jpeg = await importFixture('photo-12mp.jpg');
    for (const [x0, y0] of [
      [0, 0],
      [0.5, 0],
      [0, 0.5],
      [0.5, 0.5],
    ] as const) {
      const a = meanColour(heic.bitmap, x0, y0, x0 + 0.5, y0 + 0.5);
      const b = meanColour(jpeg.bitmap, x0, y0, x0 + 0.5, y0 + 0.5);
      expect(
        close(a, b, 12),
        `quadrant ${x0},${y0}: ${a.map(Math.round).join()} vs ${b.map(Math.round).join()}`,
      ).toBe(true);
    }
  }, 30_000);
});

describe('importPhoto refuses bad input with a specific code', () => {
  it.each<[string, ImportErrorCode]>([
    ['empty.jpg', 'empty'],
    ['not-an-image.jpg', 'notImage'],
    ['truncated.jpg', 'truncated'],
    ['generated/image.tiff', 'tiff'],
    ['generated/script.svg', 'svg'],
    ['generated/document.pdf', 'pdf'],
    ['generated/bomb-20000x20000.png', 'tooLarge'],
  ])('%s → %s', async (name, code) => {
    expect(await importErrorCode(name)).toBe(code);
  });

  it('gives the bomb’s megapixels for the message, and the app stays usable', async () => {
    const error = await rejectionOf(importPhoto(await load('generated/bomb-20000x20000.png')));
    expect(error).toMatchObject({ code: 'tooLarge', megapixels: 400 });
    expect(await importFixture('portrait.jpg')).toMatchObject({ width: 512 });
  });

  it('never runs the SVG’s script', async () => {
    expect(await importErrorCode('generated/script.svg')).toBe('svg');
    expect((window as unknown as { __svgScriptRan?: boolean }).__svgScriptRan).toBeUndefined();
  });

  it('tells a photo cut off mid-data (header intact) from a damaged one', async () => {
    const photo = new Uint8Array(await (await load('photo-12mp.jpg')).arrayBuffer());
    expect(await importErrorCode(new Blob([photo.subarray(0, 2_000_000)]))).toBe('truncated');
    const png = new Uint8Array(await (await load('portrait.png')).arrayBuffer());
    expect(await importErrorCode(new Blob([png.subarray(0, 400_000)]))).toBe('truncated');

    // A complete JPEG whose frame header claims 12-bit samples, which browsers cannot decode.
    const jpeg = new Uint8Array(await (await load('portrait.jpg')).arrayBuffer());
    const damaged = jpeg.slice();
    for (let i = 2; i < damaged.length - 4; i++) {
      if (damaged[i] === 0xff && damaged[i + 1] === 0xc0) {
        damaged[i + 4] = 12;
        break;
      }
    }
    expect(await importErrorCode(new Blob([damaged]))).toBe('decodeFailed');
  });

  it('reports a HEIC that libheif cannot decode as heicFailed', async () => {
    const heic = new Uint8Array(await (await load('generated/quadrants.heic')).arrayBuffer());
    // Break the HEVC decoder configuration ('hvcC'), keeping the container intact.
    const damaged = heic.slice();
    const at = [...damaged].findIndex(
      (_, i) => String.fromCharCode(...damaged.subarray(i, i + 4)) === 'hvcC',
    );
    expect(at).toBeGreaterThan(0);
    damaged.fill(0xee, at + 4, at + 30);
    expect(await importErrorCode(new Blob([damaged]))).toBe('heicFailed');
  }, 30_000);
});

describe('cancelling', () => {
  it('rejects with an AbortError promptly when the signal aborts mid-decode, and the next import works', async () => {
    const heic = await load('photo-12mp.heic'); // libheif's decode is long and synchronous: only terminate() stops it
    const controller = new AbortController();
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const postMessage = vi.spyOn(Worker.prototype, 'postMessage');
    try {
      const pending = rejectionOf(importPhoto(heic, { signal: controller.signal }));
      // Abort once the worker has the file (no fixed wait: a busy machine may take longer).
      await vi.waitFor(() =>
        expect(
          postMessage.mock.calls.some(([message]) => (message as { type?: string }).type === 'decode'),
        ).toBe(true),
      );
      const abortedAt = performance.now();
      controller.abort();
      const error = await pending;
      expect(isAbortError(error)).toBe(true);
      expect(performance.now() - abortedAt).toBeLessThan(50);
      expect(terminate, 'the busy worker is terminated, abandoning its decode').toHaveBeenCalledTimes(1);
    } finally {
      terminate.mockRestore();
      postMessage.mockRestore();
    }
    expect(await importFixture('generated/orientation-6.jpg')).toMatchObject({ width: 96, height: 64 });
  }, 30_000);

  it('rejects at once for an already aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(
      isAbortError(await rejectionOf(importPhoto(await load('portrait.jpg'), { signal: controller.signal }))),
    ).toBe(true);
  });

  it('a newer photo aborting the older one: the older rejects, the newer resolves', async () => {
    const big = await load('photo-12mp.jpg');
    const first = new AbortController();
    forceFullDecode(true); // WebKit's path: a whole createImageBitmap decode to abandon
    const older = rejectionOf(importPhoto(big, { signal: first.signal }));
    first.abort();
    const newer = importPhoto(await load('cat.webp'), { signal: new AbortController().signal });
    expect(isAbortError(await older)).toBe(true);
    const photo = await newer;
    opened.push(photo.bitmap);
    expect(photo).toMatchObject({ width: 451, height: 300 });
  });

  it('two imports at once do not disturb each other', async () => {
    const [a, b] = await Promise.all([
      importFixture('photo-12mp.jpg'),
      importFixture('generated/orientation-8.jpg'),
    ]);
    expect(a).toMatchObject({ width: 2016, height: 1512 });
    expect(b).toMatchObject({ width: 96, height: 64 });
  });

  it('decodes a big JPEG at half scale (DCT scaling), upright, like the full decode', async () => {
    const plain = await importFixture('photo-12mp.jpg');
    // 4032 / 2 = 2016: within 8 % of the 2160 target, so kept as the working copy without a resize.
    expect(plain).toMatchObject({ width: 2016, height: 1512, sourceWidth: 4032, sourceHeight: 3024 });
    forceFullDecode(true);
    const full = await importFixture('photo-12mp.jpg');
    forceFullDecode(false);
    expect(full).toMatchObject({ width: 2160, height: 1620 });
    for (const [x0, y0] of [
      [0, 0],
      [0.5, 0],
      [0, 0.5],
      [0.5, 0.5],
    ] as const) {
      expect(
        close(
          meanColour(plain.bitmap, x0, y0, x0 + 0.5, y0 + 0.5),
          meanColour(full.bitmap, x0, y0, x0 + 0.5, y0 + 0.5),
          4,
        ),
      ).toBe(true);
    }
    const bytes = new Uint8Array(await (await load('photo-12mp.jpg')).arrayBuffer());
    const turned = await importPhoto(new Blob([withOrientation(bytes, 6)]));
    opened.push(turned.bitmap);
    expect(turned).toMatchObject({ width: 1512, height: 2016 });
    expect(close(meanColour(turned.bitmap, 0, 0, 1, 0.5), meanColour(plain.bitmap, 0, 0, 0.5, 1), 10)).toBe(
      true,
    );
  });
});

describe('the legacy path (browsers whose createImageBitmap cannot resize)', () => {
  it('resizes with browser-image-compression, upright', async () => {
    forceLegacyResize(true);
    const photo = await importFixture('photo-12mp.jpg');
    expect(photo).toMatchObject({ format: 'jpeg', sourceWidth: 4032, sourceHeight: 3024 });
    expect(Math.max(photo.width, photo.height)).toBe(2160);
    expect(Math.abs(photo.height - 1620)).toBeLessThanOrEqual(1);
    for (const n of [1, 3, 6, 7]) {
      const small = await importFixture(`generated/orientation-${n}.jpg`, { maxSide: 48 });
      expect(small).toMatchObject({ width: 48, height: 32 });
      expectUprightQuadrants(small.bitmap, `legacy orientation ${n}`);
    }
  });

  it('keeps transparency and handles the other formats', async () => {
    forceLegacyResize(true);
    const alpha = await importFixture('generated/alpha.png');
    expect(sampler(alpha.bitmap)(0.75, 0.25)[3]).toBeLessThan(16);
    for (const name of [
      'generated/lossy.webp',
      'generated/quadrants.avif',
      'generated/animated.gif',
      'generated/topdown.bmp',
    ]) {
      const photo = await importFixture(name);
      expect(photo, name).toMatchObject({ width: 96, height: 64 });
      expectUprightQuadrants(photo.bitmap, `legacy ${name}`);
    }
  });

  it('shrinks HEIC without createImageBitmap resizing', async () => {
    forceLegacyResize(true);
    const photo = await importFixture('photo-12mp.heic');
    expect(photo).toMatchObject({ width: 2160, height: 1620, format: 'heic' });
    expectUprightQuadrants((await importFixture('generated/quadrants.heic')).bitmap, 'legacy heic');
  }, 30_000);

  it('still refuses bad input with the same codes', async () => {
    forceLegacyResize(true);
    expect(await importErrorCode('truncated.jpg')).toBe('truncated');
    expect(await importErrorCode('generated/bomb-20000x20000.png')).toBe('tooLarge');
    const photo = new Uint8Array(await (await load('photo-12mp.jpg')).arrayBuffer());
    expect(await importErrorCode(new Blob([photo.subarray(0, 2_000_000)]))).toBe('truncated');
  });

  it('never fetches the library from a CDN and never makes a canvas over 4096×4096', async () => {
    forceLegacyResize(true);
    await importFixture('generated/quadrants.png'); // our worker is warm: any worker created now is the library's
    const OriginalCanvas = globalThis.OffscreenCanvas;
    const OriginalWorker = globalThis.Worker;
    const areas: number[] = [];
    const workers: string[] = [];
    globalThis.OffscreenCanvas = class extends OriginalCanvas {
      constructor(width: number, height: number) {
        super(width, height);
        areas.push(width * height);
      }
    };
    globalThis.Worker = class extends OriginalWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers.push(String(url));
      }
    };
    try {
      await importFixture('photo-12mp.jpg');
    } finally {
      globalThis.OffscreenCanvas = OriginalCanvas;
      globalThis.Worker = OriginalWorker;
    }
    // With useWebWorker: true the library would start a blob: worker that importScripts() jsdelivr.
    expect(workers).toEqual([]);
    expect(
      performance.getEntriesByType('resource').filter((entry) => entry.name.includes('jsdelivr')),
    ).toEqual([]);
    expect(areas.length).toBeGreaterThan(0); // the library did draw on a canvas, so the spy saw it
    expect(Math.max(...areas)).toBeLessThanOrEqual(4096 * 4096);
  });
});

describe('privacy', () => {
  it('loads nothing from another origin: not the page, not the worker, not the HEIC decoder', async () => {
    await importFixture('generated/quadrants.heic'); // makes sure the warm worker has loaded libheif
    const pageUrls = performance.getEntriesByType('resource').map((entry) => entry.name);
    const workerUrls = await listDecoderWorkerResources();
    expect(workerUrls.some((url) => url.includes('libheif'))).toBe(true); // the check below saw the HEIC decoder load
    expect(
      pageUrls.some((url) => url.includes('libheif')),
      'the main thread never loads libheif',
    ).toBe(false);
    const foreign = [...pageUrls, ...workerUrls].filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).toEqual([]);
  }, 30_000);
});

// --- hostile and odd files, built here ---------------------------------------------------------
const be16 = (n: number): number[] => [(n >> 8) & 255, n & 255];
const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number): number[] => [n & 255, (n >> 8) & 255];
const ascii = (value: string): number[] => [...value].map((c) => c.charCodeAt(0));

describe('hostile files are refused with a typed error', () => {
  it('a 98 KB GIF with a 1×1 screen and a 12000×12000 frame: tooLarge, not a 144 Mpx decode', async () => {
    const screen = [...ascii('GIF89a'), ...le16(1), ...le16(1), 0, 0, 0];
    const frame = [0x2c, 0, 0, 0, 0, ...le16(12000), ...le16(12000), 0, 8];
    const data: number[] = [];
    for (let i = 0; i < 390; i++) data.push(255, ...new Array<number>(255).fill(0));
    const gif = new Blob([new Uint8Array([...screen, ...frame, ...data, 0, 0x3b])]);
    expect(await rejectionOf(importPhoto(gif))).toMatchObject({ code: 'tooLarge', megapixels: 144 });
  });

  it('a 64 MB ISO-BMFF file whose ftyp claims 4 GB', async () => {
    const ftyp = [...be32(0xffffffff), ...ascii('ftypheic'), ...be32(0), ...ascii('mif1')];
    const file = new Blob([new Uint8Array(ftyp), new Uint8Array(64 * 1024 * 1024)]);
    expect(await rejectionOf(importPhoto(file))).toBeInstanceOf(ImportError);
  });
});

describe('odd EXIF: the photo stands as the browser’s own upright decode shows it', () => {
  type Entry = [tag: number, type: number, count: number, value: number];
  const entry = ([tag, type, count, value]: Entry): number[] => [
    ...be16(tag),
    ...be16(type),
    ...be32(count),
    ...(type === 4 ? be32(value) : [...be16(value), 0, 0]),
  ];
  /** Big-endian TIFF: IFD0 = `ifd0` in order, then (if given) an Exif sub-IFD holding `subIfd`. */
  function tiff(ifd0: Entry[], subIfd?: Entry[]): number[] {
    const subAt = 8 + 2 + 12 * (ifd0.length + (subIfd ? 1 : 0)) + 4;
    const entries = subIfd ? [...ifd0, [0x8769, 4, 1, subAt] as Entry] : ifd0;
    const sub = subIfd ? [...be16(subIfd.length), ...subIfd.flatMap(entry), ...be32(0)] : [];
    return [
      ...ascii('MM'),
      ...be16(42),
      ...be32(8),
      ...be16(entries.length),
      ...entries.flatMap(entry),
      ...be32(0),
      ...sub,
    ];
  }
  const EXIF = [...ascii('Exif'), 0, 0];
  const cases: [string, number[]][] = [
    ['a valid Orientation 6 (control)', [...EXIF, ...tiff([[0x0112, 3, 1, 6]])]],
    ['an Orientation 6 whose count is 2', [...EXIF, ...tiff([[0x0112, 3, 2, 6]])]],
    ['an Orientation 6 of type LONG', [...EXIF, ...tiff([[0x0112, 4, 1, 6]])]],
    [
      'an invalid Orientation before a valid 6',
      [
        ...EXIF,
        ...tiff([
          [0x0112, 3, 2, 8],
          [0x0112, 3, 1, 6],
        ]),
      ],
    ],
    ['an Orientation 6 in the Exif sub-IFD', [...EXIF, ...tiff([[0x0100, 3, 1, 2400]], [[0x0112, 3, 1, 6]])]],
    [
      'a fill byte of 1 after "Exif\\0", Orientation 8',
      [...ascii('Exif'), 0, 1, ...tiff([[0x0112, 3, 1, 8]])],
    ],
  ];

  let stored: Uint8Array<ArrayBuffer> | undefined;
  /** 2400×1600 stored pixels (big enough for the half-scale path at maxSide 1000), red top-left. */
  async function storedJpeg(): Promise<Uint8Array<ArrayBuffer>> {
    if (stored) return stored;
    const canvas = new OffscreenCanvas(2400, 1600);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#0000ff';
    context.fillRect(0, 0, 2400, 1600);
    context.fillStyle = '#ff0000';
    context.fillRect(0, 0, 1200, 800);
    stored = new Uint8Array(
      await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })).arrayBuffer(),
    );
    return stored;
  }
  const withApp1 = (jpeg: Uint8Array<ArrayBuffer>, payload: number[]): Blob =>
    new Blob([
      jpeg.subarray(0, 2),
      new Uint8Array([0xff, 0xe1, ...be16(payload.length + 2), ...payload]),
      jpeg.subarray(2),
    ]);

  /** Aspect ratio and which quadrant is red: all that must agree with the browser's own decode. */
  function look(image: ImageBitmap | HTMLCanvasElement): { aspect: number; red: string } {
    const bitmap = image;
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const quadrants = {
      topLeft: [0.25, 0.25],
      topRight: [0.75, 0.25],
      bottomLeft: [0.25, 0.75],
      bottomRight: [0.75, 0.75],
    };
    const red = Object.entries(quadrants)
      .filter(([, [fx, fy]]) => {
        const [r, , b] = context.getImageData(
          Math.floor((fx as number) * bitmap.width),
          Math.floor((fy as number) * bitmap.height),
          1,
          1,
        ).data;
        return (r as number) > 128 && (b as number) < 128;
      })
      .map(([name]) => name)
      .join(',');
    return { aspect: Math.round((bitmap.width / bitmap.height) * 100) / 100, red };
  }

  it.each(cases)('%s', async (_, payload) => {
    const file = withApp1(await storedJpeg(), payload);
    const own = await createImageBitmap(file); // the browser's own upright decode
    const expected = look(own);
    own.close();
    expect(['topLeft', 'topRight', 'bottomLeft', 'bottomRight']).toContain(expected.red);

    const working = await importPhoto(file); // 2400 px → 2160: a full decode, resized
    const scaled = await importPhoto(file, { maxSide: 1000 }); // the half-scale ImageDecoder path
    forceFullDecode(true);
    const fullDecode = await importPhoto(file, { maxSide: 1000 }); // where scaled was, a full decode
    forceFullDecode(false);
    const paths = { working, scaled, fullDecode };
    const seen: Record<string, { aspect: number; red: string }> = {};
    for (const [name, photo] of Object.entries(paths)) {
      opened.push(photo.bitmap);
      seen[name] = look(photo.bitmap);
      // The source size the pipeline reports stands the same way as the bitmap.
      expect(Math.sign(photo.sourceWidth - photo.sourceHeight), name).toBe(
        Math.sign(photo.width - photo.height),
      );
    }
    const quick = await quickPreview(file, new AbortController().signal);
    if (quick) seen.quickPreview = look(quick);
    if (quick instanceof ImageBitmap) quick.close();
    expect(Object.keys(seen)).toEqual(['working', 'scaled', 'fullDecode', 'quickPreview']);
    for (const [name, view] of Object.entries(seen)) expect(view, name).toEqual(expected);
  });
});
