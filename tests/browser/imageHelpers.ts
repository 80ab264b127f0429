// Shared by the image tests in real Chromium: fixtures served by Vite, pixel reading, EXIF editing.

// Every fixture as a URL served by Vite (the same origin as the page).
const fixtureUrls = import.meta.glob('../fixtures/**/*.{jpg,png,webp,heic,avif,gif,bmp,tiff,svg,pdf}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export async function load(name: string): Promise<Blob> {
  const url = fixtureUrls[`../fixtures/${name}`];
  if (!url) throw new Error(`no fixture ${name}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  // A Blob without a type, as from a drop of a file the OS could not type: only the bytes count.
  return new Blob([await response.arrayBuffer()]);
}

export type Rgba = [number, number, number, number];

/** Reads pixels of a bitmap at fractional positions (a test-side canvas; the app draws none). */
export function sampler(bitmap: ImageBitmap): (fx: number, fy: number) => Rgba {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d context');
  context.drawImage(bitmap, 0, 0);
  return (fx, fy) =>
    [
      ...context.getImageData(Math.floor(fx * bitmap.width), Math.floor(fy * bitmap.height), 1, 1).data,
    ] as Rgba;
}

export function close(colour: number[], expected: number[], tolerance = 48): boolean {
  return expected.every((value, i) => Math.abs((colour[i] as number) - value) <= tolerance);
}

/** Mean colour of a region, for comparing two decodes of the same photo. */
export function meanColour(bitmap: ImageBitmap, x0: number, y0: number, x1: number, y1: number): number[] {
  const at = sampler(bitmap);
  let [red, green, blue, n] = [0, 0, 0, 0];
  for (let fy = y0; fy < y1; fy += 0.05) {
    for (let fx = x0; fx < x1; fx += 0.05) {
      const [r, g, b] = at(fx, fy);
      red += r;
      green += g;
      blue += b;
      n++;
    }
  }
  return [red / n, green / n, blue / n];
}

/** A copy of a JPEG with the value of its (first) Exif Orientation tag replaced. */
export function withOrientation(jpeg: Uint8Array<ArrayBuffer>, orientation: number): Uint8Array<ArrayBuffer> {
  const copy = jpeg.slice();
  const exifAt = copy.findIndex(
    (_, i) => copy[i] === 0x45 && String.fromCharCode(...copy.subarray(i, i + 6)) === 'Exif\0\0',
  );
  const tiff = exifAt + 6;
  const little = copy[tiff] === 0x49;
  const view = new DataView(copy.buffer, copy.byteOffset);
  const ifd = tiff + view.getUint32(tiff + 4, little);
  for (let i = 0, n = view.getUint16(ifd, little); i < n; i++) {
    const entry = ifd + 2 + i * 12;
    if (view.getUint16(entry, little) === 0x0112) {
      view.setUint16(entry + 8, orientation, little);
      return copy;
    }
  }
  throw new Error('no Orientation tag to change');
}

/** A 600×400 photo: a red left half (#d02020), the right half `right` (green by default). */
export async function twoTonePhoto(right = '#20a040'): Promise<ImageBitmap> {
  const canvas = new OffscreenCanvas(600, 400);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#d02020';
  context.fillRect(0, 0, 300, 400);
  context.fillStyle = right;
  context.fillRect(300, 0, 300, 400);
  return createImageBitmap(canvas);
}
