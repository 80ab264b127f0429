import type Konva from 'konva';
import { normalizeDegrees } from '../scene/geometry';

/** Wheel steps zoom exponentially, so the same flick feels the same at any zoom. */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-pixels * 0.0015);
}

/** Two fingers on the stage, in stage pixels. */
export interface TwoFingers {
  readonly distance: number;
  /** Direction from the first finger to the second, in degrees clockwise (screen y points down). */
  readonly angle: number;
  readonly centre: { readonly x: number; readonly y: number };
}

export function fingersOf(
  a: { clientX: number; clientY: number },
  b: { clientX: number; clientY: number },
  origin: { left: number; top: number },
): TwoFingers {
  const ax = a.clientX - origin.left;
  const ay = a.clientY - origin.top;
  const bx = b.clientX - origin.left;
  const by = b.clientY - origin.top;
  return {
    distance: Math.hypot(bx - ax, by - ay),
    angle: (Math.atan2(by - ay, bx - ax) * 180) / Math.PI,
    centre: { x: (ax + bx) / 2, y: (ay + by) / 2 },
  };
}

export function touchFingers(touches: TouchList, stage: Konva.Stage): TwoFingers | null {
  const a = touches[0];
  const b = touches[1];
  if (!a || !b) return null;
  return fingersOf(a, b, stage.container().getBoundingClientRect());
}

/**
 * A pinch turns a little without meaning to; the twist counts only beyond this many degrees, and
 * from there on smoothly (no jump when it starts to count).
 */
export const TWIST_DEAD_ZONE = 6;

/** How two fingers changed since the gesture began: the spread as a factor, the twist in degrees. */
export function pinchChange(start: TwoFingers, now: TwoFingers): { scale: number; rotation: number } {
  const twist = normalizeDegrees(now.angle - start.angle);
  const rotation = Math.abs(twist) <= TWIST_DEAD_ZONE ? 0 : twist - Math.sign(twist) * TWIST_DEAD_ZONE;
  return { scale: start.distance > 0 ? now.distance / start.distance : 1, rotation };
}
