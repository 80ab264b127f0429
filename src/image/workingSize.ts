/** Long side of the working copy unless the caller asks otherwise: sharp on a 4K export, light in memory. */
export const DEFAULT_MAX_SIDE = 2160;

/**
 * Never a canvas (or bitmap meant for one) over 4096×4096 = 16.7 Mpx: iOS Safari's canvas limit.
 * maxSide is clamped to it.
 */
export const MAX_CANVAS_SIDE = 4096;

export interface Size {
  width: number;
  height: number;
}

/** Scales `size` down (never up) so its long side is at most `maxSide`, keeping the aspect ratio. */
export function fitWithin(size: Size, maxSide: number): Size {
  const longSide = Math.max(size.width, size.height);
  if (longSide <= maxSide) return { width: size.width, height: size.height };
  const scale = maxSide / longSide;
  return {
    width: size.width >= size.height ? maxSide : Math.max(1, Math.round(size.width * scale)),
    height: size.height > size.width ? maxSide : Math.max(1, Math.round(size.height * scale)),
  };
}

/** Validates ImportOptions.maxSide: a positive number, at most MAX_CANVAS_SIDE. */
export function normaliseMaxSide(maxSide: number | undefined): number {
  if (maxSide === undefined) return DEFAULT_MAX_SIDE;
  if (!Number.isFinite(maxSide) || maxSide < 1)
    throw new RangeError(`maxSide must be a positive number, got ${maxSide}`);
  return Math.min(Math.floor(maxSide), MAX_CANVAS_SIDE);
}
