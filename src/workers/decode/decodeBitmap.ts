import { fitWithin, type Size } from '../../image/workingSize';
import type { ResizeSupport } from './resizeSupport';

/**
 * Options to decode `file` upright, optionally straight to `size` (the *upright* result's size:
 * Chromium applies the EXIF orientation first and then resizes). Only for sizes taken from a
 * decoded bitmap, never from our header alone (see decodeWithPreview).
 * 'from-image' is the default in current engines; we still ask for it where the engine knows it.
 */
export function decodeOptions(size: Size | undefined, support: ResizeSupport): ImageBitmapOptions {
  return {
    ...(size ? resizeOptions(size) : {}),
    ...(support.fromImage ? { imageOrientation: 'from-image' as const } : {}),
  };
}

/**
 * 'medium', not 'high': measured in a worker on the 12 Mpx JPEG → 2160 px (src/image/README.md, "Other engines"),
 * WebKitGTK's 'high' costs ≈245 ms against ≈150 ms for 'medium' (its resize runs lazily, when the
 * bitmap is posted), while Chromium gives pixel-identical results for both at the same speed. WebKit's
 * 'medium' differs from its 'high' by 1.4 levels on average and is still sharper than Chromium's.
 */
export const RESIZE_QUALITY: ResizeQuality = 'medium';

function resizeOptions(size: Size): ImageBitmapOptions {
  return { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: RESIZE_QUALITY };
}

export interface DecodePlan {
  /** Upright size from our header reader: a guide for planning only. */
  source: Size;
  /** Its long side is the working copy's; the aspect comes from the decoded bitmap. */
  target: Size;
  /** Omitted when a preview would not arrive meaningfully sooner than the working copy. */
  preview?: Size;
}

/**
 * Decodes the working copy, and the quick preview first when the plan has one.
 *
 * The file is decoded once, upright, at full size, and every copy is resized from that bitmap, to
 * sizes taken from the bitmap itself. Resizing in the decode (resizeWidth/resizeHeight from our
 * header) would force the header's idea of the orientation on the pixels: where the browser reads
 * an odd EXIF block another way (an Orientation with count 2, in the Exif sub-IFD, after a non-zero
 * fill byte…), a portrait came out squashed into landscape. This way the two cannot disagree.
 *
 * Measured in a worker on the 12 Mpx JPEG (Chromium 156, 2 cores): preview after ≈85 ms and
 * working copy after ≈132 ms — the working copy as soon as when decoded alone, the preview for about
 * 10 ms more than a bare decode. The alternatives lose: two decodes in parallel (preview ≈150 ms,
 * working ≈190 ms: they fight for the cores) or one after the other (≈89 / ≈220 ms), and a small
 * resizeWidth does not make Chromium decode a JPEG at reduced scale (a 640 px decode costs as much
 * as a full one). The full-size bitmap costs no more memory than a resizing decode, which also
 * decodes at full size first.
 */
export async function decodeWithPreview(
  file: Blob,
  plan: DecodePlan,
  support: ResizeSupport,
  onPreview: (preview: ImageBitmap) => void,
): Promise<ImageBitmap> {
  const full = await createImageBitmap(file, decodeOptions(undefined, support));
  const upright = { width: full.width, height: full.height };
  if (plan.preview) {
    try {
      onPreview(await createImageBitmap(full, resizeOptions(fitWithin(upright, longSide(plan.preview)))));
    } catch {
      // No preview then; the working copy below still comes.
    }
  }
  const target = fitWithin(upright, longSide(plan.target));
  if (target.width === full.width && target.height === full.height) return full;
  try {
    return await createImageBitmap(full, resizeOptions(target));
  } finally {
    full.close();
  }
}

function longSide(size: Size): number {
  return Math.max(size.width, size.height);
}
