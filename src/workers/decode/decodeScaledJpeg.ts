import { decodeJpegScaled } from '../../image/decodeJpegScaled';
import type { Size } from '../../image/workingSize';

/*
 * The working copy of a big JPEG, decoded at reduced DCT scale. Measured on the 12 MP fixture
 * (Chromium 156, 2 cores): full decode ≈ 75 ms, half-scale ≈ 52 ms; other M/8 scales (5/8: ≈ 75 ms)
 * save nothing, so only powers of two are asked for.
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
 * An upright working copy of about `target` (never larger), or undefined where a scaled decode is
 * not worth it or not possible: the caller then decodes as usual.
 */
export async function decodeScaledJpeg(
  file: Blob,
  source: Size,
  target: Size,
): Promise<ImageBitmap | undefined> {
  const reduction = jpegReduction(source, target);
  return reduction === 1 ? undefined : decodeJpegScaled(file, source, reduction, target);
}
