import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type Konva from 'konva';
import { Layer, Stage } from 'react-konva';
import { KonvaArt } from '../../src/canvas/KonvaArt';
import { cornflowerBadge, cornflowerSticker } from '../../src/art/cornflower';
import { cornflowerFrame } from '../../src/art/frame';
import type { Artwork } from '../../src/art/shapes';

afterEach(cleanup);

function drawStage(
  art: Artwork,
  size: number,
  props: { x?: number; y?: number; width?: number; height?: number } = {},
) {
  const ref = createRef<Konva.Stage>();
  render(
    <Stage ref={ref} width={size} height={size}>
      <Layer>
        <KonvaArt
          art={art}
          width={props.width ?? size}
          height={props.height ?? size}
          x={props.x}
          y={props.y}
        />
      </Layer>
    </Stage>,
  );
  const stage = ref.current;
  if (!stage) throw new Error('stage did not mount');
  // toCanvas redraws the stage synchronously at pixelRatio 1, independent of Konva's batched draw.
  const canvas = stage.toCanvas({ pixelRatio: 1 });
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  const data = ctx.getImageData(0, 0, size, size).data;
  const px = (x: number, y: number) => {
    const i = (Math.round(y) * size + Math.round(x)) * 4;
    return { r: data[i] ?? 0, g: data[i + 1] ?? 0, b: data[i + 2] ?? 0, a: data[i + 3] ?? 0 };
  };
  return { stage, px };
}

type Px = { r: number; g: number; b: number; a: number };

/** Pixels sampled on rings around (cx, cy) between radii r0 and r1. */
function ring(px: (x: number, y: number) => Px, cx: number, cy: number, r0: number, r1: number): Px[] {
  const out: Px[] = [];
  for (let r = r0; r <= r1; r += 1.5) {
    const n = Math.max(12, Math.round(r * 2));
    for (let i = 0; i < n; i++) {
      const a = (i / n) * Math.PI * 2;
      out.push(px(cx + r * Math.cos(a), cy + r * Math.sin(a)));
    }
  }
  return out;
}

const share = (pixels: Px[], test: (p: Px) => boolean) => pixels.filter(test).length / pixels.length;
const isBlue = (p: Px) => p.a > 200 && p.b > p.r + 60 && p.b > p.g + 40;
const isVioletOrDark = (p: Px) => p.a > 200 && p.b > p.g && p.r > p.g && (p.r + p.g + p.b) / 3 < 140;
const isWhite = (p: Px) => p.a > 240 && p.r > 235 && p.g > 235 && p.b > 235;

describe('KonvaArt', () => {
  it('draws the badge: blue floret ring, violet centre, white ground, blue rim', () => {
    const { px } = drawStage(cornflowerBadge, 200);
    // Flower radius is 84 in a 200 box: the florets fill 30…70 from the centre.
    expect(share(ring(px, 100, 100, 34, 70), isBlue)).toBeGreaterThan(0.8);
    expect(share(ring(px, 100, 100, 0, 12), isVioletOrDark)).toBeGreaterThan(0.75);
    // Between the flower and the ring the badge ground is white…
    expect(share(ring(px, 100, 100, 89, 91.5), isWhite)).toBeGreaterThan(0.95);
    // …then a thin blue ring, and nothing outside the disc.
    expect(share(ring(px, 100, 100, 95, 95), isBlue)).toBeGreaterThan(0.95);
    expect(px(2, 2).a).toBe(0);
    expect(px(197, 197).a).toBe(0);
  });

  it('scales and places the artwork to width × height at (x, y)', () => {
    const { px } = drawStage(cornflowerBadge, 200, { x: 100, y: 0, width: 100, height: 100 });
    expect(share(ring(px, 150, 50, 17, 34), isBlue)).toBeGreaterThan(0.8);
    expect(share(ring(px, 150, 50, 0, 5), isVioletOrDark)).toBeGreaterThan(0.75);
    expect(px(50, 50).a).toBe(0);
    expect(px(150, 150).a).toBe(0);
  });

  it('keeps the sticker flower outlined in white', () => {
    const { px } = drawStage(cornflowerSticker, 232);
    // Straight out from the centre: blue florets, then the white outline, then transparency.
    let sawBlue = false;
    let sawWhiteAfterBlue = false;
    for (let x = 116; x < 232; x++) {
      const p = px(x, 116);
      if (isBlue(p)) sawBlue = true;
      else if (sawBlue && isWhite(p)) sawWhiteAfterBlue = true;
    }
    expect(sawBlue && sawWhiteAfterBlue).toBe(true);
    expect(px(2, 2).a).toBe(0);
  });

  it('draws the frame with a fully transparent middle and blue flowers around the edge', () => {
    const size = 400;
    const { px } = drawStage(cornflowerFrame, size);
    const middle = ring(px, 200, 200, 0, 0.35 * size - 2);
    expect(middle.every((p) => p.a === 0)).toBe(true);
    const border = ring(px, 200, 200, 0.36 * size, 0.5 * size - 1);
    expect(share(border, isBlue)).toBeGreaterThan(0.12);
    expect(share(border, (p) => p.a > 0)).toBeGreaterThan(0.35);
  });

  it('gives the outer group the pointer events, not the drawn shapes', () => {
    const ref = createRef<Konva.Group>();
    const stageRef = createRef<Konva.Stage>();
    render(
      <Stage ref={stageRef} width={200} height={200}>
        <Layer>
          <KonvaArt
            ref={ref}
            art={cornflowerBadge}
            width={100}
            height={100}
            x={50}
            y={50}
            hitArea="circle"
            name="badge"
          />
        </Layer>
      </Stage>,
    );
    const stage = stageRef.current;
    const group = ref.current;
    if (!stage || !group) throw new Error('not mounted');
    expect(group.name()).toBe('badge');
    const hit = stage.getIntersection({ x: 100, y: 100 });
    expect(hit?.parent).toBe(group);
    // Outside the round badge, in the corner of its box, nothing is hit.
    expect(stage.getIntersection({ x: 53, y: 53 })).toBeNull();
    // Every drawn shape opts out of hit testing.
    const drawn = group.find('Path');
    expect(drawn.length).toBeGreaterThan(20);
    expect(drawn.every((node) => !node.listening())).toBe(true);
  });
});
