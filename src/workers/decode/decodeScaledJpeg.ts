import type { Size } from '../../image/workingSize';

/**
 * A JPEG can be decoded at 1/2, 1/4 or 1/8 of its size (DCT scaling) for a fraction of a full decode.
 * createImageBitmap always decodes in full, even with a small resize; WebCodecs' ImageDecoder lets
 * Chromium scale while decoding when given a desired size. Measured on the 12 MP fixture (Chromium
 * 156, 2 cores): full decode ≈ 75 ms, half-scale ≈ 52 ms; other M/8 scales (5/8: ≈ 75 ms) save
 * nothing, so only powers of two are asked for.
 */

/** A scaled decode may land this far under the target's long side and still be the working copy. */
const UNDERSHOOT = 0.92;

/** The power-of-two reduction (1, 2, 4 or 8) whose result still reaches about the target size. */
export function jpegReduction(source: Size, target: Size): number {
  const sourceLong = Math.max(source.width, source.height);
  const targetLong = Math.max(target.width, target.height);
  let reduction = 1;
  while (reduction < 8 && sourceLong / (reduction * 2) >= targetLong * UNDERSHOOT) reduction *= 2;
  return reduction;
}

/**
 * Decodes an upright working copy of a JPEG at about `target` (never more than `target`), or
 * resolves undefined where that is not worth it or not possible: the caller then decodes as usual.
 * ImageDecoder applies the EXIF orientation through the frame's rotation and flip, which
 * createImageBitmap(frame) honours (checked for all 8 orientations).
 */
export async function decodeScaledJpeg(file: Blob, source: Size, target: Size): Promise<ImageBitmap | undefined> {
  if (typeof ImageDecoder === 'undefined') return undefined;
  const reduction = jpegReduction(source, target);
  if (reduction === 1) return undefined;
  let decoder: ImageDecoder | undefined;
  try {
    decoder = new ImageDecoder({
      data: file.stream(),
      type: 'image/jpeg',
      desiredWidth: Math.ceil(source.width / reduction),
      desiredHeight: Math.ceil(source.height / reduction),
    });
    const { image } = await decoder.decode();
    try {
      const fits = image.displayWidth <= target.width && image.displayHeight <= target.height;
      return await createImageBitmap(
        image,
        fits ? {} : { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'high' },
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
