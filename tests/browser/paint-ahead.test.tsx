import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PhotoFirstLook } from '../../src/app/PhotoFirstLook';
import { EditorStage } from '../../src/canvas/EditorStage';
import { sceneReducer } from '../../src/scene/actions';
import { initialScene } from '../../src/scene/defaults';
import type { PhotoPlacement, Scene } from '../../src/scene/types';
import type { AssetImage } from '../../src/state/assets';
import { twoTonePhoto } from './imageHelpers';

type Painter = (photo: PhotoPlacement, image: AssetImage) => boolean;

const empty: Scene = initialScene({ overlays: ['badge'] });
const placed = sceneReducer(empty, { type: 'photoLoaded', assetId: 'p', width: 600, height: 400 }).photo!;
const noText = { quote: '', attribution: '' };

/** The first canvas's pixel (the editor's content layer) at a fraction of its size: [r, g, b, a]. */
function pixel(fx: number, fy: number): [number, number, number, number] {
  const canvas = document.querySelector<HTMLCanvasElement>('canvas')!;
  const x = Math.floor(canvas.width * fx);
  const y = Math.floor(canvas.height * fy);
  const [r = 0, g = 0, b = 0, a = 0] = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
  return [r, g, b, a];
}

const isRed = ([r, g, b, a]: number[]) => a === 255 && r! > 180 && g! + b! < 100;
const isBlue = ([r, g, b, a]: number[]) => a === 255 && b! > 180 && r! + g! < 130;

describe.each([
  ['the editor stage', EditorStage, true],
  ['the first look drawn before the editor has loaded', PhotoFirstLook, false],
] as const)("%s paints a new photo ahead of the scene's render", (_name, Component, drawsBadge) => {
  afterEach(cleanup);

  /** Rendered 400 px wide; `visibility: hidden` as the stand-by stage is. */
  function stage(scene: Scene, onPainter: (painter: Painter | null) => void, hidden = false, width = 400) {
    return (
      <div style={{ width, visibility: hidden ? 'hidden' : 'visible' }}>
        <Component
          scene={scene}
          image={undefined}
          bannerText={noText}
          fontsVersion={0}
          circlePreview={false}
          label="Picture"
          description=""
          selection={null}
          onSelect={() => undefined}
          onEdit={() => undefined}
          onPainter={onPainter}
        />
      </div>
    );
  }

  async function painterOf(hidden = false) {
    let painter: Painter | null = null;
    const onPainter = (given: Painter | null) => void (painter = given);
    const view = render(stage(empty, onPainter, hidden));
    await expect.poll(() => painter !== null && document.querySelector('canvas') !== null).toBe(true);
    if (drawsBadge) await expect.poll(() => pixel(0.86, 0.86)[3]).toBe(255);
    return { view, onPainter, paint: (image: AssetImage) => painter!(placed, image) };
  }

  it('draws the photo at once, where its node will be, under the badge; a new scene without it takes it away', async () => {
    const { view, onPainter, paint } = await painterOf();
    const badge = pixel(0.86, 0.86);
    expect(pixel(0.1, 0.5)[3]).toBe(0); // the empty square
    const image = await twoTonePhoto('#2040d0');
    expect(paint(image)).toBe(true);
    // At once, in this task: the photo covers the square (its left half red, its right half blue)...
    expect(isRed(pixel(0.1, 0.5))).toBe(true);
    expect(isBlue(pixel(0.9, 0.1))).toBe(true);
    // ...and the badge is still on top of it.
    if (drawsBadge) expect(pixel(0.86, 0.86)).toEqual(badge);
    // A render with the same scene (the component's own, or a parent's before the session told it) keeps it.
    view.rerender(stage(empty, onPainter));
    expect(isRed(pixel(0.1, 0.5))).toBe(true);
    // The photo withdrawn before its node came: the next scene is drawn without it.
    view.rerender(stage({ ...empty }, onPainter));
    expect(pixel(0.1, 0.5)[3]).toBe(0);
    if (drawsBadge) expect(pixel(0.86, 0.86)).toEqual(badge);
    image.close();
  });

  it('says it cannot while the stage is hidden (as on stand-by), and draws nothing', async () => {
    const { paint } = await painterOf(true);
    const image = await twoTonePhoto('#2040d0');
    expect(paint(image)).toBe(false);
    expect(pixel(0.1, 0.5)[3]).toBe(0);
    image.close();
  });
});
