import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export const fixture = (name: string) => join(import.meta.dirname, '../fixtures', name);

/** Fails the test if the page asks anything of another origin (the photo never leaves the device). */
export function watchRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) foreign.push(url);
  });
  return foreign;
}

export async function openApp(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByRole('button', { name: /./ }).first()).toBeVisible();
}

export async function choosePhoto(page: Page, name: string) {
  await page.getByTestId('file-input').setInputFiles(fixture(name));
}

export async function waitForPhoto(page: Page) {
  await expect(page.getByTestId('editor-canvas')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#editor')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
}

export async function download(page: Page, name = 'Download') {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const file = await waiting;
  const path = await file.path();
  return { fileName: file.suggestedFilename(), bytes: readFileSync(path) };
}

export function decodePng(bytes: Buffer) {
  return PNG.sync.read(bytes);
}

export type Rgba = [number, number, number, number];

export function pixel(png: PNG, x: number, y: number): Rgba {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!, png.data[i + 3]!];
}

/** Share of pixels in a box that are clearly cornflower blue. */
export function blueShare(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let blue = 0;
  let all = 0;
  for (let y = Math.round(y0); y < y1; y += 2) {
    for (let x = Math.round(x0); x < x1; x += 2) {
      const [r, g, b] = pixel(png, x, y);
      all++;
      if (b > 120 && b > r + 50 && b > g + 20) blue++;
    }
  }
  return blue / all;
}

/** Mean colour of a box. */
export function meanColour(
  png: PNG,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
): [number, number, number] {
  const sum = [0, 0, 0];
  let n = 0;
  for (let y = Math.round(y0); y < y1; y++) {
    for (let x = Math.round(x0); x < x1; x++) {
      const [r, g, b] = pixel(png, x, y);
      sum[0]! += r;
      sum[1]! += g;
      sum[2]! += b;
      n++;
    }
  }
  return [sum[0]! / n, sum[1]! / n, sum[2]! / n];
}

/** PNG chunk types in file order: a fresh encode has IHDR, IDAT…, IEND and nothing from the photo. */
export function pngChunks(bytes: Buffer): string[] {
  const types: string[] = [];
  let offset = 8;
  while (offset + 8 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    types.push(bytes.toString('latin1', offset + 4, offset + 8));
    offset += 12 + length;
  }
  return types;
}

/** Standard deviation of luma in a box: a photo varies, an empty or flat canvas does not. */
export function lumaSpread(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let sum = 0;
  let squares = 0;
  let n = 0;
  for (let y = y0; y < y1; y += 3) {
    for (let x = x0; x < x1; x += 3) {
      const [r, g, b] = pixel(png, x, y);
      const luma = 0.299 * r + 0.587 * g + 0.114 * b;
      sum += luma;
      squares += luma * luma;
      n++;
    }
  }
  return Math.sqrt(squares / n - (sum / n) ** 2);
}

/**
 * What the photo alone should look like in the export: the reference image decoded by the browser
 * (EXIF orientation applied), scaled to cover the square and centred, drawn at `size`.
 */
export async function expectedCover(page: Page, name: string, size = 1080): Promise<PNG> {
  const base64 = readFileSync(fixture(name)).toString('base64');
  const dataUrl = await page.evaluate(
    async ({ data, size }) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes]));
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const ctx = canvas.getContext('2d')!;
      ctx.imageSmoothingQuality = 'high';
      const scale = size / Math.min(bitmap.width, bitmap.height);
      const w = bitmap.width * scale;
      const h = bitmap.height * scale;
      ctx.drawImage(bitmap, (size - w) / 2, (size - h) / 2, w, h);
      return canvas.toDataURL('image/png');
    },
    { data: base64, size },
  );
  return PNG.sync.read(Buffer.from(dataUrl.split(',')[1]!, 'base64'));
}

/** Mean per-channel difference of two pictures over a grid of cells, skipping cells `skip` names. */
export function meanDifference(
  a: PNG,
  b: PNG,
  skip: (x: number, y: number) => boolean = () => false,
): number {
  const cell = a.width / 8;
  let diff = 0;
  let cells = 0;
  for (let y = 0; y < a.height; y += cell) {
    for (let x = 0; x < a.width; x += cell) {
      if (skip(x + cell / 2, y + cell / 2)) continue;
      const p = meanColour(a, x, y, x + cell, y + cell);
      const q = meanColour(b, x, y, x + cell, y + cell);
      diff += (Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2])) / 3;
      cells++;
    }
  }
  return diff / cells;
}

/** How far a picture is from one flat colour (its own mean): the "structure" a real photo has. */
export function structure(png: PNG, skip: (x: number, y: number) => boolean = () => false): number {
  const [r, g, b] = meanColour(png, 0, 0, png.width, png.height);
  const flat = new PNG({ width: png.width, height: png.height });
  for (let i = 0; i < flat.data.length; i += 4) {
    flat.data[i] = r;
    flat.data[i + 1] = g;
    flat.data[i + 2] = b;
    flat.data[i + 3] = 255;
  }
  return meanDifference(png, flat, skip);
}
