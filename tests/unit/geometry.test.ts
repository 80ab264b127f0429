import { describe, expect, it } from 'vitest';
import { clampCentre, coversFrame, minCoverScale, normalizeDegrees } from '../../src/scene/geometry';

describe('minCoverScale', () => {
  it('fits the short side of an upright photo to the frame', () => {
    expect(minCoverScale(4000, 3000, 0)).toBeCloseTo(1 / 3000);
    expect(minCoverScale(300, 451, 0)).toBeCloseTo(1 / 300);
    expect(minCoverScale(300, 451, 90)).toBeCloseTo(1 / 300);
  });

  it('grows by √2 at 45° so the turned square still fits inside the photo', () => {
    expect(minCoverScale(1000, 1000, 45)).toBeCloseTo(Math.SQRT2 / 1000);
  });

  it('always covers the frame, at any angle', () => {
    for (let angle = -180; angle <= 180; angle += 7.5) {
      const s = minCoverScale(640, 480, angle);
      expect(coversFrame({ x: 0.5, y: 0.5 }, 640, 480, s, angle)).toBe(true);
      expect(coversFrame({ x: 0.5, y: 0.5 }, 640, 480, s * 0.98, angle)).toBe(false);
    }
  });
});

describe('clampCentre', () => {
  it('leaves a covering position alone', () => {
    const c = { x: 0.6, y: 0.5 };
    expect(clampCentre(c, 400, 200, 1 / 200, 0)).toBe(c);
  });

  it('stops a pan at the photo edge', () => {
    // 2:1 photo at cover: 2 frames wide, may move ±0.5 horizontally, not at all vertically.
    const c = clampCentre({ x: 3, y: 0.9 }, 400, 200, 1 / 200, 0);
    expect(c.x).toBeCloseTo(1);
    expect(c.y).toBeCloseTo(0.5);
  });

  it('never uncovers a corner, whatever the angle and pull', () => {
    for (const angle of [0, 10, 33, 45, 90, 135, -60, 180]) {
      for (const pull of [
        { x: -5, y: 0.5 },
        { x: 4, y: 4 },
        { x: 0.5, y: -3 },
        { x: 0.2, y: 0.9 },
      ]) {
        const scale = minCoverScale(800, 600, angle) * 1.7;
        const c = clampCentre(pull, 800, 600, scale, angle);
        expect(coversFrame(c, 800, 600, scale, angle, 1e-9)).toBe(true);
      }
    }
  });
});

describe('normalizeDegrees', () => {
  it('maps any angle to (-180, 180]', () => {
    expect(normalizeDegrees(270)).toBe(-90);
    expect(normalizeDegrees(-270)).toBe(90);
    expect(normalizeDegrees(360)).toBe(0);
    expect(normalizeDegrees(180)).toBe(180);
  });
});
