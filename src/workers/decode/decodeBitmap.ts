import type { Size } from '../../image/workingSize';
import type { ResizeSupport } from './resizeSupport';

/**
 * Options to decode `file` straight to `size`. resizeWidth/resizeHeight are the size of the
 * *upright* result: Chromium applies the EXIF orientation first and then resizes (checked for all 8
 * orientations in tests/browser/image-import.test.ts), so we pass the oriented size.
 * 'from-image' is the default in current engines; we still ask for it where the engine knows it.
 */
export function decodeOptions(size: Size | undefined, support: ResizeSupport): ImageBitmapOptions {
  return {
    ...(size ? resizeOptions(size) : {}),
    ...(support.fromImage ? { imageOrientation: 'from-image' as const } : {}),
  };
}

function resizeOptions(size: Size): ImageBitmapOptions {
  return { resizeWidth: size.width, resizeHeight: size.height, resizeQuality: 'high' };
}

export interface DecodePlan {
  source: Size;
  target: Size;
  /** Omitted when a preview would not arrive meaningfully sooner than the working copy. */
  preview?: Size;
}

/**
 * Decodes the working copy, and the quick preview first when the plan has one.
 *
 * With a preview, the file is decoded once at full size and both copies are resized from that
 * bitmap. Measured in a worker on the 12 Mpx JPEG (Chromium 156, 2 cores): preview after ≈85 ms and
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
  const resizeNeeded = plan.target.width !== plan.source.width || plan.target.height !== plan.source.height;
  if (!plan.preview)
    return createImageBitmap(file, decodeOptions(resizeNeeded ? plan.target : undefined, support));

  const full = await createImageBitmap(file, decodeOptions(undefined, support));
  try {
    onPreview(await createImageBitmap(full, resizeOptions(plan.preview)));
  } catch {
    // No preview then; the working copy below still comes.
  }
  if (!resizeNeeded) return full;
  try {
    return await createImageBitmap(full, resizeOptions(plan.target));
  } finally {
    full.close();
  }
}
