import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksTruncated } from '../../src/image/truncation';
import type { ImageFormat } from '../../src/image/sniff';

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

describe('looksTruncated (asked only after a decoder gave up)', () => {
  it.each(complete)('%s is complete', (name, format) => {
    expect(looksTruncated(fixture(name), format)).toBe(false);
  });

  it.each(complete)('%s cut in half is truncated', (name, format) => {
    const bytes = fixture(name);
    expect(looksTruncated(bytes.subarray(0, Math.floor(bytes.length / 2)), format)).toBe(true);
  });

  it.each(complete)('%s missing its last 2 bytes is truncated', (name, format) => {
    const bytes = fixture(name);
    if (format === 'gif') return; // only the first frame matters, and it is long finished
    expect(looksTruncated(bytes.subarray(0, bytes.length - 2), format)).toBe(true);
  });

  it('the real truncated.jpg', () => {
    expect(looksTruncated(fixture('truncated.jpg'), 'jpeg')).toBe(true);
  });

  it('a JPEG with data after its end marker is complete (phones append such data)', () => {
    const bytes = fixture('portrait.jpg');
    const padded = new Uint8Array([...bytes, ...new Array(5000).fill(0x42)]);
    expect(looksTruncated(padded, 'jpeg')).toBe(false);
  });

  it("a JPEG whose only end marker is its Exif thumbnail's is truncated", () => {
    const bytes = fixture('photo-12mp.jpg');
    const cut = bytes.subarray(0, bytes.length - 1000); // the thumbnail's FF D9 is before the first scan
    expect(looksTruncated(cut, 'jpeg')).toBe(true);
  });

  it('a GIF is complete once its first frame is', () => {
    const bytes = fixture('generated/animated.gif');
    expect(looksTruncated(bytes.subarray(0, bytes.length - 20), 'gif')).toBe(false); // inside frame 2
    expect(looksTruncated(bytes.subarray(0, 100), 'gif')).toBe(true); // inside frame 1
  });

  it('damage that is not a cut is not called truncated', () => {
    const notAGif = new Uint8Array(
      [...'GIF89a'].map((c) => c.charCodeAt(0)).concat([1, 0, 1, 0, 0, 0, 0, 0x3b]),
    );
    expect(looksTruncated(notAGif, 'gif')).toBe(false);
  });
});
