import type { Size } from './workingSize';

/**
 * Decodes a JPEG at 1/reduction of its size (reduction 2, 4 or 8: DCT scaling), upright, optionally
 * resized down to `fit`. createImageBitmap always decodes in full, even with a small resize; WebCodecs'
 * ImageDecoder lets Chromium scale while decoding when given a desired size. The desired size is in
 * the upright frame: ImageDecoder reports EXIF orientation as the frame's rotation and flip, which
 * createImageBitmap(frame) applies (checked for all 8 orientations).
 *
 * Resolves undefined where ImageDecoder is missing (Safari) or fails: callers decode another way.
 * Used on the main thread (quick preview) and in the decode worker (working copy).
 */
export async function decodeJpegScaled(
  file: Blob,
  upright: Size,
  reduction: number,
  fit?: Size,
): Promise<ImageBitmap | undefined> {
  if (typeof ImageDecoder === 'undefined') return undefined;
  let decoder: ImageDecoder | undefined;
  try {
    decoder = new ImageDecoder({
      data: file.stream(),
      type: 'image/jpeg',
      desiredWidth: Math.ceil(upright.width / reduction),
      desiredHeight: Math.ceil(upright.height / reduction),
    });
    const { image } = await decoder.decode();
    try {
      const fits = !fit || (image.displayWidth <= fit.width && image.displayHeight <= fit.height);
      return await createImageBitmap(
        image,
        fits ? {} : { resizeWidth: fit.width, resizeHeight: fit.height, resizeQuality: 'high' },
      );
    } finally {
      image.close();
    }
  } catch {
    return undefined;
  } finally {
    decoder?.close();
  }
}
