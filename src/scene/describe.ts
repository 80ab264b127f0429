// What a screen reader is told about the picture: the facts as plain data. The app words them in
// the person's language; here they are computed, and tested, without any words at all.
import { zoomOf } from './actions';
import { nearestPlace, type Place } from './places';
import type { BannerPosition, OverlayKind, Scene } from './types';

/** One thing about the picture as it is. Percentages and degrees are whole numbers, as read aloud. */
export type SceneFact =
  | { readonly type: 'noPhoto' }
  | { readonly type: 'photo'; readonly zoom: number; readonly rotation: number }
  | { readonly type: 'frame' }
  | { readonly type: 'badge'; readonly place: Place; readonly size: number; readonly rotation: number }
  | { readonly type: 'banner'; readonly place: BannerPosition };

/** The picture, bottom to top: the photo (or its absence), then each overlay as stacked. */
export function describeScene(scene: Scene): SceneFact[] {
  const facts: SceneFact[] = [];
  const photo = scene.photo;
  facts.push(
    photo
      ? { type: 'photo', zoom: percent(zoomOf(photo)), rotation: Math.round(photo.rotation) }
      : { type: 'noPhoto' },
  );
  for (const overlay of scene.overlays) {
    switch (overlay.kind) {
      case 'frame':
        facts.push({ type: 'frame' });
        break;
      case 'badge':
        facts.push({
          type: 'badge',
          place: nearestPlace(overlay),
          size: percent(overlay.size),
          rotation: Math.round(overlay.rotation),
        });
        break;
      case 'banner':
        facts.push({ type: 'banner', place: overlay.position });
        break;
    }
  }
  return facts;
}

/** Something that just changed, worth saying aloud. */
export type SceneChange =
  | { readonly type: 'overlayAdded'; readonly kind: OverlayKind }
  | { readonly type: 'overlayRemoved'; readonly kind: OverlayKind }
  | { readonly type: 'photoMoved' }
  | { readonly type: 'photoZoomed'; readonly zoom: number }
  | { readonly type: 'photoRotated'; readonly rotation: number }
  | { readonly type: 'badgeMoved'; readonly place: Place }
  | { readonly type: 'badgeResized'; readonly size: number }
  | { readonly type: 'badgeRotated'; readonly rotation: number }
  | { readonly type: 'bannerMoved'; readonly place: BannerPosition };

const percent = (fraction: number) => Math.round(fraction * 100);
const moved = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) > 1e-4 || Math.abs(a.y - b.y) > 1e-4;

/**
 * What changed from one scene to the next, whoever changed it (a key, a drag, a button, undo). A new
 * photo is not a change here: its arrival is said by the import. Turning an overlay on also says
 * where it is; the badge's move by `keepBadgeOffBanner` is said as a move.
 */
export function sceneChanges(before: Scene, after: Scene): SceneChange[] {
  if (before === after) return [];
  const changes: SceneChange[] = [];
  const p = before.photo;
  const q = after.photo;
  if (p && q && p.assetId === q.assetId) {
    if (percent(zoomOf(p)) !== percent(zoomOf(q)))
      changes.push({ type: 'photoZoomed', zoom: percent(zoomOf(q)) });
    if (Math.round(p.rotation) !== Math.round(q.rotation))
      changes.push({ type: 'photoRotated', rotation: Math.round(q.rotation) });
    // A zoom about an anchor moves the centre too; only a pure move is said as one.
    else if (changes.length === 0 && moved(p, q)) changes.push({ type: 'photoMoved' });
  }
  const find = <K extends OverlayKind>(scene: Scene, kind: K) =>
    scene.overlays.find((o): o is Extract<(typeof scene.overlays)[number], { kind: K }> => o.kind === kind);
  for (const kind of ['frame', 'banner', 'badge'] as const) {
    const had = find(before, kind);
    const has = find(after, kind);
    if (!had && has) changes.push({ type: 'overlayAdded', kind });
    if (had && !has) changes.push({ type: 'overlayRemoved', kind });
  }
  const banner = [find(before, 'banner'), find(after, 'banner')] as const;
  if (banner[1] && banner[0]?.position !== banner[1].position)
    changes.push({ type: 'bannerMoved', place: banner[1].position });
  const [b0, b1] = [find(before, 'badge'), find(after, 'badge')];
  if (b1) {
    if (!b0 || moved(b0, b1)) changes.push({ type: 'badgeMoved', place: nearestPlace(b1) });
    if (b0 && percent(b0.size) !== percent(b1.size))
      changes.push({ type: 'badgeResized', size: percent(b1.size) });
    if (b0 && Math.round(b0.rotation) !== Math.round(b1.rotation))
      changes.push({ type: 'badgeRotated', rotation: Math.round(b1.rotation) });
  }
  return changes;
}
