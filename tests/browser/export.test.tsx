import { describe, expect, it } from 'vitest';
import { renderSceneToBlob } from '../../src/export/renderScene';
import { sceneReducer } from '../../src/scene/actions';
import { initialScene } from '../../src/scene/defaults';
import type { OverlayKind, Scene } from '../../src/scene/types';

/** A 600×400 photo: red left half, green right half. */
async function twoTonePhoto(): Promise<ImageBitmap> {
  const canvas = new OffscreenCanvas(600, 400);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#d02020';
  ctx.fillRect(0, 0, 300, 400);
  ctx.fillStyle = '#20a040';
  ctx.fillRect(300, 0, 300, 400);
  return createImageBitmap(canvas);
}

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

  it('draws at every size, and JPEG on white', async () => {
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
    const jpeg = await renderSceneToBlob({
      scene: sceneWith(['frame']),
      image,
      bannerText: noText,
      size: 720,
      format: 'jpeg',
    });
    expect(jpeg.type).toBe('image/jpeg');
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
      const image = await twoTonePhoto();
      const scene = sceneWith(['banner']);
      const blob = await renderSceneToBlob({
        scene,
        image,
        bannerText: { quote, attribution: '— M. L. King' },
        size: 1080,
        format: 'png',
      });
      const png = await pixels(blob);
      // The band covers the bottom 30 %: blue ground with white text, the photo above untouched.
      const band = { y0: 1080 * 0.7 + 10, y1: 1070 };
      expect(png.share(0, band.y0, 1080, band.y1, ([r, , b]) => b! > r! + 60)).toBeGreaterThan(0.4);
      const textWhite = png.share(260, band.y0, 1070, band.y1, isWhite);
      expect(textWhite).toBeGreaterThan(0.04);
      expect(png.at(200, 300).slice(0, 3)).toEqual([208, 32, 32]);
      // The font for this script is loaded: the glyphs are not tofu boxes from a fallback.
      const family = lang === 'ka' ? 'Noto Sans Georgian' : 'Noto Sans Armenian';
      expect(document.fonts.check(`700 40px "${family}"`, quote)).toBe(true);
    });
  }
});
