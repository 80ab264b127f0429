// react-konva's core build plus only the shapes we draw: the full `konva` bundle costs ~16 KB gz more.
// Importing a shape module registers it with Konva, so every canvas component imports from here.
import Konva from 'konva/lib/Core';
import 'konva/lib/shapes/Image';
import 'konva/lib/shapes/Path';
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Text';
import 'konva/lib/shapes/Transformer';

// A pinch starts as a one-finger drag of the photo; Konva skips touch events during a drag unless
// this is on, and then the second finger would never reach the stage (see Konva's multi-touch demo).
Konva.hitOnDragEnabled = true;

/** iOS Safari refuses any canvas over 16.7 Mpx (4096²) and then draws nothing at all. */
export const MAX_CANVAS_SIDE = 4096;
/** The editor's square never grows past this many CSS pixels (useSquareSize). */
export const EDITOR_MAX_SIDE = 640;

// Konva sizes each layer's canvas at its CSS size × Konva.pixelRatio, read when the layer is made
// (the device's ratio by default: 3 on many phones). Capped so the largest editor stays within
// iOS's limit at any devicePixelRatio (a browser zoomed to 500 % reports 10 on a Retina screen).
Konva.pixelRatio = Math.min(
  (typeof window !== 'undefined' && window.devicePixelRatio) || 1,
  MAX_CANVAS_SIDE / EDITOR_MAX_SIDE,
);

/**
 * Runs `build` with Konva making canvases at `ratio` device pixels per CSS pixel. The export builds
 * its stage at 1 so its canvas is exactly the output size: a 2048 px picture on a phone at DPR 3
 * would otherwise allocate 6144² px (37.7 Mpx), which iOS refuses, giving a blank picture.
 * `build` must create its layers synchronously (flushSync).
 */
export function atPixelRatio<T>(ratio: number, build: () => T): T {
  const saved = Konva.pixelRatio;
  Konva.pixelRatio = ratio;
  try {
    return build();
  } finally {
    Konva.pixelRatio = saved;
  }
}

export {
  Stage,
  Layer,
  Group,
  Image,
  Path,
  Circle,
  Rect,
  Text,
  Transformer,
  Shape,
} from 'react-konva/lib/ReactKonvaCore';
