import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAbortError, IMPORT_ERROR_CODES, ImportError, isAbortError } from '../../src/image/errors';
import en from '../../locales/en.json';
import { HEAD_BYTES, inspectFile } from '../../src/image/inspectFile';
import { DEFAULT_MAX_SIDE, fitWithin, MAX_CANVAS_SIDE, normaliseMaxSide } from '../../src/image/workingSize';

const fixture = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

/** A Blob that records how many bytes were read from it. */
function countingBlob(parts: BlobPart[]): { blob: Blob; read: () => number } {
  const blob = new Blob(parts);
  let read = 0;
  const wrap = (b: Blob): Blob =>
    new Proxy(b, {
      get(target, key) {
        if (key === 'slice') return (start?: number, end?: number) => wrap(target.slice(start, end));
        if (key === 'arrayBuffer') return () => ((read += target.size), target.arrayBuffer());
        const value = Reflect.get(target, key, target) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
  return { blob: wrap(blob), read: () => read };
}

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
