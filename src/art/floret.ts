// One outer floret of the cornflower: a narrow tube flaring into a funnel with toothed tips.
import { cornflowerPalette } from './palette';
import { type ArtShape, type Point, pt } from './shapes';

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
