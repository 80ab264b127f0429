// A tiny renderer-neutral vector format for the artwork we draw in code. It is plain data (no React,
// Konva or DOM), so the same drawing renders as Konva nodes on the canvas, as SVG for icons and the
// favicon, and can be checked in node tests. Paths use absolute SVG commands only (M L Q C A Z),
// which both SVG and Konva.Path understand.

/** Fill, stroke and opacity of a leaf shape. Strokes always use round joins and caps. */
export interface Paint {
  readonly fill?: string;
  readonly stroke?: string;
  readonly strokeWidth?: number;
  readonly opacity?: number;
}

export interface PathShape extends Paint {
  readonly type: 'path';
  /** SVG path data, absolute commands only. */
  readonly d: string;
}

export interface CircleShape extends Paint {
  readonly type: 'circle';
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/**
 * Applied as translate(x, y) · rotate(rotation°, clockwise) · scale(scaleX, scaleY): the same order
 * Konva uses for a Group's x/y/rotation/scale and SVG uses for `transform="translate rotate scale"`.
 */
export interface Transform {
  readonly x?: number;
  readonly y?: number;
  readonly rotation?: number;
  /** Uniform scale, or [scaleX, scaleY] (a squashed flower reads as seen at an angle). */
  readonly scale?: number | readonly [number, number];
}

export interface GroupShape {
  readonly type: 'group';
  readonly transform?: Transform;
  readonly opacity?: number;
  readonly children: readonly ArtShape[];
}

export type ArtShape = PathShape | CircleShape | GroupShape;

/** A drawing in its own coordinate box (0,0)–(width,height); renderers scale it to fit. */
export interface Artwork {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly ArtShape[];
}

export function scaleOf(transform: Transform | undefined): readonly [number, number] {
  const s = transform?.scale ?? 1;
  return typeof s === 'number' ? [s, s] : s;
}

/** Every path string in an artwork, depth first (for tests and tooling). */
export function collectPaths(shapes: readonly ArtShape[]): string[] {
  const out: string[] = [];
  const walk = (list: readonly ArtShape[]): void => {
    for (const shape of list) {
      if (shape.type === 'path') out.push(shape.d);
      else if (shape.type === 'group') walk(shape.children);
    }
  };
  walk(shapes);
  return out;
}

/** Number of leaf shapes (paths + circles): roughly the Konva node count the artwork costs. */
export function countLeaves(shapes: readonly ArtShape[]): number {
  let n = 0;
  for (const shape of shapes) n += shape.type === 'group' ? countLeaves(shape.children) : 1;
  return n;
}

// ---- small path-building helpers shared by the drawings ----

/** Numbers in path data: two decimals are plenty at 1000 px and keep the strings short. */
export function num(v: number): string {
  const r = Math.round(v * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

export type Point = readonly [number, number];

export const pt = (p: Point): string => `${num(p[0])} ${num(p[1])}`;

/** A full circle as a path subpath (two arcs), so many dots can share one path node. */
export function circlePath(cx: number, cy: number, r: number): string {
  return (
    `M ${num(cx - r)} ${num(cy)} A ${num(r)} ${num(r)} 0 1 0 ${num(cx + r)} ${num(cy)} ` +
    `A ${num(r)} ${num(r)} 0 1 0 ${num(cx - r)} ${num(cy)} Z`
  );
}

/** Deterministic PRNG (mulberry32): the hand-drawn irregularity is the same on every render. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
