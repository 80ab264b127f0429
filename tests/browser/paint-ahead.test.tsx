import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PhotoFirstLook } from '../../src/app/PhotoFirstLook';
import { EditorStage } from '../../src/canvas/EditorStage';
import { sceneReducer } from '../../src/scene/actions';
import { initialScene } from '../../src/scene/defaults';
import type { PhotoPlacement, Scene } from '../../src/scene/types';
import type { AssetImage } from '../../src/state/assets';

type Painter = (photo: PhotoPlacement, image: AssetImage) => boolean;

const empty: Scene = initialScene({ overlays: ['badge'] });
const noText = { quote: '', attribution: '' };

/** 600×400: red on the left half, blue on the right. */
async function photo(): Promise<ImageBitmap> {
  const canvas = new OffscreenCanvas(600, 400);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#d02020';
  context.fillRect(0, 0, 300, 400);
  context.fillStyle = '#2040d0';
  context.fillRect(300, 0, 300, 400);
  return createImageBitmap(canvas);
}

let Component: typeof EditorStage = EditorStage;

function stage(scene: Scene, onPainter: (painter: Painter | null) => void, hidden = false) {
  return (
    <div style={{ width: 400, display: hidden ? 'none' : 'block' }}>
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

/** The content layer's pixel at a fraction of its size: [r, g, b, a]. */
function pixel(fx: number, fy: number): [number, number, number, number] {
  const canvas = document.querySelector<HTMLCanvasElement>('canvas')!;
  const x = Math.floor(canvas.width * fx);
  const y = Math.floor(canvas.height * fy);
  const [r = 0, g = 0, b = 0, a = 0] = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
  return [r, g, b, a];
}

async function painterOf(scene: Scene, hidden = false) {
  let painter: Painter | null = null;
  const onPainter = (given: Painter | null) => void (painter = given);
  const view = render(stage(scene, onPainter, hidden));
  await expect.poll(() => painter !== null && document.querySelector('canvas') !== null).toBe(true);
  return {
    view,
    onPainter,
    paint: (placement: PhotoPlacement, image: AssetImage) => painter!(placement, image),
  };
}

describe("the editor stage paints a new photo ahead of the scene's render", () => {
  afterEach(cleanup);
  Component = EditorStage;

  it('draws the photo at once, under the badge, where the photo node will be; a render without it takes it away', async () => {
    const { view, onPainter, paint } = await painterOf(empty);
    await expect.poll(() => pixel(0.86, 0.86)[3]).toBe(255); // the badge is drawn
    const badge = pixel(0.86, 0.86);
    expect(pixel(0.1, 0.5)[3]).toBe(0); // the empty square
    const image = await photo();
    const placed = sceneReducer(empty, { type: 'photoLoaded', assetId: 'p', width: 600, height: 400 }).photo!;
    expect(paint(placed, image)).toBe(true);
    // At once, in this task: the photo covers the square (its left half red, right half blue)...
    const [r, g, b, a] = pixel(0.1, 0.5);
    expect(a).toBe(255);
    expect(r).toBeGreaterThan(180);
    expect(g + b).toBeLessThan(100);
    expect(pixel(0.9, 0.1)[2]).toBeGreaterThan(180);
    // ...and the badge is still on top of it.
    expect(pixel(0.86, 0.86)).toEqual(badge);
    // The photo withdrawn before its node came: the next render draws the square empty again.
    view.rerender(stage({ ...empty }, onPainter));
    expect(pixel(0.1, 0.5)[3]).toBe(0);
    expect(pixel(0.86, 0.86)).toEqual(badge);
    image.close();
  });

  it('says it cannot while the stage is not on screen, and draws nothing', async () => {
    const { paint } = await painterOf(empty, true);
    const image = await photo();
    const placed = sceneReducer(empty, { type: 'photoLoaded', assetId: 'p', width: 600, height: 400 }).photo!;
    expect(paint(placed, image)).toBe(false);
    expect(pixel(0.1, 0.5)[3]).toBe(0);
    image.close();
  });
});

// The stand-in that shows a photo chosen before the editor's code is in: the same painter.
describe('so does the first look drawn before the editor has loaded', () => {
  afterEach(cleanup);

  it('draws the photo at once; a render without it clears it; says it cannot while hidden', async () => {
    Component = PhotoFirstLook;
    const { view, onPainter, paint } = await painterOf(empty);
    expect(pixel(0.1, 0.5)[3]).toBe(0);
    const image = await photo();
    const placed = sceneReducer(empty, { type: 'photoLoaded', assetId: 'p', width: 600, height: 400 }).photo!;
    expect(paint(placed, image)).toBe(true);
    const [r, g, b, a] = pixel(0.1, 0.5);
    expect([a, r > 180, g + b < 100]).toEqual([255, true, true]);
    expect(pixel(0.9, 0.1)[2]).toBeGreaterThan(180);
    view.rerender(stage({ ...empty }, onPainter));
    expect(pixel(0.1, 0.5)[3]).toBe(0);
    cleanup();

    const hidden = await painterOf(empty, true);
    expect(hidden.paint(placed, image)).toBe(false);
    image.close();
    Component = EditorStage;
  });
});
