import { findExifThumbnail } from './exifThumbnail';
import { orientedSize } from './header';
import type { Inspection } from './inspectFile';
import type { Orientation } from './orientation';

/** An embedded thumbnail whose shape is within this of the photo's is the photo, small. */
const SAME_SHAPE = 0.01;
/** Side the thumbnail placeholder is drawn at: enough that rounding never bends its shape. */
const PLACEHOLDER_SIDE = 480;

// Canvas transforms (a, b, c, d, e, f as multipliers of the stored width w and height h for e, f)
// that draw stored pixels upright, for each EXIF orientation.
const UPRIGHT: Readonly<Record<Orientation, (w: number, h: number) => DOMMatrix2DInit>> = {
  1: () => ({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 }),
  2: (w) => ({ a: -1, b: 0, c: 0, d: 1, e: w, f: 0 }),
  3: (w, h) => ({ a: -1, b: 0, c: 0, d: -1, e: w, f: h }),
  4: (_w, h) => ({ a: 1, b: 0, c: 0, d: -1, e: 0, f: h }),
  5: () => ({ a: 0, b: 1, c: 1, d: 0, e: 0, f: 0 }),
  6: (_w, h) => ({ a: 0, b: 1, c: -1, d: 0, e: h, f: 0 }),
  7: (w, h) => ({ a: 0, b: -1, c: -1, d: 0, e: h, f: w }),
  8: (w) => ({ a: 0, b: -1, c: 1, d: 0, e: 0, f: w }),
};

/**
 * The thumbnail a camera or phone embeds in the photo's EXIF, drawn upright: a first look within
 * milliseconds, decoded from a few kilobytes instead of the whole photo.
 *
 * Thumbnails can be stale: an editor that crops a photo often leaves the old one (both fixtures
 * carry a 16:9 thumbnail of a photo cropped to 4:3). So it is used as the photo only when its shape
 * is the photo's; a HEIC, whose decoder takes a second or more, may still use one of the same
 * orientation cropped to the photo's shape from its centre, as a placeholder until then.
 * Resolves null when there is nothing fit to show.
 */
export async function thumbnailPreview(
  file: Blob,
  inspection: Inspection,
  signal: AbortSignal,
): Promise<HTMLCanvasElement | null> {
  const thumbnail = await findExifThumbnail(file, inspection.format);
  if (!thumbnail || signal.aborted) return null;
  const upright = orientedSize(inspection.header);
  const turned = thumbnail.orientation >= 5;
  const thumbWidth = turned ? thumbnail.height : thumbnail.width;
  const thumbHeight = turned ? thumbnail.width : thumbnail.height;
  const photoShape = upright.width / upright.height;
  const thumbShape = thumbWidth / thumbHeight;
  const sameShape = Math.abs(thumbShape / photoShape - 1) <= SAME_SHAPE;
  const heif = inspection.format === 'heic' || inspection.format === 'avif';
  const sameOrientation = photoShape >= 1 === thumbShape >= 1;
  if (!sameShape && !(heif && sameOrientation)) return null;

  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(thumbnail.blob);
  } catch {
    return null;
  }
  try {
    if (signal.aborted || bitmap.width !== thumbnail.width || bitmap.height !== thumbnail.height) return null;
    // The upright thumbnail's centre part with the photo's shape, drawn PLACEHOLDER_SIDE long.
    const cropWidth = Math.min(thumbWidth, thumbHeight * photoShape);
    const cropHeight = cropWidth / photoShape;
    const scale = PLACEHOLDER_SIDE / Math.max(cropWidth, cropHeight);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(cropWidth * scale));
    canvas.height = Math.max(1, Math.round(cropHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.imageSmoothingQuality = 'medium';
    context.scale(scale, scale);
    context.translate(-(thumbWidth - cropWidth) / 2, -(thumbHeight - cropHeight) / 2);
    context.transform(...toArgs(UPRIGHT[thumbnail.orientation](thumbnail.width, thumbnail.height)));
    context.drawImage(bitmap, 0, 0);
    return canvas;
  } finally {
    bitmap.close();
  }
}

function toArgs(m: DOMMatrix2DInit): [number, number, number, number, number, number] {
  return [m.a ?? 1, m.b ?? 0, m.c ?? 0, m.d ?? 1, m.e ?? 0, m.f ?? 0];
}
