import { describe, expect, it, vi } from 'vitest';
import { renderSceneToBlob } from '../../src/export/renderScene';
import { sceneReducer } from '../../src/scene/actions';
import { initialScene } from '../../src/scene/defaults';
import type { OverlayKind, Scene } from '../../src/scene/types';
import { twoTonePhoto } from './imageHelpers';

function sceneWith(overlays: OverlayKind[]): Scene {
  return sceneReducer(initialScene({ overlays }), {
    type: 'photoLoaded',
    assetId: 'p',
    width: 600,
    height: 400,
  });
}

async function pixels(blob: Blob) {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  const at = (x: number, y: number) => {
    const i = (Math.round(y) * data.width + Math.round(x)) * 4;
    return [data.data[i]!, data.data[i + 1]!, data.data[i + 2]!, data.data[i + 3]!];
  };
  const share = (x0: number, y0: number, x1: number, y1: number, test: (p: number[]) => boolean) => {
    let hit = 0;
    let all = 0;
    for (let y = y0; y < y1; y += 2) {
      for (let x = x0; x < x1; x += 2) {
        all++;
        if (test(at(x, y))) hit++;
      }
    }
    return hit / all;
  };
  return { width: bitmap.width, height: bitmap.height, at, share };
}

/** Whether a code point is in a FontFace's unicodeRange ("U+0530-058F, U+2010, U+25??"). */
function inUnicodeRange(codePoint: number, range: string): boolean {
  return range.split(',').some((part) => {
    const spec = part.trim().replace(/^U\+/i, '');
    const [from, to] = spec.includes('?')
      ? [spec.replace(/\?/g, '0'), spec.replace(/\?/g, 'F')]
      : [spec.split('-')[0]!, spec.split('-')[1] ?? spec];
    return codePoint >= parseInt(from, 16) && codePoint <= parseInt(to, 16);
  });
}

interface TextStroke {
  readonly text: string;
  /** Letters of the face's script in the text. */
  readonly scriptLetters: number;
  /** Those letters that no loaded face of the family covered at the moment of drawing. */
  readonly uncovered: string;
  /** Share of inked pixels that differ between the text set in the canvas's font and in the fallback. */
  readonly unlikeFallback: number;
}

/** The text drawn black on a fresh canvas in `font`: its alpha channel. */
function inkOf(text: string, font: string): Uint8ClampedArray {
  const canvas = new OffscreenCanvas(1200, 200);
  const ctx = canvas.getContext('2d')!;
  ctx.font = font;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#000';
  ctx.fillText(text, 4, 100);
  return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
}

/**
 * Records every fillText on a 2D canvas while the export draws: for the letters of `family`'s
 * script, whether a loaded face of that family covered them at that moment, and how the text set in
 * the canvas's font at that moment compares with the same text in the generic fallback.
 */
function recordTextDrawing(family: string) {
  const calls: TextStroke[] = [];
  const faces = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === family);
  const covered = (letter: string, among: readonly FontFace[]) =>
    among.some((face) => inUnicodeRange(letter.codePointAt(0)!, face.unicodeRange));
  const original = CanvasRenderingContext2D.prototype.fillText;
  const spy = vi.spyOn(CanvasRenderingContext2D.prototype, 'fillText').mockImplementation(function (
    this: CanvasRenderingContext2D,
    text,
    x,
    y,
    maxWidth,
  ) {
    const letters = [...text].filter((letter) => covered(letter, faces));
    if (letters.length > 0) {
      const loaded = faces.filter((face) => face.status === 'loaded');
      // Konva's font is "style weight size family": the same, in the generic family.
      const fallback = this.font.replace(/(\d+(?:\.\d+)?px)\s.*$/, '$1 sans-serif');
      const word = letters.join(''); // the script's letters only: a space from another face shifts the rest
      const [a, b] = [inkOf(word, this.font), inkOf(word, fallback)];
      let inked = 0;
      let unlike = 0;
      for (let i = 3; i < a.length; i += 4) {
        if (a[i]! > 64 || b[i]! > 64) inked++;
        if (Math.abs(a[i]! - b[i]!) > 64) unlike++;
      }
      calls.push({
        text,
        scriptLetters: letters.length,
        uncovered: letters.filter((letter) => !covered(letter, loaded)).join(''),
        unlikeFallback: inked ? unlike / inked : 0,
      });
    }
    if (maxWidth === undefined) original.call(this, text, x, y);
    else original.call(this, text, x, y, maxWidth);
  });
  return { calls, stop: () => spy.mockRestore() };
}

const isBlue = ([r, g, b]: number[]) => b! > 120 && b! > r! + 50 && b! > g! + 20;
const isWhite = ([r, g, b]: number[]) => r! > 215 && g! > 215 && b! > 215;
const noText = { quote: '', attribution: '' };

describe('renderSceneToBlob', () => {
  it('redraws the photo and badge at the output size', async () => {
    const image = await twoTonePhoto();
    const blob = await renderSceneToBlob({
      scene: sceneWith(['badge']),
      image,
      bannerText: noText,
      size: 1080,
      format: 'png',
    });
    expect(blob.type).toBe('image/png');
    const png = await pixels(blob);
    expect([png.width, png.height]).toEqual([1080, 1080]);
    // Cover, centred: the middle 1080 px of a 1620 px wide photo, red left and green right.
    expect(png.at(200, 300).slice(0, 3)).toEqual([208, 32, 32]);
    expect(png.at(880, 300).slice(0, 3)).toEqual([32, 160, 64]);
    // The badge in the bottom-right corner, none in the top-left.
    expect(png.share(760, 760, 1060, 1060, isBlue)).toBeGreaterThan(0.15);
    expect(png.share(0, 0, 300, 300, isBlue)).toBe(0);
  });

  it('draws at every size', async () => {
    const image = await twoTonePhoto();
    for (const size of [400, 720, 2048]) {
      const png = await pixels(
        await renderSceneToBlob({
          scene: sceneWith(['badge']),
          image,
          bannerText: noText,
          size,
          format: 'png',
        }),
      );
      expect(png.width).toBe(size);
    }
  });

  it('puts a JPEG on white where the photo is transparent (never black)', async () => {
    // A PNG with alpha: the left half see-through, the right half green. JPEG has no alpha, so
    // whatever is under the photo shows there: it must be the white ground, not the encoder's black.
    const canvas = new OffscreenCanvas(600, 400);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#20a040';
    ctx.fillRect(300, 0, 300, 400);
    const image = await createImageBitmap(canvas);
    const render = (format: 'png' | 'jpeg') =>
      renderSceneToBlob({ scene: sceneWith([]), image, bannerText: noText, size: 720, format });

    const jpeg = await render('jpeg');
    expect(jpeg.type).toBe('image/jpeg');
    const onWhite = await pixels(jpeg);
    expect(onWhite.share(20, 20, 340, 700, isWhite)).toBeGreaterThan(0.99);
    const [r, g, b] = onWhite.at(540, 360);
    expect([r! < 80, g! > 120, b! < 100]).toEqual([true, true, true]);

    // PNG keeps the transparency: no ground is painted under the photo.
    const png = await pixels(await render('png'));
    expect(png.at(180, 360)[3]).toBe(0);
    expect(png.at(540, 360)[3]).toBe(255);
  });

  it('keeps the wreath centre clear and draws blue round the edge', async () => {
    const image = await twoTonePhoto();
    const png = await pixels(
      await renderSceneToBlob({
        scene: sceneWith(['frame']),
        image,
        bannerText: noText,
        size: 1080,
        format: 'png',
      }),
    );
    expect(png.share(400, 300, 680, 780, isBlue)).toBe(0);
    const edge = png.share(0, 0, 1080, 120, isBlue) + png.share(0, 960, 1080, 1080, isBlue);
    expect(edge).toBeGreaterThan(0.05);
  });

  const samples: [string, string][] = [
    ['ka', 'უსამართლობა სადმე საფრთხეა სამართლიანობისთვის ყველგან'],
    ['hy', 'Անարդարությունը ցանկացած տեղում սպառնալիք է արդարությանը ամենուր'],
  ];
  for (const [lang, quote] of samples) {
    it(`writes the banner in ${lang} with real glyphs, inside the band`, async () => {
      const family = lang === 'ka' ? 'Noto Sans Georgian' : 'Noto Sans Armenian';
      const strokes = recordTextDrawing(family);
      const image = await twoTonePhoto();
      const scene = sceneWith(['banner']);
      let blob: Blob;
      try {
        blob = await renderSceneToBlob({
          scene,
          image,
          bannerText: { quote, attribution: '— M. L. King' },
          size: 1080,
          format: 'png',
        });
      } finally {
        strokes.stop();
      }
      const png = await pixels(blob);
      // The band covers the bottom 30 %: blue ground with white text, the photo above untouched.
      const band = { y0: 1080 * 0.7 + 10, y1: 1070 };
      expect(png.share(0, band.y0, 1080, band.y1, ([r, , b]) => b! > r! + 60)).toBeGreaterThan(0.4);
      const textWhite = png.share(260, band.y0, 1070, band.y1, isWhite);
      expect(textWhite).toBeGreaterThan(0.04);
      expect(png.at(200, 300).slice(0, 3)).toEqual([208, 32, 32]);

      // When the quote's lines were drawn, this script's face was loaded and covered every letter,
      // and the text measured differently from the fallback: the export drew its glyphs, not the
      // fallback's. (document.fonts.check says true even with no face for the text at all.)
      const lines = strokes.calls;
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.map((line) => line.uncovered)).toEqual(lines.map(() => ''));
      for (const line of lines) expect(line.unlikeFallback, line.text).toBeGreaterThan(0.4);
    });
  }
});
