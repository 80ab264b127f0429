import type { Size } from '../../image/workingSize';
import type { ResizeSupport } from './resizeSupport';

/**
 * Above this many source megapixels the preview and the working copy are decoded one after the
 * other instead of at the same time: each decode holds the full-size pixels (4 bytes each) while
 * it runs, and two 50 Mpx decodes at once would hold 400 MB.
 */
const PARALLEL_DECODE_MAX_MEGAPIXELS = 24;

/**
 * resizeWidth/resizeHeight are the size of the *upright* result: Chromium applies the EXIF
 * orientation first and then resizes (checked for all 8 orientations in
 * tests/browser/image-import.test.ts), so we pass the oriented size. 'from-image' is the default in
 * current engines; we still ask for it where the engine knows the value.
 */
export function bitmapOptions(size: Size, support: ResizeSupport): ImageBitmapOptions {
  return {
    resizeWidth: size.width,
    resizeHeight: size.height,
    resizeQuality: 'high',
    ...(support.fromImage ? { imageOrientation: 'from-image' as const } : {}),
  };
}

export interface DecodePlan {
  source: Size;
  target: Size;
  /** Omitted when a preview would not arrive meaningfully sooner than the working copy. */
  preview?: Size;
}

/**
 * Decodes the working copy, and the quick preview first when the plan has one. Up to
 * PARALLEL_DECODE_MAX_MEGAPIXELS both decodes start at once (the browser decodes on separate
 * threads): measured on the 12 Mpx JPEG, the preview arrives about as early as when decoded alone,
 * and the working copy much sooner than after a sequential preview. A preview that loses the race
 * to the working copy is closed, never posted.
 */
export async function decodeWithPreview(
  file: Blob,
  plan: DecodePlan,
  support: ResizeSupport,
  onPreview: (preview: ImageBitmap) => void,
): Promise<ImageBitmap> {
  const decodeWorkingCopy = (): Promise<ImageBitmap> => createImageBitmap(file, bitmapOptions(plan.target, support));
  if (!plan.preview) return decodeWorkingCopy();

  const preview = createImageBitmap(file, bitmapOptions(plan.preview, support));
  const sourceMegapixels = (plan.source.width * plan.source.height) / 1e6;
  if (sourceMegapixels > PARALLEL_DECODE_MAX_MEGAPIXELS) {
    await preview.then(onPreview, () => undefined); // if it failed, the working copy will say why
    return decodeWorkingCopy();
  }

  let workingCopySettled = false;
  void preview.then(
    (bitmap) => (workingCopySettled ? bitmap.close() : onPreview(bitmap)),
    () => undefined,
  );
  try {
    return await decodeWorkingCopy();
  } finally {
    workingCopySettled = true;
  }
}
