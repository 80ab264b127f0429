import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesLookTruncated, looksTruncated } from '../../src/image/truncation';
import type { ImageFormat } from '../../src/image/sniff';
import { countingBlob } from '../support/countingBlob';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

const complete: [string, ImageFormat][] = [
  ['portrait.jpg', 'jpeg'],
  ['photo-12mp.jpg', 'jpeg'],
  ['generated/progressive.jpg', 'jpeg'],
  ['generated/cmyk.jpg', 'jpeg'],
  ['generated/orientation-5.jpg', 'jpeg'],
  ['portrait.png', 'png'],
  ['palette-indexed.png', 'png'],
  ['generated/rgb16.png', 'png'],
  ['cat.webp', 'webp'],
  ['generated/lossless.webp', 'webp'],
  ['generated/alpha.webp', 'webp'],
  ['generated/animated.gif', 'gif'],
  ['generated/quadrants.bmp', 'bmp'],
  ['generated/topdown.bmp', 'bmp'],
  ['generated/quadrants.avif', 'avif'],
  ['generated/quadrants.heic', 'heic'],
  ['photo-12mp.heic', 'heic'],
];

describe('bytesLookTruncated (asked only after a decoder gave up)', () => {
  it.each(complete)('%s is complete', (name, format) => {
    expect(bytesLookTruncated(fixture(name), format)).toBe(false);
  });

  it.each(complete)('%s cut in half is truncated', (name, format) => {
    const bytes = fixture(name);
    expect(bytesLookTruncated(bytes.subarray(0, Math.floor(bytes.length / 2)), format)).toBe(true);
  });

  it.each(complete)('%s missing its last 2 bytes is truncated', (name, format) => {
    const bytes = fixture(name);
    if (format === 'gif') return; // only the first frame matters, and it is long finished
    expect(bytesLookTruncated(bytes.subarray(0, bytes.length - 2), format)).toBe(true);
  });

  it('the real truncated.jpg', () => {
    expect(bytesLookTruncated(fixture('truncated.jpg'), 'jpeg')).toBe(true);
  });

  it('a JPEG with data after its end marker is complete (phones append such data)', () => {
    const bytes = fixture('portrait.jpg');
    const padded = new Uint8Array([...bytes, ...new Array(5000).fill(0x42)]);
    expect(bytesLookTruncated(padded, 'jpeg')).toBe(false);
  });

  it("a JPEG whose only end marker is its Exif thumbnail's is truncated", () => {
    const bytes = fixture('photo-12mp.jpg');
    const cut = bytes.subarray(0, bytes.length - 1000); // the thumbnail's FF D9 is before the first scan
    expect(bytesLookTruncated(cut, 'jpeg')).toBe(true);
  });

  it('a GIF is complete once its first frame is', () => {
    const bytes = fixture('generated/animated.gif');
    expect(bytesLookTruncated(bytes.subarray(0, bytes.length - 20), 'gif')).toBe(false); // inside frame 2
    expect(bytesLookTruncated(bytes.subarray(0, 100), 'gif')).toBe(true); // inside frame 1
  });

  it('damage that is not a cut is not called truncated', () => {
    const notAGif = new Uint8Array(
      [...'GIF89a'].map((c) => c.charCodeAt(0)).concat([1, 0, 1, 0, 0, 0, 0, 0x3b]),
    );
    expect(bytesLookTruncated(notAGif, 'gif')).toBe(false);
  });
});

const MB = 1024 * 1024;

describe('looksTruncated(file): bounded reads of big files', () => {
  it.each(complete)('%s: complete, cut in half, and cut by 2 bytes, as a Blob', async (name, format) => {
    const bytes = fixture(name) as Uint8Array<ArrayBuffer>;
    expect(await looksTruncated(new Blob([bytes]), format)).toBe(false);
    expect(await looksTruncated(new Blob([bytes.subarray(0, bytes.length >> 1)]), format)).toBe(true);
    if (format !== 'gif') expect(await looksTruncated(new Blob([bytes.subarray(0, -2)]), format)).toBe(true);
  });

  it.each([
    ['photo-12mp.jpg', 'jpeg'],
    ['photo-12mp.heic', 'heic'],
    ['portrait.png', 'png'],
    ['generated/animated.gif', 'gif'],
    ['generated/quadrants.bmp', 'bmp'],
    ['cat.webp', 'webp'],
  ] as [string, ImageFormat][])('%s followed by 64 MB of zeros: reads at most 2 MB', async (name, format) => {
    const bytes = fixture(name) as Uint8Array<ArrayBuffer>;
    const { blob, read } = countingBlob([
      bytes,
      ...new Array<Uint8Array<ArrayBuffer>>(64).fill(new Uint8Array(MB)),
    ]);
    await looksTruncated(blob, format);
    expect(read()).toBeLessThanOrEqual(2 * MB);
  });

  it('a big JPEG with data appended after its end marker is complete', async () => {
    const bytes = fixture('photo-12mp.jpg') as Uint8Array<ArrayBuffer>;
    expect(await looksTruncated(new Blob([bytes, new Uint8Array(100_000).fill(0x42)]), 'jpeg')).toBe(false);
  });
});
