// Geometry of the photo in the 1×1 frame. The rule the editor keeps: the (possibly rotated) photo
// always covers the whole square, so no empty corner shows up by accident.

export interface Point {
  readonly x: number;
  readonly y: number;
}

const DEG = Math.PI / 180;

export function normalizeDegrees(degrees: number): number {
  const d = ((degrees % 360) + 360) % 360;
  return d > 180 ? d - 360 : d;
}

/** Half the extent, along a photo axis, of the unit square turned by `rotation` degrees. */
function squareHalfExtent(rotation: number): number {
  const r = rotation * DEG;
  return (Math.abs(Math.cos(r)) + Math.abs(Math.sin(r))) / 2;
}

/** Smallest scale (frames per pixel) at which a w×h photo turned by `rotation` covers the square. */
export function minCoverScale(width: number, height: number, rotation: number): number {
  return (2 * squareHalfExtent(rotation)) / Math.min(width, height);
}

function rotate(p: Point, degrees: number): Point {
  const r = degrees * DEG;
  const c = Math.cos(r);
  const s = Math.sin(r);
  return { x: p.x * c - p.y * s, y: p.x * s + p.y * c };
}

/**
 * Moves the photo centre as little as possible so that the photo still covers the square.
 * Works in the photo's own (rotated) axes, where the covering condition is a box.
 */
export function clampCentre(
  centre: Point,
  width: number,
  height: number,
  scale: number,
  rotation: number,
): Point {
  const e = squareHalfExtent(rotation);
  const maxX = Math.max(0, (width * scale) / 2 - e);
  const maxY = Math.max(0, (height * scale) / 2 - e);
  // Offset of the frame centre from the photo centre, in photo axes.
  const local = rotate({ x: 0.5 - centre.x, y: 0.5 - centre.y }, -rotation);
  const clamped = {
    x: Math.min(maxX, Math.max(-maxX, local.x)),
    y: Math.min(maxY, Math.max(-maxY, local.y)),
  };
  if (clamped.x === local.x && clamped.y === local.y) return centre;
  const back = rotate(clamped, rotation);
  return { x: 0.5 - back.x, y: 0.5 - back.y };
}

/** Does the photo cover every corner of the square? (A small tolerance absorbs float error.) */
export function coversFrame(
  centre: Point,
  width: number,
  height: number,
  scale: number,
  rotation: number,
  tolerance = 1e-9,
): boolean {
  const corners: Point[] = [
    { x: 0, y: 0 },
    { x: 1, y: 0 },
    { x: 0, y: 1 },
    { x: 1, y: 1 },
  ];
  return corners.every((corner) => {
    const local = rotate({ x: corner.x - centre.x, y: corner.y - centre.y }, -rotation);
    return (
      Math.abs(local.x) <= (width * scale) / 2 + tolerance &&
      Math.abs(local.y) <= (height * scale) / 2 + tolerance
    );
  });
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
