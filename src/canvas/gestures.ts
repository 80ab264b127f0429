import type Konva from 'konva';

/** Wheel steps zoom exponentially, so the same flick feels the same at any zoom. */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  return Math.exp(-pixels * 0.0015);
}

export interface PinchState {
  readonly startDistance: number;
  readonly startZoom: number;
}

export function touchDistance(
  touches: TouchList,
  stage: Konva.Stage,
): { distance: number; centre: { x: number; y: number } } | null {
  const a = touches[0];
  const b = touches[1];
  if (!a || !b) return null;
  const box = stage.container().getBoundingClientRect();
  const ax = a.clientX - box.left;
  const ay = a.clientY - box.top;
  const bx = b.clientX - box.left;
  const by = b.clientY - box.top;
  return { distance: Math.hypot(ax - bx, ay - by), centre: { x: (ax + bx) / 2, y: (ay + by) / 2 } };
}
