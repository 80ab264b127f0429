// The blue cornflower (Centaurea cyanus), seen from the front, drawn procedurally: a ring of large
// funnel-shaped outer florets with toothed, fan-like mouths, a second ring behind them, and a dark
// violet centre of small inner florets with their anthers. Flat "cel" shading (no gradients) so it
// renders the same in Konva and SVG and stays legible from 16 px to print size.
import { type ArtShape, type Artwork, type Point, circlePath, num, pt, seededRandom } from './shapes';

/** Colours shared with the frame and the icon. */
export const cornflowerPalette = {
  blueLight: '#4f8ff7',
  blue: '#2f6fe8',
  blueMid: '#1f5fd6',
  blueDark: '#1a3fa8',
  blueDeep: '#142f80',
  violet: '#5b3aa0',
  violetDark: '#3b2a7a',
  anther: '#25184f',
  pollen: '#c9b8ff',
  white: '#ffffff',
} as const;

export interface CornflowerOptions {
  /** Varies the hand-drawn irregularity; the same seed always draws the same flower. */
  readonly seed?: number;
  /** Outer florets in the front ring (a second ring of the same count sits behind). */
  readonly florets?: number;
  /** 'simple' drops veins and small highlights: for icons and small flowers in the frame. */
  readonly detail?: 'full' | 'simple';
  /** Width of a white outline around the silhouette (0 = none), in flower units (radius 100). */
  readonly halo?: number;
}

/** Radius of the drawn flower in its own units: the tooth tips of the longest florets. */
export const CORNFLOWER_RADIUS = 100;

export interface FloretSpec {
  /** Direction of the floret axis, radians (0 = +x, clockwise on screen). */
  readonly angle: number;
  /** Distance from the flower centre to the middle tooth tip. */
  readonly length: number;
  /** Half the angle of the fan-shaped mouth, seen from its focal point. */
  readonly spread: number;
  readonly teeth: number;
  /** Sideways bend of the tip, as a fraction of the length (florets are never quite straight). */
  readonly bend: number;
}

export interface FloretGeometry {
  readonly outline: string;
  /** Inner shading bands, darkest first: each a narrowed copy of the funnel, ending short. */
  readonly shades: readonly string[];
  readonly veins: string;
  readonly highlight: string;
}

const TUBE_START = 6;
const TUBE_HALF_WIDTH = 3.2;
const ORIGIN: Point = [0, 0];

function cubicAt(c: readonly Point[], t: number): Point {
  const [p0 = ORIGIN, p1 = ORIGIN, p2 = ORIGIN, p3 = ORIGIN] = c;
  const m = 1 - t;
  const a = m * m * m;
  const b = 3 * m * m * t;
  const cc = 3 * m * t * t;
  const d = t * t * t;
  return [a * p0[0] + b * p1[0] + cc * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + cc * p2[1] + d * p3[1]];
}

/** One outer floret, pointing along `angle` from (0, 0): outline, shading bands, veins, rim light. */
export function floretGeometry(spec: FloretSpec): FloretGeometry {
  const { angle, length, spread, teeth, bend } = spec;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  // Local frame: u along the floret axis from the flower centre, v across it. Bend pushes the outer
  // part sideways (quadratically), then the point is rotated into place.
  const at = (u: number, v: number): Point => {
    const t = Math.max(0, (u - TUBE_START) / (length - TUBE_START));
    const vb = v + bend * length * t * t;
    return [u * cos - vb * sin, u * sin + vb * cos];
  };

  // The mouth is a fan around a focal point on the axis: tooth tips on one arc, the notches between
  // teeth on a smaller one, the two shoulders where the funnel sides meet the mouth lower still.
  const focus = length * 0.42;
  const tipRadius = length - focus;
  const toothDepth = length * 0.13;
  const polar = (phi: number, rho: number): [number, number] => [
    focus + rho * Math.cos(phi),
    rho * Math.sin(phi),
  ];
  const shoulderRho = tipRadius - toothDepth * 1.25;
  const [shoulderU, shoulderV] = polar(spread, shoulderRho);
  // Funnel side as a cubic in local coordinates: a slim tube widening steadily into a flared mouth.
  const span = shoulderU - TUBE_START;
  const sideLocal: readonly Point[] = [
    [TUBE_START, TUBE_HALF_WIDTH],
    [TUBE_START + span * 0.5, TUBE_HALF_WIDTH * 1.5],
    [TUBE_START + span * 0.78, shoulderV * 0.62],
    [shoulderU, shoulderV],
  ];
  // Half-width of the funnel at a distance u along it, read off the same cubic (for the shading).
  const table: Point[] = [];
  for (let j = 0; j <= 48; j++) table.push(cubicAt(sideLocal, j / 48));
  const halfWidthAt = (u: number): number => {
    for (let j = 1; j < table.length; j++) {
      const [u1, v1] = table[j] ?? [0, 0];
      if (u1 >= u) {
        const [u0, v0] = table[j - 1] ?? [0, 0];
        return v0 + ((v1 - v0) * (u - u0)) / (u1 - u0 || 1);
      }
    }
    return shoulderV;
  };
  const side = (sign: 1 | -1): Point[] => sideLocal.map(([u, v]) => at(u, sign * v));
  const [a0 = ORIGIN, a1 = ORIGIN, a2 = ORIGIN, a3 = ORIGIN] = side(-1);
  const [b0 = ORIGIN, b1 = ORIGIN, b2 = ORIGIN] = side(1);

  let d = `M ${pt(a0)} C ${pt(a1)} ${pt(a2)} ${pt(a3)}`;
  const veinParts: string[] = [];
  let prev: [number, number] = [shoulderU, -shoulderV];
  for (let i = 0; i < teeth; i++) {
    const s = -1 + (2 * i + 1) / teeth;
    // Outer teeth flare a little wider than the shoulders, like a spread fan.
    const tipPhi = spread * s * 1.12;
    const tip = polar(tipPhi, tipRadius * (1 - 0.05 * s * s));
    const notch =
      i === teeth - 1
        ? ([shoulderU, shoulderV] as [number, number])
        : polar(spread * (s + 1 / teeth), tipRadius - toothDepth);
    // Slightly convex tooth sides: control points pushed outward from the chord.
    const c1: [number, number] = [
      (prev[0] + tip[0]) / 2 + toothDepth * 0.12,
      (prev[1] + tip[1]) / 2 - toothDepth * 0.1,
    ];
    const c2: [number, number] = [
      (tip[0] + notch[0]) / 2 + toothDepth * 0.12,
      (tip[1] + notch[1]) / 2 + toothDepth * 0.1,
    ];
    d += ` Q ${pt(at(...c1))} ${pt(at(...tip))} Q ${pt(at(...c2))} ${pt(at(...notch))}`;
    prev = notch;
    // A vein runs from the throat into each tooth, stopping short of the tip.
    const end = polar(tipPhi * 0.97, tipRadius - toothDepth * 0.55);
    const start: [number, number] = [length * 0.3, s * TUBE_HALF_WIDTH * 0.6];
    const mid: [number, number] = [focus + tipRadius * 0.35, end[1] * 0.45];
    veinParts.push(`M ${pt(at(...start))} Q ${pt(at(...mid))} ${pt(at(...end))}`);
  }
  d += ` C ${pt(b2)} ${pt(b1)} ${pt(b0)} Z`;

  // Shading: the throat is darkest and the colour runs out along the veins, so each band is the
  // funnel narrowed to `k` of its width with a flame-like outer edge, one flame per tooth. Sampled
  // as a polyline: it sits inside the outline, so facets never show.
  const band = (uSide: number, valley: number, flame: number, k: number): string => {
    const n = 12;
    const left: Point[] = [];
    const right: Point[] = [];
    for (let j = 0; j <= n; j++) {
      const u = TUBE_START + ((uSide - TUBE_START) * j) / n;
      const w = halfWidthAt(u) * k;
      left.push(at(u, -w));
      right.push(at(u, w));
    }
    let edge = '';
    let prev: Point = [uSide, -halfWidthAt(uSide) * k];
    for (let i = 0; i < teeth; i++) {
      const s = -1 + (2 * i + 1) / teeth;
      const tip = polar(spread * s * 0.95, tipRadius * flame * (1 - 0.25 * s * s));
      const next: Point =
        i === teeth - 1
          ? [uSide, halfWidthAt(uSide) * k]
          : polar(spread * (s + 1 / teeth), tipRadius * valley);
      // Curved flanks: each flame is slim at its tip and full at its base.
      const c1: Point = [tip[0] - (tip[0] - prev[0]) * 0.7, prev[1] + (tip[1] - prev[1]) * 0.75];
      const c2: Point = [tip[0] - (tip[0] - next[0]) * 0.7, next[1] + (tip[1] - next[1]) * 0.75];
      edge += ` Q ${pt(at(...c1))} ${pt(at(...tip))} Q ${pt(at(...c2))} ${pt(at(...next))}`;
      prev = next;
    }
    return `M ${left.map(pt).join(' L ')}${edge} L ${right.reverse().map(pt).join(' L ')} Z`;
  };
  const shades = [
    band(focus + tipRadius * 0.12, 0.3, 0.72, 0.9),
    band(focus - tipRadius * 0.1, 0.08, 0.42, 0.82),
  ];

  // Light catches one rim of the fan: a thin crescent just inside the left side.
  const hl: Point[] = [];
  const hr: Point[] = [];
  const from = shoulderU * 0.55;
  for (let j = 0; j <= 10; j++) {
    const u = from + ((shoulderU - from) * j) / 10;
    const w = halfWidthAt(u);
    const thick = 0.16 * Math.sin((Math.PI * j) / 10);
    hl.push(at(u, -w * 0.92));
    hr.push(at(u, -w * (0.92 - thick)));
  }
  const highlight = `M ${hl.map(pt).join(' L ')} L ${hr.reverse().map(pt).join(' L ')} Z`;

  return { outline: d, shades, veins: veinParts.join(' '), highlight };
}

/** Small inner florets and anthers at the centre, all radius-relative to a centre of radius `r`. */
export function drawCentre(r: number, rand: () => number, detail: 'full' | 'simple'): ArtShape[] {
  const p = cornflowerPalette;
  const shapes: ArtShape[] = [{ type: 'circle', cx: 0, cy: 0, r, fill: p.violetDark }];

  // Two rings of slim inner florets poking out past the disc, pointed like tiny petals.
  const ring = (count: number, r0: number, r1: number, width: number, offset: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      const a = ((i + offset + (rand() - 0.5) * 0.5) / count) * Math.PI * 2;
      const len = r1 * (0.85 + rand() * 0.3);
      const c = Math.cos(a);
      const s = Math.sin(a);
      const P = (u: number, v: number): Point => [u * c - v * s, u * s + v * c];
      parts.push(
        `M ${pt(P(r0, -width * 0.5))} Q ${pt(P((r0 + len) * 0.55, -width))} ${pt(P(len, 0))} ` +
          `Q ${pt(P((r0 + len) * 0.55, width))} ${pt(P(r0, width * 0.5))} Z`,
      );
    }
    return parts.join(' ');
  };
  shapes.push({
    type: 'path',
    d: ring(22, r * 0.3, r * 1.3, r * 0.17, 0),
    fill: p.violet,
    stroke: p.violetDark,
    strokeWidth: r * 0.035,
  });
  shapes.push({
    type: 'path',
    d: ring(14, r * 0.1, r * 1.0, r * 0.18, 0.5),
    fill: '#4a2f90',
    stroke: p.violetDark,
    strokeWidth: r * 0.035,
  });

  shapes.push({ type: 'circle', cx: 0, cy: 0, r: r * 0.62, fill: '#2e2066', opacity: 0.8 });
  // Anther tubes stand up out of the inner florets like the bristles of a brush: short dark strokes
  // leaning outwards from a sunflower spiral, each with a pale dusting of pollen at its tip.
  const golden = Math.PI * (3 - Math.sqrt(5));
  const count = detail === 'full' ? 44 : 16;
  const stalks: string[] = [];
  const pollen: string[] = [];
  for (let i = 0; i < count; i++) {
    const rr = r * 0.8 * Math.sqrt((i + 0.6) / count);
    const a = i * golden;
    const lean = a + (rand() - 0.5) * 1.6;
    const len = r * (detail === 'full' ? 0.1 + rand() * 0.1 : 0.16);
    const x0 = rr * Math.cos(a);
    const y0 = rr * Math.sin(a);
    const x1 = x0 + len * Math.cos(lean);
    const y1 = y0 + len * Math.sin(lean);
    stalks.push(`M ${num(x0)} ${num(y0)} L ${num(x1)} ${num(y1)}`);
    if (detail === 'full' ? i % 3 !== 2 : i % 2 === 0) {
      pollen.push(circlePath(x1, y1, r * (detail === 'full' ? 0.04 : 0.07)));
    }
  }
  shapes.push({
    type: 'path',
    d: stalks.join(' '),
    stroke: p.anther,
    strokeWidth: r * (detail === 'full' ? 0.075 : 0.13),
  });
  shapes.push({ type: 'path', d: pollen.join(' '), fill: p.pollen, opacity: 0.9 });
  return shapes;
}

/** Colours a floret: the back ring one step darker, so the front ring reads as nearer. */
export function paintFloret(
  f: FloretGeometry,
  tone: 'front' | 'back',
  detail: 'full' | 'simple',
): ArtShape[] {
  const p = cornflowerPalette;
  if (tone === 'back') {
    return [
      { type: 'path', d: f.outline, fill: p.blueMid, stroke: p.blueDeep, strokeWidth: 0.9 },
      { type: 'path', d: f.shades[0] ?? '', fill: p.blueDark },
    ];
  }
  const shapes: ArtShape[] = [
    { type: 'path', d: f.outline, fill: p.blue, stroke: p.blueDark, strokeWidth: 0.9 },
    { type: 'path', d: f.shades[0] ?? '', fill: p.blueMid },
    { type: 'path', d: f.shades[1] ?? '', fill: p.blueDark },
  ];
  if (detail === 'full') {
    shapes.push({ type: 'path', d: f.highlight, fill: p.blueLight, opacity: 0.85 });
    shapes.push({ type: 'path', d: f.veins, stroke: p.blueDeep, strokeWidth: 0.8, opacity: 0.55 });
  }
  return shapes;
}

/**
 * The flower centred on (0, 0) with a radius of about {@link CORNFLOWER_RADIUS}. Place it with a group
 * transform; the frame reuses it at many sizes and angles.
 */
export function drawCornflower(options: CornflowerOptions = {}): ArtShape[] {
  const { seed = 7, florets = 8, detail = 'full', halo = 0 } = options;
  const rand = seededRandom(seed);
  const p = cornflowerPalette;
  const jitter = (amount: number): number => (rand() - 0.5) * 2 * amount;
  const step = (Math.PI * 2) / florets;
  const start = -Math.PI / 2 + jitter(0.3);

  const back: FloretGeometry[] = [];
  const front: FloretGeometry[] = [];
  for (let i = 0; i < florets; i++) {
    back.push(
      floretGeometry({
        angle: start + (i + 0.5) * step + jitter(step * 0.12),
        length: 83 + jitter(4),
        spread: 0.5 + jitter(0.05),
        teeth: rand() < 0.6 ? 4 : 5,
        bend: jitter(0.05),
      }),
    );
  }
  for (let i = 0; i < florets; i++) {
    front.push(
      floretGeometry({
        angle: start + i * step + jitter(step * 0.1),
        length: 95 + jitter(3.5),
        spread: 0.53 + jitter(0.05),
        teeth: rand() < 0.7 ? 5 : 4,
        bend: jitter(0.07),
      }),
    );
  }

  const shapes: ArtShape[] = [];
  if (halo > 0) {
    // One path holds every floret outline: nonzero fill unions them, the round-joined stroke widens
    // the silhouette into a sticker edge. A faint wider pass first makes it soft.
    const silhouette = [...back, ...front].map((f) => f.outline).join(' ');
    const halos: ArtShape[] = [
      { type: 'path', d: silhouette, fill: p.white, stroke: p.white, strokeWidth: halo * 1.9, opacity: 0.45 },
      { type: 'path', d: silhouette, fill: p.white, stroke: p.white, strokeWidth: halo },
    ];
    shapes.push(...halos);
  }
  // Shadow in the heart of the flower, so the gaps between the slim tubes read as depth.
  shapes.push({ type: 'circle', cx: 0, cy: 0, r: 56, fill: p.blueDeep });

  // The back ring shares two paths (outlines, shading): it is mostly hidden, and this keeps the
  // node count of a wreath of flowers low.
  shapes.push(
    {
      type: 'path',
      d: back.map((f) => f.outline).join(' '),
      fill: p.blueMid,
      stroke: p.blueDeep,
      strokeWidth: 0.9,
    },
    { type: 'path', d: back.map((f) => f.shades[0] ?? '').join(' '), fill: p.blueDark },
  );
  for (const f of front) shapes.push(...paintFloret(f, 'front', detail));
  shapes.push(...drawCentre(26, rand, detail));
  return shapes;
}

function centred(size: number, children: ArtShape[], scale = 1): Artwork {
  return {
    width: size,
    height: size,
    shapes: [{ type: 'group', transform: { x: size / 2, y: size / 2, scale }, children }],
  };
}

/** The bare flower, edge to edge in a 208 × 208 box. */
export const cornflowerBare: Artwork = centred(208, drawCornflower());

/** The flower with a soft white sticker outline, so it stands out on dark and busy photos. */
export const cornflowerSticker: Artwork = centred(232, drawCornflower({ halo: 9 }));

/** The main cornflower: the sticker version, safe on any photo. */
export const cornflower: Artwork = cornflowerSticker;

/** The flower on a round white badge with a thin blue ring, to place on a photo. */
export const cornflowerBadge: Artwork = {
  width: 200,
  height: 200,
  shapes: [
    { type: 'circle', cx: 100, cy: 100, r: 99, fill: cornflowerPalette.white },
    { type: 'circle', cx: 100, cy: 100, r: 95, stroke: cornflowerPalette.blueMid, strokeWidth: 3 },
    {
      type: 'group',
      transform: { x: 100, y: 100, scale: 0.84 },
      children: drawCornflower(),
    },
  ],
};

/** A simpler, bolder flower for 16–48 px: icons, buttons, the favicon (via artToSvg). */
export const cornflowerIcon: Artwork = centred(
  64,
  drawCornflower({ detail: 'simple', florets: 7, seed: 3 }),
  0.31,
);
