import { describe, expect, it } from 'vitest';
import { sceneReducer, zoomOf, type SceneAction } from '../../src/scene/actions';
import { CORNER_MARGIN, initialScene } from '../../src/scene/defaults';
import { coversFrame } from '../../src/scene/geometry';
import type { BadgeOverlay, BannerOverlay, Scene } from '../../src/scene/types';

const run = (scene: Scene, ...actions: SceneAction[]) => actions.reduce(sceneReducer, scene);
const loaded = () => run(initialScene(), { type: 'photoLoaded', assetId: 'a1', width: 451, height: 300 });
const badgeOf = (s: Scene) => s.overlays.find((o) => o.kind === 'badge') as BadgeOverlay;
const bannerOf = (s: Scene) => s.overlays.find((o) => o.kind === 'banner') as BannerOverlay;

describe('initial scene', () => {
  it('starts without a photo and with the badge', () => {
    const s = initialScene();
    expect(s.photo).toBeNull();
    expect(s.overlays.map((o) => o.kind)).toEqual(['badge']);
  });

  it('takes overlays from options in canonical stacking order', () => {
    const s = initialScene({ overlays: ['badge', 'banner', 'frame'], quote: 'truth' });
    expect(s.overlays.map((o) => o.kind)).toEqual(['frame', 'banner', 'badge']);
    expect(bannerOf(s).quote).toBe('truth');
  });
});

describe('photo', () => {
  it('covers the frame, centred, when loaded', () => {
    const p = loaded().photo!;
    expect(p).toMatchObject({ x: 0.5, y: 0.5, rotation: 0, assetId: 'a1' });
    expect(p.scale).toBeCloseTo(1 / 300);
    expect(zoomOf(p)).toBeCloseTo(1);
  });

  it('pans within the photo only', () => {
    const p = run(loaded(), { type: 'photoMoved', x: 5, y: 5 }).photo!;
    expect(p.x).toBeCloseTo(451 / 300 / 2);
    expect(p.y).toBeCloseTo(0.5);
  });

  it('zooms between 1× and 8× around an anchor', () => {
    let s = run(loaded(), { type: 'photoZoomed', zoom: 2, anchor: { x: 0, y: 0 } });
    expect(zoomOf(s.photo!)).toBeCloseTo(2);
    expect(coversFrame(s.photo!, 451, 300, s.photo!.scale, 0)).toBe(true);
    s = run(s, { type: 'photoZoomed', zoom: 50 });
    expect(zoomOf(s.photo!)).toBeCloseTo(8);
    s = run(s, { type: 'photoZoomed', zoom: 0.1 });
    expect(zoomOf(s.photo!)).toBeCloseTo(1);
  });

  it('keeps the frame covered while rotating, and keeps the chosen zoom', () => {
    let s = run(loaded(), { type: 'photoZoomed', zoom: 1.5 }, { type: 'photoRotated', rotation: 30 });
    const p = s.photo!;
    expect(p.rotation).toBe(30);
    expect(zoomOf(p)).toBeCloseTo(1.5);
    expect(coversFrame(p, p.width, p.height, p.scale, p.rotation)).toBe(true);
    s = run(s, { type: 'photoTurned', quarterTurns: 1 }, { type: 'photoTurned', quarterTurns: 3 });
    expect(s.photo!.rotation).toBeCloseTo(30);
    s = run(s, { type: 'photoTurned', quarterTurns: -1 });
    expect(s.photo!.rotation).toBeCloseTo(-60);
  });

  it('fits back to cover, keeping the rotation', () => {
    const s = run(
      loaded(),
      { type: 'photoTurned', quarterTurns: 1 },
      { type: 'photoZoomed', zoom: 3 },
      { type: 'photoFitted' },
    );
    expect(s.photo).toMatchObject({ x: 0.5, y: 0.5, rotation: 90 });
    expect(zoomOf(s.photo!)).toBeCloseTo(1);
  });

  it('ignores photo edits without a photo', () => {
    const s = initialScene();
    expect(run(s, { type: 'photoMoved', x: 1, y: 1 }, { type: 'photoZoomed', zoom: 2 })).toBe(s);
  });
});

describe('overlays', () => {
  it('toggles designs and keeps stacking order', () => {
    let s = run(initialScene(), { type: 'overlayToggled', kind: 'frame', on: true });
    expect(s.overlays.map((o) => o.kind)).toEqual(['frame', 'badge']);
    s = run(
      s,
      { type: 'overlayToggled', kind: 'banner', on: true },
      { type: 'overlayToggled', kind: 'badge', on: false },
    );
    expect(s.overlays.map((o) => o.kind)).toEqual(['frame', 'banner']);
    expect(run(s, { type: 'overlayToggled', kind: 'frame', on: true })).toBe(s);
  });

  it('snaps the badge to each corner', () => {
    const s = run(
      initialScene(),
      { type: 'badgeChanged', size: 0.2 },
      { type: 'badgeSnapped', corner: 'topLeft' },
    );
    expect(badgeOf(s)).toMatchObject({ size: 0.2, rotation: 0 });
    expect(badgeOf(s).x).toBeCloseTo(CORNER_MARGIN + 0.1);
    expect(badgeOf(s).y).toBeCloseTo(CORNER_MARGIN + 0.1);
    const br = badgeOf(run(s, { type: 'badgeSnapped', corner: 'bottomRight' }));
    expect(br.x).toBeCloseTo(1 - CORNER_MARGIN - 0.1);
    expect(br.y).toBeCloseTo(1 - CORNER_MARGIN - 0.1);
  });

  it('keeps the badge grabbable and sensibly sized', () => {
    const b = badgeOf(run(initialScene(), { type: 'badgeChanged', x: 7, y: -2, size: 5, rotation: 400 }));
    expect(b).toMatchObject({ x: 1, y: 0, size: 0.9, rotation: 40 });
    expect(badgeOf(run(initialScene(), { type: 'badgeChanged', size: 0 })).size).toBe(0.08);
  });

  it('changes the banner', () => {
    const s = run(initialScene({ overlays: ['banner'] }), {
      type: 'bannerChanged',
      changes: { position: 'top', quote: null, customText: 'Жыве Беларусь!' },
    });
    expect(bannerOf(s)).toEqual({
      kind: 'banner',
      position: 'top',
      quote: null,
      customText: 'Жыве Беларусь!',
    });
  });

  it('resets to the initial scene', () => {
    const s = run(loaded(), { type: 'sceneReset', options: { overlays: ['frame'] } });
    expect(s).toEqual(initialScene({ overlays: ['frame'] }));
  });
});

describe('badge and banner', () => {
  it('start apart when both are asked for', () => {
    const s = initialScene({ overlays: ['banner', 'badge'] });
    expect(badgeOf(s).y).toBeLessThan(0.5);
    expect(badgeOf(s).x).toBeGreaterThan(0.5);
  });

  it('the badge makes way when the banner appears or moves over it', () => {
    let s = run(initialScene(), { type: 'overlayToggled', kind: 'banner', on: true });
    expect(badgeOf(s).y).toBeCloseTo(CORNER_MARGIN + 0.15); // top right now
    s = run(s, { type: 'bannerChanged', changes: { position: 'top' } });
    expect(badgeOf(s).y).toBeCloseTo(1 - CORNER_MARGIN - 0.15); // back to the bottom
    s = run(
      s,
      { type: 'badgeSnapped', corner: 'topLeft' },
      { type: 'bannerChanged', changes: { position: 'bottom' } },
    );
    expect(badgeOf(s)).toMatchObject({ x: expect.closeTo(CORNER_MARGIN + 0.15) as number });
    expect(badgeOf(s).y).toBeCloseTo(CORNER_MARGIN + 0.15); // top left stays: not in the band
  });

  it('leaves a badge the person dragged onto the banner where it is', () => {
    const s = run(initialScene({ overlays: ['banner', 'badge'] }), { type: 'badgeChanged', x: 0.5, y: 0.9 });
    expect(badgeOf(s)).toMatchObject({ x: 0.5, y: 0.9 });
    expect(badgeOf(run(s, { type: 'bannerChanged', changes: { quote: 'truth' } }))).toMatchObject({
      x: 0.5,
      y: 0.9,
    });
  });
});
