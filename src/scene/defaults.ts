import type {
  BadgeOverlay,
  BannerOverlay,
  Corner,
  FrameOverlay,
  Overlay,
  OverlayKind,
  QuoteId,
  Scene,
} from './types';

export const MAX_ZOOM = 8;
export const BADGE_MIN_SIZE = 0.08;
export const BADGE_MAX_SIZE = 0.9;
export const DEFAULT_BADGE_SIZE = 0.3;
/** Gap between a snapped badge and the frame edge, as a fraction of the frame. */
export const CORNER_MARGIN = 0.04;

/** Canonical stacking: the wreath lies on the photo, the banner over it, the badge on top. */
export const OVERLAY_ORDER: readonly OverlayKind[] = ['frame', 'banner', 'badge'];

/** Height of the quote banner's band, as a fraction of the frame (the canvas draws it this tall). */
export const BANNER_HEIGHT = 0.3;

export function cornerCentre(corner: Corner, size: number): { x: number; y: number } {
  const near = CORNER_MARGIN + size / 2;
  const far = 1 - near;
  return {
    x: corner === 'topLeft' || corner === 'bottomLeft' ? near : far,
    y: corner === 'topLeft' || corner === 'topRight' ? near : far,
  };
}

export function defaultBadge(): BadgeOverlay {
  return {
    kind: 'badge',
    ...cornerCentre('bottomRight', DEFAULT_BADGE_SIZE),
    size: DEFAULT_BADGE_SIZE,
    rotation: 0,
  };
}

export function defaultFrame(): FrameOverlay {
  return { kind: 'frame' };
}

export function defaultBanner(quote: QuoteId = 'solidarity'): BannerOverlay {
  return { kind: 'banner', position: 'bottom', quote, customText: '' };
}

export function defaultOverlay(kind: OverlayKind): Overlay {
  switch (kind) {
    case 'badge':
      return defaultBadge();
    case 'frame':
      return defaultFrame();
    case 'banner':
      return defaultBanner();
  }
}

export interface SceneOptions {
  readonly overlays?: readonly OverlayKind[];
  readonly quote?: QuoteId;
}

export function initialScene(options: SceneOptions = {}): Scene {
  const kinds = options.overlays && options.overlays.length > 0 ? options.overlays : (['badge'] as const);
  const overlays = OVERLAY_ORDER.filter((kind) => kinds.includes(kind)).map((kind) =>
    kind === 'banner' ? defaultBanner(options.quote) : defaultOverlay(kind),
  );
  return keepBadgeOffBanner({ photo: null, overlays });
}

/**
 * The badge and the banner should not cover each other: when the badge's centre lies in the band,
 * it moves to the same side's corner at the other edge. Applied when a banner appears or moves,
 * never when the person drags the badge there on purpose.
 */
export function keepBadgeOffBanner(scene: Scene): Scene {
  const banner = scene.overlays.find((o) => o.kind === 'banner');
  const badge = scene.overlays.find((o) => o.kind === 'badge');
  if (!banner || !badge) return scene;
  const inBand = banner.position === 'bottom' ? badge.y > 1 - BANNER_HEIGHT : badge.y < BANNER_HEIGHT;
  if (!inBand) return scene;
  const left = badge.x < 0.5;
  const corner: Corner =
    banner.position === 'bottom' ? (left ? 'topLeft' : 'topRight') : left ? 'bottomLeft' : 'bottomRight';
  const moved: BadgeOverlay = { ...badge, ...cornerCentre(corner, badge.size) };
  return { ...scene, overlays: scene.overlays.map((o) => (o === badge ? moved : o)) };
}
