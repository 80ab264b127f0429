import { describe, expect, it } from 'vitest';
import { downscaleRgba } from '../../src/image/downscaleRgba';

/** width×height pixels from a function of (x, y) → [r, g, b, a]. */
function image(width: number, height: number, pixel: (x: number, y: number) => number[]): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(pixel(x, y), (y * width + x) * 4);
  return data;
}
const at = (data: Uint8ClampedArray, width: number, x: number, y: number): number[] => [
  ...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4),
];

describe('downscaleRgba (the HEIC path where createImageBitmap cannot resize)', () => {
  it('averages each block', () => {
    const checker = image(4, 4, (x, y) => ((x + y) % 2 ? [255, 255, 255, 255] : [0, 0, 0, 255]));
    const out = downscaleRgba(checker, 4, 4, 2, 2);
    for (const [x, y] of [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ] as const)
      expect(at(out, 2, x, y)).toEqual([128, 128, 128, 255]);
  });

  it('keeps quadrant colours in place at a non-integer ratio', () => {
    const quadrants = image(96, 64, (x, y) =>
      y < 32
        ? x < 48
          ? [255, 0, 0, 255]
          : [0, 255, 0, 255]
        : x < 48
          ? [0, 0, 255, 255]
          : [255, 255, 0, 255],
    );
    const out = downscaleRgba(quadrants, 96, 64, 27, 18);
    expect(at(out, 27, 3, 3)).toEqual([255, 0, 0, 255]);
    expect(at(out, 27, 23, 3)).toEqual([0, 255, 0, 255]);
    expect(at(out, 27, 3, 14)).toEqual([0, 0, 255, 255]);
    expect(at(out, 27, 23, 14)).toEqual([255, 255, 0, 255]);
  });

  it('weights colour by alpha, so transparent pixels do not darken edges', () => {
    const half = image(2, 1, (x) => (x === 0 ? [255, 0, 0, 255] : [0, 0, 0, 0]));
    expect(at(downscaleRgba(half, 2, 1, 1, 1), 1, 0, 0)).toEqual([255, 0, 0, 128]);
  });

  it('is the identity at the same size, and refuses to enlarge', () => {
    const source = image(3, 2, (x, y) => [x * 50, y * 90, 7, 255]);
    expect([...downscaleRgba(source, 3, 2, 3, 2)]).toEqual([...source]);
    expect(() => downscaleRgba(source, 3, 2, 4, 2)).toThrow(RangeError);
  });
});
