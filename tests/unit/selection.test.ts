import { describe, expect, it } from 'vitest';
import { sceneReducer, zoomOf, type SceneAction } from '../../src/scene/actions';
import { initialScene } from '../../src/scene/defaults';
import { describeScene, sceneChanges } from '../../src/scene/describe';
import {
  BADGE_TURN,
  FAR_STEP,
  MOVE_STEP,
  NUDGE_MERGE_MS,
  PHOTO_TURN,
  RESIZE_FACTOR,
  nudgeAction,
  nudgeMergeKey,
  type NudgeCommand,
} from '../../src/scene/nudge';
import { nearestPlace } from '../../src/scene/places';
import { selectableTargets, stepSelection, validSelection } from '../../src/scene/selection';
import type { BadgeOverlay, Scene } from '../../src/scene/types';

const run = (scene: Scene, ...actions: (SceneAction | null)[]) =>
  actions.reduce<Scene>((s, a) => (a ? sceneReducer(s, a) : s), scene);
const withPhoto = (overlays: Parameters<typeof initialScene>[0] = {}) =>
  run(initialScene(overlays), { type: 'photoLoaded', assetId: 'a', width: 600, height: 400 });
const badgeOf = (s: Scene) => s.overlays.find((o) => o.kind === 'badge') as BadgeOverlay;
const move = (dx: -1 | 0 | 1, dy: -1 | 0 | 1, far = false): NudgeCommand => ({ type: 'move', dx, dy, far });

describe('selection', () => {
  it('visits the photo, then the overlays as stacked, skipping the wreath', () => {
    const scene = withPhoto({ overlays: ['badge', 'banner', 'frame'] });
    expect(selectableTargets(scene)).toEqual(['photo', 'banner', 'badge']);
    expect(selectableTargets(initialScene())).toEqual(['badge']);
  });

  it('steps forward from nothing to the first, and past the last to nothing', () => {
    const scene = withPhoto({ overlays: ['badge', 'banner'] });
    const forward = [stepSelection(scene, null, 1)];
    while (forward.at(-1)) forward.push(stepSelection(scene, forward.at(-1)!, 1));
    expect(forward).toEqual(['photo', 'banner', 'badge', null]);
  });

  it('steps back from nothing to the last, and past the first to nothing', () => {
    const scene = withPhoto({ overlays: ['badge', 'banner'] });
    const back = [stepSelection(scene, null, -1)];
    while (back.at(-1)) back.push(stepSelection(scene, back.at(-1)!, -1));
    expect(back).toEqual(['badge', 'banner', 'photo', null]);
  });

  it('forgets a target the scene no longer has', () => {
    const scene = withPhoto();
    expect(validSelection(scene, 'badge')).toBe('badge');
    expect(validSelection(scene, 'banner')).toBeNull();
    expect(
      validSelection(run(scene, { type: 'overlayToggled', kind: 'badge', on: false }), 'badge'),
    ).toBeNull();
    expect(validSelection(initialScene(), 'photo')).toBeNull();
  });
});

describe('keyboard nudges', () => {
  it('move the badge by a step, or a far step with Shift', () => {
    const scene = withPhoto();
    const { x, y } = badgeOf(scene);
    expect(badgeOf(run(scene, nudgeAction(scene, 'badge', move(-1, 0))))).toMatchObject({
      x: x - MOVE_STEP,
      y,
    });
    const far = badgeOf(run(scene, nudgeAction(scene, 'badge', move(0, -1, true))));
    expect(far.y).toBeCloseTo(y - FAR_STEP);
  });

  it('resize and turn the badge', () => {
    const scene = withPhoto();
    const badge = badgeOf(scene);
    expect(
      badgeOf(run(scene, nudgeAction(scene, 'badge', { type: 'resize', direction: 1 }))).size,
    ).toBeCloseTo(badge.size * RESIZE_FACTOR);
    expect(
      badgeOf(run(scene, nudgeAction(scene, 'badge', { type: 'resize', direction: -1 }))).size,
    ).toBeCloseTo(badge.size / RESIZE_FACTOR);
    expect(badgeOf(run(scene, nudgeAction(scene, 'badge', { type: 'rotate', direction: -1 }))).rotation).toBe(
      -BADGE_TURN,
    );
  });

  it('pan, zoom and turn the photo, also with nothing selected', () => {
    const scene = withPhoto(); // 600×400: room to pan sideways only
    const photo = scene.photo!;
    expect(run(scene, nudgeAction(scene, 'photo', move(1, 0))).photo!.x).toBeCloseTo(photo.x + MOVE_STEP);
    expect(run(scene, nudgeAction(scene, null, move(1, 0))).photo!.x).toBeCloseTo(photo.x + MOVE_STEP);
    const zoomed = run(scene, nudgeAction(scene, 'photo', { type: 'resize', direction: 1 }));
    expect(zoomOf(zoomed.photo!)).toBeCloseTo(RESIZE_FACTOR);
    // Zoomed in, "−" comes back to just covering.
    expect(
      zoomOf(run(zoomed, nudgeAction(zoomed, 'photo', { type: 'resize', direction: -1 })).photo!),
    ).toBeCloseTo(1);
    expect(run(scene, nudgeAction(scene, 'photo', { type: 'rotate', direction: 1 })).photo!.rotation).toBe(
      PHOTO_TURN,
    );
  });

  it('move the banner between top and bottom, and nothing else', () => {
    const scene = withPhoto({ overlays: ['banner'] });
    expect(nudgeAction(scene, 'banner', move(0, -1))).toEqual({
      type: 'bannerChanged',
      changes: { position: 'top' },
    });
    expect(nudgeAction(scene, 'banner', move(1, 0))).toBeNull();
    expect(nudgeAction(scene, 'banner', { type: 'resize', direction: 1 })).toBeNull();
  });

  it('do nothing to what is not there', () => {
    expect(nudgeAction(initialScene(), 'photo', move(1, 0))).toBeNull();
    expect(nudgeAction(withPhoto({ overlays: ['frame'] }), 'badge', move(1, 0))).toBeNull();
  });
});

describe('undo steps of key presses', () => {
  it('are one while the same kind of press repeats without a long pause', () => {
    const first = nudgeMergeKey(null, 'badge', move(1, 0), 1000);
    const second = nudgeMergeKey(first.streak, 'badge', move(0, 1, true), 1400);
    expect(second.mergeKey).toBe(first.mergeKey);
  });

  it('start anew on another kind, another target, or after a pause', () => {
    const first = nudgeMergeKey(null, 'badge', move(1, 0), 1000);
    const resize = nudgeMergeKey(first.streak, 'badge', { type: 'resize', direction: 1 }, 1100);
    expect(resize.mergeKey).not.toBe(first.mergeKey);
    const back = nudgeMergeKey(resize.streak, 'badge', move(1, 0), 1200);
    expect(back.mergeKey).not.toBe(first.mergeKey);
    expect(nudgeMergeKey(first.streak, 'photo', move(1, 0), 1100).mergeKey).not.toBe(first.mergeKey);
    expect(nudgeMergeKey(first.streak, 'badge', move(1, 0), 1001 + NUDGE_MERGE_MS).mergeKey).not.toBe(
      first.mergeKey,
    );
  });
});

describe('places and descriptions', () => {
  it('name the nearest of nine places by thirds', () => {
    expect(nearestPlace({ x: 0.1, y: 0.1 })).toBe('topLeft');
    expect(nearestPlace({ x: 0.5, y: 0.2 })).toBe('top');
    expect(nearestPlace({ x: 0.81, y: 0.81 })).toBe('bottomRight');
    expect(nearestPlace({ x: 0.5, y: 0.5 })).toBe('centre');
    expect(nearestPlace({ x: 0.9, y: 0.5 })).toBe('right');
  });

  it('describe the picture bottom to top', () => {
    expect(describeScene(initialScene())).toEqual([
      { type: 'noPhoto' },
      { type: 'badge', place: 'bottomRight', size: 30, rotation: 0 },
    ]);
    const scene = withPhoto({ overlays: ['frame', 'banner', 'badge'] });
    expect(describeScene(scene).map((f) => f.type)).toEqual(['photo', 'frame', 'banner', 'badge']);
    expect(describeScene(scene)[0]).toEqual({ type: 'photo', zoom: 100, rotation: 0 });
  });

  it('say what changed: a badge moved to another place, a banner added at the bottom', () => {
    const scene = withPhoto();
    const moved = run(scene, { type: 'badgeSnapped', corner: 'topRight' });
    expect(sceneChanges(scene, moved)).toEqual([{ type: 'badgeMoved', place: 'topRight' }]);
    const banner = run(scene, { type: 'overlayToggled', kind: 'banner', on: true });
    expect(sceneChanges(scene, banner)).toEqual([
      { type: 'overlayAdded', kind: 'banner' },
      { type: 'bannerMoved', place: 'bottom' },
      // The badge at the bottom right made way for it.
      { type: 'badgeMoved', place: 'topRight' },
    ]);
    const zoomed = run(scene, { type: 'photoZoomed', zoom: 1.5 });
    expect(sceneChanges(scene, zoomed)).toEqual([{ type: 'photoZoomed', zoom: 150 }]);
    expect(sceneChanges(scene, run(scene, { type: 'badgeChanged', size: 0.4 }))).toEqual([
      { type: 'badgeResized', size: 40 },
    ]);
    expect(sceneChanges(scene, scene)).toEqual([]);
  });

  it('leave a new photo to the import to announce', () => {
    const scene = withPhoto();
    const other = run(scene, { type: 'photoLoaded', assetId: 'b', width: 300, height: 300 });
    expect(sceneChanges(scene, other)).toEqual([]);
  });
});
