import { orientedSize } from './header';
import type { Inspection } from './inspectFile';
import type { Size } from './workingSize';

/** Below this the worker's sharp copy comes about as fast: no preview needed. */
export const MIN_PREVIEW_PIXELS = 3_000_000;
/** Long side of a first look: enough for a phone-sized editor until the sharp copy lands. */
export const PREVIEW_SIDE = 720;

/** Whether a photo this size gets a first look before its sharp copy. */
export function wantsPreview(inspection: Inspection): boolean {
  const { width, height } = orientedSize(inspection.header);
  return width * height >= MIN_PREVIEW_PIXELS;
}

/**
 * A big JPEG's first look by DCT scaling: its upright size (from the header) and the reduction, 8,
 * or 4 where 1/8 would be under half of PREVIEW_SIDE; null when the file gets no such look (not a
 * JPEG, or small enough that its sharp copy comes about as fast).
 */
export function jpegPreviewPlan(inspection: Inspection): { upright: Size; reduction: number } | null {
  if (inspection.format !== 'jpeg' || !wantsPreview(inspection)) return null;
  const upright = orientedSize(inspection.header);
  return { upright, reduction: Math.max(upright.width, upright.height) / 8 >= PREVIEW_SIDE / 2 ? 8 : 4 };
}
