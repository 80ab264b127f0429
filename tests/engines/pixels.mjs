// Pixel checks on decoded PNGs (pngjs), the same ideas as tests/e2e/helpers.ts, for pictures of any
// size: compared cell by cell over a grid of fractions, so a 270 px reference fits a 1080 px export.
import { PNG } from 'pngjs';

/** @typedef {{ width: number, height: number, data: Buffer | Uint8Array }} Picture */

/** @returns {Picture} */
export function decodePng(bytes) {
  return PNG.sync.read(bytes);
}

export function encodePng(picture) {
  const png = new PNG({ width: picture.width, height: picture.height });
  Buffer.from(picture.data.buffer, picture.data.byteOffset, picture.data.byteLength).copy(png.data);
  return PNG.sync.write(png);
}

/** The box { x, y, width, height } (CSS px, times `scale` device px) cut out of a picture. */
export function crop(picture, { x, y, width, height, scale = 1 }) {
  const left = Math.max(0, Math.round(x * scale));
  const top = Math.max(0, Math.round(y * scale));
  const w = Math.max(1, Math.min(picture.width - left, Math.round(width * scale)));
  const h = Math.max(1, Math.min(picture.height - top, Math.round(height * scale)));
  const data = new Uint8Array(w * h * 4);
  for (let row = 0; row < h; row++) {
    const from = ((top + row) * picture.width + left) * 4;
    data.set(picture.data.subarray(from, from + w * 4), row * w * 4);
  }
  return { width: w, height: h, data };
}

/** Mean colour of the box [x0, x1) × [y0, y1) given in fractions of the picture. */
export function meanColour(picture, x0, y0, x1, y1) {
  const { width, height, data } = picture;
  const sum = [0, 0, 0];
  let n = 0;
  const left = Math.floor(x0 * width);
  const right = Math.max(left + 1, Math.floor(x1 * width));
  const top = Math.floor(y0 * height);
  const bottom = Math.max(top + 1, Math.floor(y1 * height));
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const i = (y * width + x) * 4;
      sum[0] += data[i];
      sum[1] += data[i + 1];
      sum[2] += data[i + 2];
      n++;
    }
  }
  return sum.map((s) => s / n);
}

/**
 * Mean per-channel difference of two pictures over a `grid`×`grid` raster of cells, skipping the
 * cells whose centre (in fractions) `skip` names.
 */
export function meanDifference(a, b, skip = () => false, grid = 8) {
  let total = 0;
  let cells = 0;
  for (let row = 0; row < grid; row++) {
    for (let column = 0; column < grid; column++) {
      const [x0, y0, x1, y1] = [column / grid, row / grid, (column + 1) / grid, (row + 1) / grid];
      if (skip((x0 + x1) / 2, (y0 + y1) / 2)) continue;
      const p = meanColour(a, x0, y0, x1, y1);
      const q = meanColour(b, x0, y0, x1, y1);
      total += (Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2])) / 3;
      cells++;
    }
  }
  return total / cells;
}

/** The picture turned a quarter clockwise: the EXIF-6 portrait as it would look if left unrotated. */
export function rotateQuarter(picture) {
  const { width, height, data } = picture;
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = (x * height + (height - 1 - y)) * 4;
      for (let c = 0; c < 4; c++) out[to + c] = data[from + c];
    }
  }
  return { width: height, height: width, data: out };
}

/** Share of pixels in a box (fractions) that are clearly cornflower blue. */
export function blueShare(picture, x0, y0, x1, y1) {
  const { width, height, data } = picture;
  let blue = 0;
  let all = 0;
  for (let y = Math.floor(y0 * height); y < y1 * height; y += 2) {
    for (let x = Math.floor(x0 * width); x < x1 * width; x += 2) {
      const i = (y * width + x) * 4;
      const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
      all++;
      if (b > 120 && b > r + 50 && b > g + 20) blue++;
    }
  }
  return blue / all;
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]) {
  const linear = (c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1 (none) to 21 (black on white). */
export function contrastRatio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Is the text in a control's screenshot legible? The background is the most common colour; the
 * text colour is the commonest colour among the pixels that stand out from it (antialiased edges
 * are many shades, so colours are binned to 16 levels). Only the box inside the border and left of
 * the native arrow is read (`inset` px each side, `right` px more on the right): a dark arrow on a
 * light control must not pass for legible text.
 */
export function legibility(picture, { inset = 4, right = 28 } = {}) {
  const { width, height, data } = picture;
  const bins = new Map();
  const x0 = Math.min(inset, width - 1);
  const x1 = Math.max(x0 + 1, width - inset - right);
  const y0 = Math.min(inset, height - 1);
  const y1 = Math.max(y0 + 1, height - inset);
  let pixels = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * width + x) * 4;
      const key = ((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4);
      const bin = bins.get(key) ?? { n: 0, r: 0, g: 0, b: 0 };
      bin.n++;
      bin.r += data[i];
      bin.g += data[i + 1];
      bin.b += data[i + 2];
      bins.set(key, bin);
      pixels++;
    }
  }
  const colours = [...bins.values()]
    .map((bin) => ({ n: bin.n, rgb: [bin.r / bin.n, bin.g / bin.n, bin.b / bin.n] }))
    .sort((a, b) => b.n - a.n);
  const background = colours[0].rgb;
  const standing = colours.filter((c) => contrastRatio(c.rgb, background) >= 3);
  const inkPixels = standing.reduce((sum, c) => sum + c.n, 0);
  // The text's own colour: the most common one among those that contrast most.
  const strongest = standing.filter((c) => c.n >= 4).sort((a, b) => b.n - a.n)[0];
  const text = strongest?.rgb ?? colours[1]?.rgb ?? background;
  return {
    background: background.map(Math.round),
    text: text.map(Math.round),
    contrast: contrastRatio(text, background),
    inkShare: inkPixels / pixels,
  };
}
