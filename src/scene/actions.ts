import { clamp, clampCentre, minCoverScale, normalizeDegrees, type Point } from './geometry';
import {
  BADGE_MAX_SIZE,
  BADGE_MIN_SIZE,
  MAX_ZOOM,
  OVERLAY_ORDER,
  cornerCentre,
  defaultOverlay,
  initialScene,
  keepBadgeOffBanner,
  type SceneOptions,
} from './defaults';
import type {
  BadgeOverlay,
  BannerOverlay,
  Corner,
  Overlay,
  OverlayKind,
  PhotoPlacement,
  Scene,
} from './types';

/** Every change to the scene is one of these. Pure data, so history and tests need nothing else. */
export type SceneAction =
  | { type: 'photoLoaded'; assetId: string; width: number; height: number }
  | { type: 'photoRemoved' }
  | { type: 'photoMoved'; x: number; y: number }
  | { type: 'photoZoomed'; zoom: number; anchor?: Point }
  | { type: 'photoRotated'; rotation: number }
  | { type: 'photoTurned'; quarterTurns: number }
  | { type: 'photoFitted' }
  | { type: 'overlayToggled'; kind: OverlayKind; on: boolean }
  | { type: 'badgeChanged'; x?: number; y?: number; size?: number; rotation?: number }
  | { type: 'badgeSnapped'; corner: Corner }
  | { type: 'bannerChanged'; changes: Partial<Omit<BannerOverlay, 'kind'>> }
  | { type: 'sceneReset'; options?: SceneOptions };

/** Zoom factor of a placement: 1 = just covering the frame. */
export function zoomOf(photo: PhotoPlacement): number {
  return photo.scale / minCoverScale(photo.width, photo.height, photo.rotation);
}

function placeCovering(photo: PhotoPlacement, changes: Partial<PhotoPlacement>): PhotoPlacement {
  const next = { ...photo, ...changes };
  const min = minCoverScale(next.width, next.height, next.rotation);
  const scale = clamp(next.scale, min, min * MAX_ZOOM);
  const centre = clampCentre({ x: next.x, y: next.y }, next.width, next.height, scale, next.rotation);
  return { ...next, scale, x: centre.x, y: centre.y };
}

function coverPlacement(assetId: string, width: number, height: number, rotation = 0): PhotoPlacement {
  return { assetId, width, height, x: 0.5, y: 0.5, rotation, scale: minCoverScale(width, height, rotation) };
}

function withPhoto(scene: Scene, update: (photo: PhotoPlacement) => PhotoPlacement): Scene {
  return scene.photo ? { ...scene, photo: update(scene.photo) } : scene;
}

function mapOverlay<K extends OverlayKind>(
  scene: Scene,
  kind: K,
  update: (overlay: Extract<Overlay, { kind: K }>) => Overlay,
): Scene {
  return {
    ...scene,
    overlays: scene.overlays.map((o) => (o.kind === kind ? update(o as Extract<Overlay, { kind: K }>) : o)),
  };
}

function toggleOverlay(scene: Scene, kind: OverlayKind, on: boolean): Scene {
  const present = scene.overlays.some((o) => o.kind === kind);
  if (present === on) return scene;
  if (!on) return { ...scene, overlays: scene.overlays.filter((o) => o.kind !== kind) };
  const overlays = [...scene.overlays, defaultOverlay(kind)];
  overlays.sort((a, b) => OVERLAY_ORDER.indexOf(a.kind) - OVERLAY_ORDER.indexOf(b.kind));
  return { ...scene, overlays };
}

function changeBadge(badge: BadgeOverlay, changes: Partial<BadgeOverlay>): BadgeOverlay {
  const size = clamp(changes.size ?? badge.size, BADGE_MIN_SIZE, BADGE_MAX_SIZE);
  return {
    ...badge,
    size,
    // The badge may hang over the edge, but its centre stays in the frame so it can be grabbed again.
    x: clamp(changes.x ?? badge.x, 0, 1),
    y: clamp(changes.y ?? badge.y, 0, 1),
    rotation: normalizeDegrees(changes.rotation ?? badge.rotation),
  };
}

export function sceneReducer(scene: Scene, action: SceneAction): Scene {
  switch (action.type) {
    case 'photoLoaded':
      return { ...scene, photo: coverPlacement(action.assetId, action.width, action.height) };
    case 'photoRemoved':
      return { ...scene, photo: null };
    case 'photoMoved':
      return withPhoto(scene, (p) => placeCovering(p, { x: action.x, y: action.y }));
    case 'photoZoomed':
      return withPhoto(scene, (p) => {
        const min = minCoverScale(p.width, p.height, p.rotation);
        const scale = clamp(action.zoom, 1, MAX_ZOOM) * min;
        const anchor = action.anchor ?? { x: 0.5, y: 0.5 };
        const k = scale / p.scale;
        // Keep the point under the anchor (pointer, pinch centre) where it is.
        return placeCovering(p, {
          scale,
          x: anchor.x + (p.x - anchor.x) * k,
          y: anchor.y + (p.y - anchor.y) * k,
        });
      });
    case 'photoRotated':
    case 'photoTurned':
      return withPhoto(scene, (p) => {
        const rotation = normalizeDegrees(
          action.type === 'photoRotated' ? action.rotation : p.rotation + 90 * action.quarterTurns,
        );
        // Keep the zoom the person chose; the covering minimum changes with the angle.
        const scale = zoomOf(p) * minCoverScale(p.width, p.height, rotation);
        return placeCovering(p, { rotation, scale });
      });
    case 'photoFitted':
      return withPhoto(scene, (p) => coverPlacement(p.assetId, p.width, p.height, p.rotation));
    case 'overlayToggled': {
      const toggled = toggleOverlay(scene, action.kind, action.on);
      return action.kind === 'banner' || action.kind === 'badge' ? keepBadgeOffBanner(toggled) : toggled;
    }
    case 'badgeChanged':
      return mapOverlay(scene, 'badge', (b) => changeBadge(b, action));
    case 'badgeSnapped':
      return mapOverlay(scene, 'badge', (b) =>
        changeBadge(b, { ...cornerCentre(action.corner, b.size), rotation: 0 }),
      );
    case 'bannerChanged': {
      const changed = mapOverlay(scene, 'banner', (b) => ({ ...b, ...action.changes, kind: 'banner' }));
      return action.changes.position ? keepBadgeOffBanner(changed) : changed;
    }
    case 'sceneReset':
      return initialScene(action.options);
  }
}
