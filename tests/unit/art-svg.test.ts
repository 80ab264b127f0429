import { describe, expect, it } from 'vitest';
import {
  cornflower,
  cornflowerBadge,
  cornflowerBare,
  cornflowerIcon,
  cornflowerSticker,
} from '../../src/art/cornflower';
import { cornflowerFrame, FRAME_CLEAR_RADIUS } from '../../src/art/frame';
import { type ArtShape, type Artwork, collectPaths, countLeaves, scaleOf } from '../../src/art/shapes';
import { artToSvg } from '../../src/art/toSvg';

const artworks: Record<string, Artwork> = {
  cornflower,
  cornflowerBare,
  cornflowerSticker,
  cornflowerBadge,
  cornflowerIcon,
  cornflowerFrame,
};

// Arguments per command for the absolute commands the art format allows.
const ARITY: Record<string, number> = { M: 2, L: 2, Q: 4, C: 6, A: 7, Z: 0 };
const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/;

/** Parses path data into commands with their numbers; throws on anything malformed. */
function parsePath(d: string): { cmd: string; args: number[] }[] {
  const tokens = d
    .trim()
    .split(/[\s,]+|(?=[A-Za-z])|(?<=[A-Za-z])/)
    .filter(Boolean);
  const out: { cmd: string; args: number[] }[] = [];
  for (const token of tokens) {
    if (/^[A-Za-z]$/.test(token)) {
      if (!(token in ARITY)) throw new Error(`unsupported command ${token} in ${d.slice(0, 60)}`);
      out.push({ cmd: token, args: [] });
    } else {
      if (!NUMBER.test(token)) throw new Error(`bad number "${token}" in ${d.slice(0, 60)}`);
      const last = out[out.length - 1];
      if (!last) throw new Error(`path starts with a number: ${d.slice(0, 60)}`);
      last.args.push(Number(token));
    }
  }
  if (out[0]?.cmd !== 'M') throw new Error(`path must start with M: ${d.slice(0, 60)}`);
  for (const { cmd, args } of out) {
    const n = ARITY[cmd] ?? 0;
    if (n === 0 ? args.length !== 0 : args.length === 0 || args.length % n !== 0) {
      throw new Error(`${cmd} with ${args.length} numbers in ${d.slice(0, 60)}`);
    }
  }
  return out;
}

type Matrix = readonly [number, number, number, number, number, number]; // a b c d e f
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/**
 * Every drawn point of an artwork in its own coordinates (curves sampled, strokes widened by half
 * their width as a radius), for checks on where the ink can land.
 */
function inkPoints(
  shapes: readonly ArtShape[],
  m: Matrix = IDENTITY,
): { x: number; y: number; pad: number }[] {
  const scaleOfMatrix = Math.max(Math.hypot(m[0], m[1]), Math.hypot(m[2], m[3]));
  const out: { x: number; y: number; pad: number }[] = [];
  for (const shape of shapes) {
    if (shape.type === 'group') {
      const t = shape.transform;
      const [sx, sy] = scaleOf(t);
      const r = ((t?.rotation ?? 0) * Math.PI) / 180;
      const local: Matrix = [
        Math.cos(r) * sx,
        Math.sin(r) * sx,
        -Math.sin(r) * sy,
        Math.cos(r) * sy,
        t?.x ?? 0,
        t?.y ?? 0,
      ];
      out.push(...inkPoints(shape.children, multiply(m, local)));
      continue;
    }
    const pad = shape.stroke ? ((shape.strokeWidth ?? 1) / 2) * scaleOfMatrix : 0;
    const push = (x: number, y: number, extra = 0): void => {
      const [X, Y] = apply(m, x, y);
      out.push({ x: X, y: Y, pad: pad + extra * scaleOfMatrix });
    };
    if (shape.type === 'circle') {
      for (let i = 0; i < 16; i++) {
        const a = (i / 16) * Math.PI * 2;
        push(shape.cx + shape.r * Math.cos(a), shape.cy + shape.r * Math.sin(a));
      }
      continue;
    }
    let cx = 0;
    let cy = 0;
    for (const { cmd, args } of parsePath(shape.d)) {
      const n = ARITY[cmd] ?? 0;
      for (let i = 0; n > 0 && i < args.length; i += n) {
        const a = args.slice(i, i + n);
        const at = (k: number): number => a[k] ?? 0;
        if (cmd === 'M' || cmd === 'L') {
          cx = at(0);
          cy = at(1);
          push(cx, cy);
        } else if (cmd === 'Q' || cmd === 'C') {
          const pts: [number, number][] = [[cx, cy]];
          for (let k = 0; k < n; k += 2) pts.push([at(k), at(k + 1)]);
          for (let s = 1; s <= 8; s++) {
            // de Casteljau at t = s/8
            let level = pts.map((p) => [...p] as [number, number]);
            while (level.length > 1) {
              level = level.slice(1).map((p, j) => {
                const q = level[j] ?? p;
                return [q[0] + (p[0] - q[0]) * (s / 8), q[1] + (p[1] - q[1]) * (s / 8)];
              });
            }
            const [x, y] = level[0] ?? [0, 0];
            push(x, y);
          }
          cx = at(n - 2);
          cy = at(n - 1);
        } else if (cmd === 'A') {
          // Only used for small dots: count the radius as padding around both ends.
          push(cx, cy, Math.max(at(0), at(1)));
          cx = at(5);
          cy = at(6);
          push(cx, cy, Math.max(at(0), at(1)));
        }
      }
    }
  }
  return out;
}

describe('art paths', () => {
  for (const [name, art] of Object.entries(artworks)) {
    it(`${name}: every path is well-formed absolute path data with finite numbers`, () => {
      const paths = collectPaths(art.shapes);
      expect(paths.length).toBeGreaterThan(0);
      const bad = paths.filter((d) => /NaN|Infinity|undefined/.test(d));
      expect(bad.slice(0, 3)).toEqual([]);
      for (const d of paths) parsePath(d); // throws with the offending path on malformed data
    });

    it(`${name}: all ink stays inside the artwork box`, () => {
      // One assertion over all points: an expect per point made this take ~10 s on 2 cores.
      const points = inkPoints(art.shapes);
      const outside = points.filter(
        (p) =>
          p.x - p.pad < -0.5 ||
          p.y - p.pad < -0.5 ||
          p.x + p.pad > art.width + 0.5 ||
          p.y + p.pad > art.height + 0.5,
      );
      expect(points.length).toBeGreaterThan(0);
      expect(outside.slice(0, 5)).toEqual([]);
    });
  }

  it('draws a cornflower of a sensible number of shapes', () => {
    // Each leaf shape is a Konva node: keep the flower light, the whole wreath under ~1000.
    expect(countLeaves(cornflower.shapes)).toBeLessThan(80);
    expect(countLeaves(cornflowerFrame.shapes)).toBeLessThan(1000);
  });
});

describe('frame', () => {
  it('is square, keeps the inner 70% circle clear for the face and fits a round userpic', () => {
    const { width, height } = cornflowerFrame;
    expect(width).toBe(height);
    const c = width / 2;
    expect(FRAME_CLEAR_RADIUS).toBeGreaterThanOrEqual(0.7);
    let nearest = Infinity;
    let farthest = 0;
    const tooFar: number[] = [];
    cornflowerFrame.shapes.forEach((shape, index) => {
      for (const p of inkPoints([shape])) {
        const r = Math.hypot(p.x - c, p.y - c);
        nearest = Math.min(nearest, r - p.pad);
        farthest = Math.max(farthest, r + p.pad);
        if (r + p.pad > c && !tooFar.includes(index)) tooFar.push(index);
      }
    });
    expect(nearest).toBeGreaterThan(c * 0.7);
    expect(nearest).toBeLessThan(c * 0.8); // …and the wreath does reach in towards it.
    // Shown as a circle, nothing of the wreath is cut off (indices of top-level shapes that are).
    expect(tooFar).toEqual([]);
    expect(farthest).toBeGreaterThan(c * 0.95);
  });
});

describe('artToSvg', () => {
  it('writes a standalone SVG document with the artwork box as viewBox', () => {
    const svg = artToSvg(cornflowerBadge);
    expect(
      svg.startsWith(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200">',
      ),
    ).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg).toContain('<circle');
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expect(artToSvg(cornflowerIcon, { width: 32, height: 32 })).toContain('width="32" height="32"');
  });

  it('emits one element per shape, properly nested', () => {
    for (const art of Object.values(artworks)) {
      const svg = artToSvg(art);
      const paths = svg.match(/<path d="[^"]+"[^>]*\/>/g) ?? [];
      expect(paths.length).toBe(collectPaths(art.shapes).length);
      // Tag balance: only <svg> and <g> have bodies; everything else is self-closing.
      const stack: string[] = [];
      for (const [, close, tag, selfClose] of svg.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
        if (close) expect(stack.pop()).toBe(tag);
        else if (!selfClose) stack.push(tag ?? '');
      }
      expect(stack).toEqual([]);
    }
  });

  it('writes group transforms in Konva order: translate, rotate, scale', () => {
    const svg = artToSvg({
      width: 10,
      height: 10,
      shapes: [{ type: 'group', transform: { x: 5, y: 4, rotation: 30, scale: [2, 0.5] }, children: [] }],
    });
    expect(svg).toContain('<g transform="translate(5 4) rotate(30) scale(2 0.5)"></g>');
  });
});
