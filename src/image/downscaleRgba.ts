/**
 * Area-average (box) downscale of straight-alpha RGBA pixels, in plain JavaScript: used only where
 * createImageBitmap cannot resize (older Safari) for HEIC, whose pixels come from libheif rather
 * than from a file the browser could shrink. No canvas is involved, so no canvas-size limit either.
 * Every source pixel lands in exactly one target pixel; colours are weighted by alpha so transparent
 * pixels do not darken the edges.
 */
export function downscaleRgba(
  source: Uint8ClampedArray,
  sourceWidth: number,
  sourceHeight: number,
  width: number,
  height: number,
): Uint8ClampedArray<ArrayBuffer> {
  if (width > sourceWidth || height > sourceHeight || width < 1 || height < 1) {
    throw new RangeError(`downscaleRgba only shrinks: ${sourceWidth}×${sourceHeight} → ${width}×${height}`);
  }
  const columnOf = new Uint32Array(sourceWidth);
  for (let x = 0; x < sourceWidth; x++)
    columnOf[x] = Math.min(width - 1, Math.floor((x * width) / sourceWidth));

  const out = new Uint8ClampedArray(width * height * 4);
  // Sums for one target row: premultiplied r, g, b, then alpha, then pixel count.
  const sums = new Float64Array(width * 5);
  let targetRow = 0;
  for (let y = 0; y < sourceHeight; y++) {
    let in_ = y * sourceWidth * 4;
    for (let x = 0; x < sourceWidth; x++, in_ += 4) {
      const s = (columnOf[x] as number) * 5;
      const alpha = source[in_ + 3] as number;
      sums[s] = (sums[s] as number) + (source[in_] as number) * alpha;
      sums[s + 1] = (sums[s + 1] as number) + (source[in_ + 1] as number) * alpha;
      sums[s + 2] = (sums[s + 2] as number) + (source[in_ + 2] as number) * alpha;
      sums[s + 3] = (sums[s + 3] as number) + alpha;
      sums[s + 4] = (sums[s + 4] as number) + 1;
    }
    const lastOfTargetRow =
      y === sourceHeight - 1 || Math.floor(((y + 1) * height) / sourceHeight) !== targetRow;
    if (!lastOfTargetRow) continue;
    for (let x = 0; x < width; x++) {
      const s = x * 5;
      const o = (targetRow * width + x) * 4;
      const alphaSum = sums[s + 3] as number;
      const count = sums[s + 4] as number;
      if (alphaSum > 0) {
        out[o] = (sums[s] as number) / alphaSum;
        out[o + 1] = (sums[s + 1] as number) / alphaSum;
        out[o + 2] = (sums[s + 2] as number) / alphaSum;
      }
      out[o + 3] = count > 0 ? alphaSum / count : 0;
    }
    sums.fill(0);
    targetRow++;
  }
  return out;
}
