/**
 * EXIF orientation: how the stored pixels must be turned/mirrored to stand upright.
 * 1 upright, 2 mirrored left↔right, 3 turned 180°, 4 mirrored top↔bottom, 5 transposed,
 * 6 needs a 90° clockwise turn, 7 transversed, 8 needs a 90° anticlockwise turn.
 */
export type Orientation = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export function isOrientation(value: number): value is Orientation {
  return Number.isInteger(value) && value >= 1 && value <= 8;
}

/** 5–8 turn the picture a quarter, so the upright width is the stored height. */
export function swapsAxes(orientation: Orientation): boolean {
  return orientation >= 5;
}

/** A HEIF transformative property: 'irot' turns anticlockwise by angle × 90°, 'imir' mirrors. */
export type HeifTransform = { kind: 'irot'; angle: number } | { kind: 'imir'; axis: number };

// Each orientation as the 2×2 matrix [a, b, c, d] that maps stored → upright coordinates
// (x right, y down): x' = a·x + b·y, y' = c·x + d·y.
type Matrix = readonly [number, number, number, number];
const MATRICES: Readonly<Record<Orientation, Matrix>> = {
  1: [1, 0, 0, 1],
  2: [-1, 0, 0, 1],
  3: [-1, 0, 0, -1],
  4: [1, 0, 0, -1],
  5: [0, 1, 1, 0],
  6: [0, -1, 1, 0],
  7: [0, -1, -1, 0],
  8: [0, 1, -1, 0],
};
const ANTICLOCKWISE_QUARTER: Matrix = MATRICES[8];
const MIRROR_LEFT_RIGHT: Matrix = MATRICES[2];
const MIRROR_TOP_BOTTOM: Matrix = MATRICES[4];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
  ];
}

/**
 * The single EXIF orientation equivalent to HEIF's 'irot'/'imir' properties applied in the order
 * they are associated with the item (ISO/IEC 23008-12 §6.5.10–12). imir axis 0 is a vertical axis
 * (left↔right), 1 a horizontal one (top↔bottom).
 */
export function orientationFromHeifTransforms(transforms: readonly HeifTransform[]): Orientation {
  let total: Matrix = MATRICES[1];
  for (const transform of transforms) {
    let step: Matrix = MATRICES[1];
    if (transform.kind === 'irot') {
      for (let i = 0; i < (transform.angle & 3); i++) step = multiply(ANTICLOCKWISE_QUARTER, step);
    } else {
      step = transform.axis & 1 ? MIRROR_TOP_BOTTOM : MIRROR_LEFT_RIGHT;
    }
    total = multiply(step, total);
  }
  for (const [key, matrix] of Object.entries(MATRICES)) {
    if (matrix.every((value, i) => value === total[i])) return Number(key) as Orientation;
  }
  return 1; // unreachable: the eight matrices are closed under multiplication
}
