import type { Point } from './geometry';

/** The nine places a screen reader names: the corners, the middles of the edges, the centre. */
export type Place =
  'topLeft' | 'top' | 'topRight' | 'left' | 'centre' | 'right' | 'bottomLeft' | 'bottom' | 'bottomRight';

const ROWS = [
  ['topLeft', 'top', 'topRight'],
  ['left', 'centre', 'right'],
  ['bottomLeft', 'bottom', 'bottomRight'],
] as const satisfies readonly (readonly Place[])[];

/** The nearest of the nine places to a point in the frame, by thirds of the square. */
export function nearestPlace(point: Point): Place {
  const third = (v: number) => (v < 1 / 3 ? 0 : v > 2 / 3 ? 2 : 1);
  return ROWS[third(point.y)][third(point.x)];
}
