import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAbortError, IMPORT_ERROR_CODES, ImportError, isAbortError } from '../../src/image/errors';
import en from '../../locales/en.json';
import { HEAD_BYTES, inspectFile, MAX_INSPECT_BYTES } from '../../src/image/inspectFile';
import { DEFAULT_MAX_SIDE, fitWithin, MAX_CANVAS_SIDE, normaliseMaxSide } from '../../src/image/workingSize';
import { countingBlob } from '../support/countingBlob';

const fixture = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('inspectFile', () => {
  it('sniffs and reads the header of a real photo from its first bytes only', async () => {
    const { blob, read } = countingBlob([fixture('photo-12mp.jpg')]);
    await expect(inspectFile(blob)).resolves.toEqual({
      format: 'jpeg',
      header: { width: 4032, height: 3024, orientation: 1 },
    });
    expect(read()).toBeLessThanOrEqual(HEAD_BYTES);
  });

  it('reads further when the header is longer than the first read', async () => {
    const jpeg = fixture('portrait-exif-orientation-6.jpg');
    // 300 KB of COM segments between SOI and the rest of the header.
    const comment = new Uint8Array(60_000 + 4);
    comment.set([0xff, 0xfe, 60_002 >> 8, 60_002 & 255]);
    const filler = Array.from({ length: 5 }, () => comment);
    const { blob } = countingBlob([jpeg.subarray(0, 2), ...filler, jpeg.subarray(2)]);
    await expect(inspectFile(blob)).resolves.toEqual({
      format: 'jpeg',
      header: { width: 512, height: 512, orientation: 6 },
    });
  });

  it('refuses a big non-image after reading only its start', async () => {
    const { blob, read } = countingBlob([new TextEncoder().encode('just text\n'.repeat(500_000))]);
    expect(await rejection(inspectFile(blob))).toMatchObject({ code: 'notImage' });
    expect(read()).toBeLessThanOrEqual(HEAD_BYTES);
  });

  it('refuses the bomb before reading the rest of it', async () => {
    const bomb = fixture('generated/bomb-20000x20000.png');
    const { blob, read } = countingBlob([bomb, new Uint8Array(1_000_000)]); // "a 1 MB PNG claiming 20000×20000"
    const error = await rejection(inspectFile(blob));
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'tooLarge', megapixels: 400 });
    expect(read()).toBeLessThanOrEqual(HEAD_BYTES);
  });

  it.each([
    ['empty.jpg', 'empty'],
    ['not-an-image.jpg', 'notImage'],
    ['truncated.jpg', 'truncated'],
    ['generated/image.tiff', 'tiff'],
    ['generated/script.svg', 'svg'],
    ['generated/document.pdf', 'pdf'],
  ])('%s → %s', async (name, code) => {
    expect(await rejection(inspectFile(new Blob([fixture(name)])))).toMatchObject({ code });
  });
});

// --- hostile files, built here: a small header in front of a lot of zeros ---------------------
const ascii = (value: string): number[] => [...value].map((c) => c.charCodeAt(0));
const be16 = (n: number): number[] => [(n >> 8) & 255, n & 255];
const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number): number[] => [n & 255, (n >> 8) & 255];
const MB = 1024 * 1024;
/** `megabytes` MB of zeros as Blob parts: one 1 MB array, repeated (the Blob copies it). */
const zeros = (megabytes: number): Uint8Array<ArrayBuffer>[] =>
  new Array<Uint8Array<ArrayBuffer>>(megabytes).fill(new Uint8Array(MB));
const box = (type: string, ...payload: number[][]): number[] => [
  ...be32(8 + payload.flat().length),
  ...ascii(type),
  ...payload.flat(),
];
/** A box header claiming `size` bytes, whose payload is whatever follows it. */
const boxHeader = (type: string, size: number): number[] => [...be32(size), ...ascii(type)];
const FTYP = box('ftyp', ascii('heic'), be32(0), ascii('mif1'), ascii('heic'));
const ispe = (width: number, height: number): number[] =>
  box('ispe', [0, 0, 0, 0], be32(width), be32(height));
const pitm = box('pitm', [0, 0, 0, 0], be16(1));
const ipma = box('ipma', [0, 0, 0, 0], be32(1), [...be16(1), 1, 0x81]);
const META = box('meta', [0, 0, 0, 0], pitm, box('iprp', box('ipco', ispe(640, 480)), ipma));

describe('inspectFile on hostile files: bounded reads, typed errors', () => {
  it('a 64 MB ISO-BMFF file whose ftyp claims 4 GB', async () => {
    const ftyp = [...boxHeader('ftyp', 0xffffffff), ...ascii('heic'), ...be32(0), ...ascii('mif1')];
    const { blob, read } = countingBlob([new Uint8Array(ftyp), ...zeros(64)]);
    expect(await rejection(inspectFile(blob))).toBeInstanceOf(ImportError);
    expect(read()).toBeLessThanOrEqual(MAX_INSPECT_BYTES);
  });

  it('a 64 MB ISO-BMFF file whose ipma claims 2³² entries', async () => {
    const size = 64 * MB;
    const head = [
      ...FTYP,
      ...boxHeader('meta', size - FTYP.length),
      0,
      0,
      0,
      0,
      ...pitm,
      ...boxHeader('iprp', size - FTYP.length - 12 - pitm.length),
      ...box('ipco', ispe(640, 480)),
      ...boxHeader('ipma', size - FTYP.length - 12 - pitm.length - 8 - 8 - 20),
      0,
      0,
      0,
      0,
      ...be32(0xffffffff),
    ];
    const { blob, read } = countingBlob([new Uint8Array(head), ...zeros(64)]);
    expect(await rejection(inspectFile(blob))).toBeInstanceOf(ImportError);
    expect(read()).toBeLessThanOrEqual(MAX_INSPECT_BYTES);
  });

  it('a 98 KB GIF with a 1×1 screen and a 12000×12000 frame is too large', async () => {
    const screen = [...ascii('GIF89a'), ...le16(1), ...le16(1), 0, 0, 0];
    const frame = [0x2c, 0, 0, 0, 0, ...le16(12000), ...le16(12000), 0, 8];
    const data: number[] = [];
    for (let i = 0; i < 390; i++) data.push(255, ...new Array<number>(255).fill(0));
    const gif = new Uint8Array([...screen, ...frame, ...data, 0, 0x3b]);
    expect(gif.length).toBeGreaterThan(98_000);
    const error = await rejection(inspectFile(new Blob([gif])));
    expect(error).toMatchObject({ code: 'tooLarge', megapixels: 144 });
  });

  it('a 64 MB JPEG of 4-byte segments is refused after a bounded walk', async () => {
    const tiny = new Uint8Array(MB).map((_, i) => [0xff, 0xfe, 0x00, 0x02][i % 4] as number);
    const { blob, read } = countingBlob([
      new Uint8Array([0xff, 0xd8]),
      ...new Array<Uint8Array<ArrayBuffer>>(64).fill(tiny),
    ]);
    expect(await rejection(inspectFile(blob))).toMatchObject({ code: 'decodeFailed' });
    expect(read()).toBeLessThanOrEqual(MAX_INSPECT_BYTES);
  });

  it('a 64 MB JPEG of fill bytes is refused after a bounded read', async () => {
    const fill = new Uint8Array(MB).fill(0xff);
    const { blob, read } = countingBlob([
      new Uint8Array([0xff, 0xd8]),
      ...new Array<Uint8Array<ArrayBuffer>>(64).fill(fill),
    ]);
    expect(await rejection(inspectFile(blob))).toBeInstanceOf(ImportError);
    expect(read()).toBeLessThanOrEqual(MAX_INSPECT_BYTES);
  });

  it('a 64 MB PNG with small chunks before its image data is refused after a bounded read', async () => {
    const chunk = new Uint8Array(MB).map(
      (_, i) => [0, 0, 0, 0, 0x74, 0x45, 0x58, 0x74, 0, 0, 0, 0][i % 12] as number,
    );
    const png = fixture('portrait.png').subarray(0, 33); // signature + IHDR
    const { blob, read } = countingBlob([png, ...new Array<Uint8Array<ArrayBuffer>>(64).fill(chunk)]);
    expect(await rejection(inspectFile(blob))).toMatchObject({ code: 'decodeFailed' });
    expect(read()).toBeLessThanOrEqual(MAX_INSPECT_BYTES);
  });

  it('still opens a JPEG whose header sits behind 3 MB of XMP extension segments, reading little', async () => {
    const jpeg = fixture('portrait-exif-orientation-6.jpg');
    const xmpExtension = new Uint8Array(65535 + 2);
    xmpExtension.set([0xff, 0xe1, 0xff, 0xff, ...ascii('http://ns.adobe.com/xmp/extension/'), 0]);
    const filler = new Array<Uint8Array<ArrayBuffer>>(48).fill(xmpExtension); // 3 MB
    const { blob, read } = countingBlob([jpeg.subarray(0, 2), ...filler, jpeg.subarray(2)]);
    await expect(inspectFile(blob)).resolves.toEqual({
      format: 'jpeg',
      header: { width: 512, height: 512, orientation: 6 },
    });
    expect(read()).toBeLessThanOrEqual(MAX_INSPECT_BYTES);
  });

  it("still opens a HEIF whose 'meta' follows a 3 MB 'mdat', reading little", async () => {
    const mdat = [...boxHeader('mdat', 3 * MB + 8)];
    const { blob, read } = countingBlob([
      new Uint8Array([...FTYP, ...mdat]),
      ...zeros(3),
      new Uint8Array(META),
    ]);
    await expect(inspectFile(blob)).resolves.toEqual({
      format: 'heic',
      header: { width: 640, height: 480, orientation: 1 },
    });
    expect(read()).toBeLessThanOrEqual(HEAD_BYTES + 64 * 1024);
  });

  it('a HEIF cut off before its meta is truncated, and one without meta damaged', async () => {
    const mdat = [...boxHeader('mdat', 3 * MB + 8)];
    const cut = new Blob([new Uint8Array([...FTYP, ...mdat]), ...zeros(2)]);
    expect(await rejection(inspectFile(cut))).toMatchObject({ code: 'truncated' });
    const noMeta = new Blob([
      new Uint8Array([...FTYP, ...mdat]),
      ...zeros(3),
      new Uint8Array(box('free', [1])),
    ]);
    expect(await rejection(inspectFile(noMeta))).toMatchObject({ code: 'decodeFailed' });
  });
});

describe('fitWithin / normaliseMaxSide', () => {
  it('scales the long side down to maxSide, keeping the aspect ratio', () => {
    expect(fitWithin({ width: 4032, height: 3024 }, 2160)).toEqual({ width: 2160, height: 1620 });
    expect(fitWithin({ width: 3024, height: 4032 }, 2160)).toEqual({ width: 1620, height: 2160 });
    expect(fitWithin({ width: 451, height: 300 }, 100)).toEqual({ width: 100, height: 67 });
    expect(fitWithin({ width: 5000, height: 5000 }, 2160)).toEqual({ width: 2160, height: 2160 });
    expect(fitWithin({ width: 20000, height: 3 }, 2160)).toEqual({ width: 2160, height: 1 });
  });

  it('never upscales', () => {
    expect(fitWithin({ width: 451, height: 300 }, 2160)).toEqual({ width: 451, height: 300 });
  });

  it('defaults to 2160 and never exceeds 4096', () => {
    expect(normaliseMaxSide(undefined)).toBe(DEFAULT_MAX_SIDE);
    expect(DEFAULT_MAX_SIDE).toBe(2160);
    expect(normaliseMaxSide(10_000)).toBe(MAX_CANVAS_SIDE);
    expect(normaliseMaxSide(720.7)).toBe(720);
    expect(() => normaliseMaxSide(0)).toThrow(RangeError);
    expect(() => normaliseMaxSide(Number.NaN)).toThrow(RangeError);
  });
});

describe('errors', () => {
  it('isAbortError knows abort errors from any source, and nothing else', () => {
    expect(isAbortError(createAbortError())).toBe(true);
    expect(isAbortError(new DOMException('x', 'AbortError'))).toBe(true);
    expect(isAbortError(Object.assign(new Error('x'), { name: 'AbortError' }))).toBe(true);
    expect(isAbortError(new ImportError('empty'))).toBe(false);
    expect(isAbortError(new DOMException('x', 'InvalidStateError'))).toBe(false);
    expect(isAbortError(undefined)).toBe(false);
    expect(isAbortError('AbortError')).toBe(false);
  });

  it('every code has its English message (the UI shows t(`errors.${code}`, { count: megapixels }))', () => {
    const messages: Record<string, string> = en.errors;
    expect(IMPORT_ERROR_CODES).toHaveLength(9);
    for (const code of IMPORT_ERROR_CODES) {
      if (code === 'tooLarge') {
        expect(messages.tooLarge_one).toContain('{{count}}');
        expect(messages.tooLarge_other).toContain('{{count}}');
      } else {
        expect(messages[code], code).toBeTruthy();
      }
    }
  });

  it('ImportError carries its code and, for tooLarge, the megapixels', () => {
    const error = new ImportError('tooLarge', { megapixels: 400 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'ImportError', code: 'tooLarge', megapixels: 400 });
    expect(new ImportError('svg').megapixels).toBeUndefined();
  });
});
