// A wreath of cornflowers around the edge of a square userpic. Everything stays in the ring between
// 72% and 100% of the radius, so the face in the middle (the inner 70% circle) is never covered
// even when the picture is shown as a circle.
import { drawCornflower, CORNFLOWER_RADIUS } from './cornflower';
import { drawBud, drawCornflowerSide, leafPalette } from './cornflowerSide';
import { type ArtShape, type Artwork, type Point, num, pt, seededRandom } from './shapes';

export const FRAME_SIZE = 1000;
/** Nothing in the frame comes closer to the centre than this (fraction of the half-size). */
export const FRAME_CLEAR_RADIUS = 0.72;

const C = FRAME_SIZE / 2;
const RING = 425;
const deg = Math.PI / 180;

const polar = (angleDeg: number, r: number): Point => [
  C + r * Math.cos(angleDeg * deg),
  C + r * Math.sin(angleDeg * deg),
];

/** Open Catmull-Rom curve through the points, as cubic Béziers: a smooth stem from samples. */
function smooth(points: readonly Point[]): string {
  const n = points.length;
  const P = (i: number): Point => points[Math.min(n - 1, Math.max(0, i))] ?? [0, 0];
  let d = `M ${pt(P(0))}`;
  for (let i = 0; i < n - 1; i++) {
    const p0 = P(i - 1);
    const p1 = P(i);
    const p2 = P(i + 1);
    const p3 = P(i + 2);
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += ` C ${pt(c1)} ${pt(c2)} ${pt(p2)}`;
  }
  return d;
}

/**
 * Like a laurel wreath: two branches start crossed at the bottom and grow up either side to meet
 * at the top. `flow` is +1 for the left branch (clockwise on screen), −1 for the right one;
 * t runs from 0 at the bottom to 1 at the top.
 */
type Flow = 1 | -1;
const branchAngle = (flow: Flow, t: number): number => 90 + flow * (6 + t * 172);

function stem(flow: Flow, phase: number, amplitude: number): string {
  const pts: Point[] = [];
  for (let i = 0; i <= 48; i++) {
    const t = -0.07 + (i / 48) * 1.05;
    const a = branchAngle(flow, t);
    pts.push(polar(a, RING + amplitude * Math.sin(t * 5 * Math.PI + phase) * (1 - 0.5 * t)));
  }
  return smooth(pts);
}

/**
 * A narrow, lance-shaped cornflower leaf from `base` towards `angleDeg`, slightly curved, in two
 * tones either side of a pale midrib (the leaves are greyish and faintly woolly).
 */
function leaf(base: Point, angleDeg: number, length: number, width: number, curve: number): ArtShape[] {
  const g = leafPalette;
  const c = Math.cos(angleDeg * deg);
  const s = Math.sin(angleDeg * deg);
  const at = (u: number, v: number): Point => {
    const t = u / length;
    const vb = v + curve * length * t * t;
    return [base[0] + u * c - vb * s, base[1] + u * s + vb * c];
  };
  const L = length;
  const w = width;
  const tip = at(L, 0);
  const whole =
    `M ${pt(at(0, 0))} C ${pt(at(L * 0.2, -w * 1.15))} ${pt(at(L * 0.7, -w * 0.55))} ${pt(tip)} ` +
    `C ${pt(at(L * 0.7, w * 0.55))} ${pt(at(L * 0.2, w * 1.15))} ${pt(at(0, 0))} Z`;
  const shadowHalf =
    `M ${pt(at(0, 0))} C ${pt(at(L * 0.3, w * 0.1))} ${pt(at(L * 0.7, w * 0.05))} ${pt(tip)} ` +
    `C ${pt(at(L * 0.7, w * 0.55))} ${pt(at(L * 0.2, w * 1.15))} ${pt(at(0, 0))} Z`;
  const midrib = `M ${pt(at(L * 0.04, 0))} C ${pt(at(L * 0.3, w * 0.1))} ${pt(at(L * 0.7, w * 0.05))} ${pt(at(L * 0.94, 0))}`;
  return [
    { type: 'path', d: whole, fill: g.greenLight, stroke: g.greenDark, strokeWidth: 1.6 },
    { type: 'path', d: shadowHalf, fill: g.green },
    { type: 'path', d: midrib, stroke: g.greenPale, strokeWidth: 1.6, opacity: 0.9 },
  ];
}

type Piece =
  | {
      kind: 'flower';
      t: number;
      r?: number;
      size: number;
      seed: number;
      tilt?: number;
      detail?: 'full' | 'simple';
    }
  | { kind: 'side'; t: number; size: number; seed: number }
  | { kind: 'bud'; t: number; size: number; seed: number; open: number };

// Hand-placed along each branch: big flowers alternate with side views, smaller flowers and buds,
// and things get a little smaller towards the top, where the two branches meet.
const leftBranch: readonly Piece[] = [
  { kind: 'side', t: 0.13, size: 0.64, seed: 3 },
  { kind: 'flower', t: 0.27, size: 68, seed: 32, tilt: 0.82, detail: 'full' },
  { kind: 'bud', t: 0.37, size: 1, seed: 21, open: 0.5 },
  { kind: 'flower', t: 0.47, size: 52, seed: 39, r: 438 },
  { kind: 'side', t: 0.56, size: 0.6, seed: 8 },
  { kind: 'flower', t: 0.68, size: 64, seed: 33, tilt: 0.85, detail: 'full' },
  { kind: 'bud', t: 0.8, size: 0.9, seed: 4, open: 0.3 },
  { kind: 'flower', t: 0.87, size: 50, seed: 34, r: 438 },
];
const rightBranch: readonly Piece[] = [
  { kind: 'flower', t: 0.15, size: 62, seed: 36, tilt: 0.86 },
  { kind: 'side', t: 0.26, size: 0.64, seed: 12 },
  { kind: 'flower', t: 0.38, size: 70, seed: 35, tilt: 0.8, detail: 'full' },
  { kind: 'bud', t: 0.49, size: 1, seed: 9, open: 0.7 },
  { kind: 'flower', t: 0.58, size: 54, seed: 40, r: 438, tilt: 0.9 },
  { kind: 'side', t: 0.68, size: 0.58, seed: 6 },
  { kind: 'flower', t: 0.79, size: 62, seed: 37, tilt: 0.84, detail: 'full' },
  { kind: 'bud', t: 0.9, size: 0.85, seed: 14, open: 0.2 },
];

function drawPiece(piece: Piece, flow: Flow): ArtShape {
  const angle = branchAngle(flow, piece.t);
  if (piece.kind === 'flower') {
    const [x, y] = polar(angle, piece.r ?? RING);
    const s = piece.size / CORNFLOWER_RADIUS;
    return {
      type: 'group',
      // A squash across the radius turns the face a little towards the middle: three-quarter view.
      transform: { x, y, rotation: angle, scale: [s * (piece.tilt ?? 1), s] },
      children: drawCornflower({ seed: piece.seed, detail: piece.detail ?? 'simple', florets: 8 }),
    };
  }
  // Side views and buds stand on a short stem that leaves the branch and leans with its growth,
  // so on both sides they face upwards and outwards.
  const [x, y] = polar(angle, RING);
  const rotation = angle + 90 + flow * 70;
  const stemLen = piece.kind === 'side' ? 40 : 46;
  const stalk: ArtShape = {
    type: 'path',
    d: `M 0 ${num(stemLen)} Q ${num(-flow * stemLen * 0.15)} ${num(stemLen * 0.5)} 0 0`,
    stroke: leafPalette.green,
    strokeWidth: 5 / piece.size,
  };
  const head =
    piece.kind === 'side'
      ? drawCornflowerSide({ seed: piece.seed })
      : drawBud({ seed: piece.seed, open: piece.open });
  return {
    type: 'group',
    transform: { x, y, rotation, scale: piece.size },
    children: [{ type: 'group', transform: { y: -stemLen }, children: [stalk, ...head] }],
  };
}

function drawBranch(flow: Flow, seed: number): ArtShape[] {
  const rand = seededRandom(seed);
  const shapes: ArtShape[] = [
    { type: 'path', d: stem(flow, 0, 10), stroke: leafPalette.greenDark, strokeWidth: 6 },
    { type: 'path', d: stem(flow, Math.PI * 0.8, 12), stroke: leafPalette.green, strokeWidth: 4.5 },
  ];
  // Leaves alternately leaning out and in, growing with the branch, smaller towards its tip.
  const count = 30;
  for (let i = 0; i < count; i++) {
    const t = 0.01 + (i / count) * 0.97 + (rand() - 0.5) * 0.01;
    const a = branchAngle(flow, t);
    const out = i % 2 === 0;
    const r = RING + (out ? 10 : -8);
    const dir = a + flow * (out ? 60 : 118) + (rand() - 0.5) * 12;
    const length = (out ? 84 : 72) * (1.04 - 0.32 * t) * (0.88 + rand() * 0.24);
    shapes.push(
      ...leaf(polar(a, r), dir, length, length * 0.14, flow * (out ? -0.08 : 0.08) + (rand() - 0.5) * 0.12),
    );
  }
  return shapes;
}

function drawFrame(): ArtShape[] {
  const top = (flow: Flow, piece: Piece) => drawPiece(piece, flow);
  return [
    ...drawBranch(1, 1994),
    ...drawBranch(-1, 2020),
    ...leftBranch.map((p) => top(1, p)),
    ...rightBranch.map((p) => top(-1, p)),
    // Where the branches cross at the bottom, and where they meet at the top.
    drawPiece({ kind: 'flower', t: -6 / 172, size: 72, seed: 31, detail: 'full' }, 1),
    drawPiece({ kind: 'flower', t: 1, size: 66, seed: 38, tilt: 0.84, detail: 'full' }, 1),
  ];
}

/** The cornflower wreath, 1000 × 1000, transparent in the middle. */
export const cornflowerFrame: Artwork = { width: FRAME_SIZE, height: FRAME_SIZE, shapes: drawFrame() };
