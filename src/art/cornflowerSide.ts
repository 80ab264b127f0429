// The cornflower seen from the side, and its bud: what makes a wreath read as a cornflower plant,
// not just blue stars. The giveaway is the involucre, an urn of overlapping green bracts, each with
// a dark fringed edge, under the fan of blue florets.
import { floretGeometry, paintFloret } from './floret';
import { drawCentre } from './flowerCentre';
import { cornflowerPalette } from './palette';
import { type ArtShape, type Point, num, pt, seededRandom } from './shapes';

export const leafPalette = {
  green: '#5d7f5a',
  greenLight: '#7f9f78',
  greenPale: '#a9c09f',
  greenDark: '#456343',
  bractEdge: '#3a3526',
} as const;

/**
 * The scaly urn under a flower head, standing on (0, 0) and rising to (0, -height). Rows of bracts
 * overlap like roof tiles, lower rows in front.
 */
export function drawInvolucre(width: number, height: number, rows = 4): ArtShape[] {
  const g = leafPalette;
  const half = width / 2;
  // Outline of the urn: narrow at the stem, fullest two thirds up, slightly pinched at the mouth.
  const body =
    `M 0 0 C ${num(-half * 0.55)} 0 ${num(-half * 1.08)} ${num(-height * 0.42)} ${num(-half * 0.95)} ${num(-height * 0.82)} ` +
    `Q ${num(-half * 0.9)} ${num(-height)} 0 ${num(-height * 1.02)} ` +
    `Q ${num(half * 0.9)} ${num(-height)} ${num(half * 0.95)} ${num(-height * 0.82)} ` +
    `C ${num(half * 1.08)} ${num(-height * 0.42)} ${num(half * 0.55)} 0 0 0 Z`;
  const shapes: ArtShape[] = [
    { type: 'path', d: body, fill: g.green, stroke: g.greenDark, strokeWidth: width * 0.03 },
  ];

  // Half-width of the urn at a height y (0 … height), matching the outline closely enough.
  const halfAt = (y: number): number => {
    const t = y / height;
    return half * Math.min(1, 0.35 + 1.9 * t - 1.3 * t * t);
  };
  for (let row = 0; row < rows; row++) {
    const y = height * (0.86 - (row * 0.7) / rows); // top row first, lower rows drawn over it
    const h = halfAt(y) * 0.92;
    const count = 3 + ((row + 1) % 2);
    const bractW = (2 * h) / count;
    const bractH = Math.min(bractW * 1.15, height * 0.34);
    const fills: string[] = [];
    const fringes: string[] = [];
    for (let i = 0; i < count; i++) {
      const x0 = -h + i * bractW;
      const x1 = x0 + bractW;
      const mx = (x0 + x1) / 2;
      const base = -y + bractH * 0.9;
      const tip: Point = [mx, -y - bractH * 0.15];
      fills.push(
        `M ${num(x0)} ${num(base)} Q ${num(x0)} ${num(-y + bractH * 0.1)} ${pt(tip)} ` +
          `Q ${num(x1)} ${num(-y + bractH * 0.1)} ${num(x1)} ${num(base)} Z`,
      );
      // The dark, comb-like margin that every cornflower bract has.
      fringes.push(
        `M ${num(x0 + bractW * 0.08)} ${num(-y + bractH * 0.35)} Q ${num(x0 + bractW * 0.12)} ${num(-y)} ${pt(tip)} ` +
          `Q ${num(x1 - bractW * 0.12)} ${num(-y)} ${num(x1 - bractW * 0.08)} ${num(-y + bractH * 0.35)}`,
      );
    }
    shapes.push({ type: 'path', d: fills.join(' '), fill: row % 2 ? g.greenLight : g.green });
    shapes.push({
      type: 'path',
      d: fringes.join(' '),
      stroke: g.bractEdge,
      strokeWidth: width * 0.045,
      opacity: 0.85,
    });
  }
  return shapes;
}

export interface SideOptions {
  readonly seed?: number;
  readonly detail?: 'full' | 'simple';
}

/**
 * A flower head in profile, standing on (0, 0) (where the stem joins) and about 200 wide and 150
 * tall: a fan of florets over the involucre, opening upwards (−y).
 */
export function drawCornflowerSide(options: SideOptions = {}): ArtShape[] {
  const { seed = 11, detail = 'simple' } = options;
  const rand = seededRandom(seed);
  const jitter = (amount: number): number => (rand() - 0.5) * 2 * amount;
  const urnH = 62;
  const headY = -urnH * 0.92;
  const deg = Math.PI / 180;

  // Florets radiate from the mouth of the urn: the back row fans upwards, the front row sweeps out
  // sideways and a little towards us (shorter, foreshortened by the squash below).
  const fan = (angles: readonly number[], length: number, tone: 'front' | 'back'): ArtShape[] =>
    angles.flatMap((a) =>
      paintFloret(
        floretGeometry({
          angle: (a + jitter(5)) * deg,
          length: length * (1 + jitter(0.07)),
          spread: 0.5 + jitter(0.05),
          teeth: rand() < 0.6 ? 5 : 4,
          bend: jitter(0.06),
        }),
        tone,
        detail,
      ),
    );
  const back: ArtShape = {
    type: 'group',
    transform: { y: headY, scale: [0.9, 0.74] },
    children: fan([-158, -132, -108, -84, -60, -36], 86, 'back'),
  };
  const tuft: ArtShape = {
    type: 'group',
    transform: { y: headY - 4, scale: [1, 0.5] },
    children: drawCentre(24, rand, 'simple'),
  };
  const front: ArtShape = {
    type: 'group',
    transform: { y: headY + 2, scale: [0.9, 0.6] },
    children: fan([-176, -150, -118, -62, -30, -4], 80, 'front'),
  };
  return [back, tuft, ...drawInvolucre(50, urnH), front];
}

/** A closed bud standing on (0, 0): a small involucre with the first blue showing at its tip. */
export function drawBud(options: { seed?: number; open?: number } = {}): ArtShape[] {
  const { seed = 5, open = 0.5 } = options;
  const rand = seededRandom(seed);
  const p = cornflowerPalette;
  const w = 30;
  const h = 40;
  const shapes: ArtShape[] = [];
  if (open > 0) {
    // A few florets just breaking out of the top of the urn.
    const parts: string[] = [];
    const n = 5;
    for (let i = 0; i < n; i++) {
      const a = (-90 + (i - (n - 1) / 2) * 24 + (rand() - 0.5) * 8) * (Math.PI / 180);
      const len = (10 + 14 * open) * (0.8 + rand() * 0.4);
      const c = Math.cos(a);
      const s = Math.sin(a);
      const P = (u: number, v: number): Point => [u * c - v * s, -h * 0.95 + u * s + v * c];
      parts.push(
        `M ${pt(P(0, -3.5))} L ${pt(P(len, -2.5))} L ${pt(P(len * 0.82, 0))} L ${pt(P(len, 2.5))} L ${pt(P(0, 3.5))} Z`,
      );
    }
    shapes.push({ type: 'path', d: parts.join(' '), fill: p.blue, stroke: p.blueDark, strokeWidth: 1 });
  }
  shapes.push(...drawInvolucre(w, h, 3));
  return shapes;
}
