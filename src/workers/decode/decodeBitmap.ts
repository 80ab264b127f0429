import { fitWithin, type Size } from '../../image/workingSize';
import type { ResizeSupport } from './resizeSupport';

/**
 * Options to decode `file` upright, optionally straight to `size` (the *upright* result's size:
 * Chromium applies the EXIF orientation first and then resizes). Only for sizes taken from a
 * decoded bitmap, never from our header alone (see decodeUpright).
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

/**
 * Decodes `file` once, upright, at full size, and resizes that bitmap to the working copy: its long
 * side is `target`'s, its aspect the bitmap's own. Resizing in the decode (resizeWidth/resizeHeight
 * from our header) would force the header's idea of the orientation on the pixels: where the browser
 * reads an odd EXIF block another way (an Orientation with count 2, in the Exif sub-IFD, after a
 * non-zero fill byte…), a portrait came out squashed into landscape. This way the two cannot
 * disagree. The full-size bitmap costs no more memory than a resizing decode, which also decodes at
 * full size first.
 */
export async function decodeUpright(file: Blob, target: Size, support: ResizeSupport): Promise<ImageBitmap> {
  const full = await createImageBitmap(file, decodeOptions(undefined, support));
  const size = fitWithin({ width: full.width, height: full.height }, Math.max(target.width, target.height));
  if (size.width === full.width && size.height === full.height) return full;
  try {
    return await createImageBitmap(full, resizeOptions(size));
  } finally {
    full.close();
  }
}
