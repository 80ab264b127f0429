// The app's install icons, drawn from our own cornflower artwork. Pure: runs in node, where
// scripts/make-icons.mjs renders each to the PNG that public/manifest.webmanifest lists, and
// tests/unit/app-icons.test.ts checks those PNGs were made from the drawing as it is now.
import { drawCornflower } from '../art/cornflower';
import { cornflowerPalette } from '../art/palette';
import type { Artwork } from '../art/shapes';
import { artToSvg } from '../art/toSvg';

/** The page's theme colour (index.html, the manifest): the campaign blue. */
export const THEME_COLOUR = '#1747a6';

const BOX = 100;
const flower = (scale: number) =>
  ({ type: 'group', transform: { x: BOX / 2, y: BOX / 2, scale }, children: drawCornflower() }) as const;

/** The round white badge with the flower, edge to edge on a transparent square ("any" icon). */
export const appIconArt: Artwork = {
  width: BOX,
  height: BOX,
  shapes: [
    { type: 'circle', cx: 50, cy: 50, r: 48, fill: cornflowerPalette.white },
    { type: 'circle', cx: 50, cy: 50, r: 46, stroke: THEME_COLOUR, strokeWidth: 2.5 },
    flower(0.42),
  ],
};

/**
 * Full bleed in the theme colour, the badge inside the safe zone (a circle of 40 % of the side
 * around the centre), so any mask a launcher applies keeps the whole flower.
 */
export const maskableIconArt: Artwork = {
  width: BOX,
  height: BOX,
  shapes: [
    { type: 'path', d: 'M 0 0 L 100 0 L 100 100 L 0 100 Z', fill: THEME_COLOUR },
    { type: 'circle', cx: 50, cy: 50, r: 34, fill: cornflowerPalette.white },
    flower(0.3),
  ],
};

export interface AppIcon {
  /** Path under public/. */
  readonly file: string;
  readonly size: number;
  readonly svg: string;
}

export const appIcons: readonly AppIcon[] = [
  { file: 'icons/icon-192.png', size: 192, art: appIconArt },
  { file: 'icons/icon-512.png', size: 512, art: appIconArt },
  { file: 'icons/maskable-512.png', size: 512, art: maskableIconArt },
  // iOS fills transparency with black and rounds the corners itself: the full-bleed version.
  { file: 'icons/apple-touch-icon-180.png', size: 180, art: maskableIconArt },
].map(({ file, size, art }) => ({ file, size, svg: artToSvg(art, { width: size, height: size }) }));
