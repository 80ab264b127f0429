import { describe, expect, it } from 'vitest';
import { jpegReduction } from '../../src/workers/decode/decodeScaledJpeg';

describe('jpegReduction', () => {
  const target = { width: 2160, height: 1620 };
  it('halves a 12 MP photo: 2016 px is close enough to 2160', () => {
    expect(jpegReduction({ width: 4032, height: 3024 }, target)).toBe(2);
  });
  it('quarters a 48 MP photo', () => {
    expect(jpegReduction({ width: 8000, height: 6000 }, target)).toBe(4);
  });
  it('never goes under the target by more than a few per cent', () => {
    expect(jpegReduction({ width: 3600, height: 2700 }, target)).toBe(1); // 1800 px would be 17 % short
    expect(jpegReduction({ width: 2400, height: 1800 }, target)).toBe(1);
  });
  it('stops at 1/8, the smallest DCT scale', () => {
    expect(jpegReduction({ width: 40000, height: 2000 }, { width: 100, height: 5 })).toBe(8);
  });
});
