// The blue cornflower (Centaurea cyanus), seen from the front, drawn procedurally: a ring of large
// funnel-shaped outer florets with toothed, fan-like mouths, a second ring behind them, and a dark
// violet centre of small inner florets with their anthers. Flat "cel" shading (no gradients) so it
// renders the same in Konva and SVG and stays legible from 16 px to print size.
import { type ArtShape, type Artwork, seededRandom } from './shapes';

import { cornflowerPalette } from './palette';
import { type FloretGeometry, floretGeometry, paintFloret } from './floret';
import { drawCentre } from './flowerCentre';

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
