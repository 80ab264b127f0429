import { describe, expect, it } from 'vitest';
import { TWIST_DEAD_ZONE, fingersOf, pinchChange } from '../../src/canvas/gestures';

const origin = { left: 100, top: 50 };
/** Two fingers `spread` px apart about (200, 200) in the page, the line between them at `degrees`. */
const fingers = (spread: number, degrees: number) => {
  const r = (degrees * Math.PI) / 180;
  const dx = (Math.cos(r) * spread) / 2;
  const dy = (Math.sin(r) * spread) / 2;
  return fingersOf(
    { clientX: 200 - dx, clientY: 200 - dy },
    { clientX: 200 + dx, clientY: 200 + dy },
    origin,
  );
};

describe('two-finger gestures', () => {
  it('measure the fingers in stage pixels', () => {
    const f = fingers(100, 0);
    expect(f.distance).toBeCloseTo(100);
    expect(f.centre).toEqual({ x: 100, y: 150 });
    expect(fingers(100, 90).angle).toBeCloseTo(90);
  });

  it('pinch as a factor of the starting spread', () => {
    expect(pinchChange(fingers(80, 0), fingers(160, 0)).scale).toBeCloseTo(2);
    expect(pinchChange(fingers(80, 0), fingers(40, 0)).scale).toBeCloseTo(0.5);
  });

  it('twist only beyond the dead zone, and smoothly from there', () => {
    expect(pinchChange(fingers(80, 0), fingers(80, TWIST_DEAD_ZONE - 1)).rotation).toBe(0);
    expect(pinchChange(fingers(80, 0), fingers(80, TWIST_DEAD_ZONE + 0.5)).rotation).toBeCloseTo(0.5);
    expect(pinchChange(fingers(80, 0), fingers(80, 40)).rotation).toBeCloseTo(40 - TWIST_DEAD_ZONE);
    expect(pinchChange(fingers(80, 0), fingers(80, -40)).rotation).toBeCloseTo(-40 + TWIST_DEAD_ZONE);
  });

  it('twist the short way round across ±180°', () => {
    expect(pinchChange(fingers(80, 170), fingers(80, -170)).rotation).toBeCloseTo(20 - TWIST_DEAD_ZONE);
  });
});
