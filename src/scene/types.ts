// The scene is plain readonly data in "frame space": the output square is 1×1, (0,0) its top-left
// corner. It knows nothing about React, Konva or the DOM, so every edit is testable on its own.

export type Corner = 'topLeft' | 'topRight' | 'bottomLeft' | 'bottomRight';
export type BannerPosition = 'top' | 'bottom';
export type QuoteId = 'solidarity' | 'injustice' | 'forbidden' | 'truth';
export const QUOTE_IDS: readonly QuoteId[] = ['solidarity', 'injustice', 'forbidden', 'truth'];

/** The photo as placed in the frame. Its pixels live in the asset map, under assetId. */
export interface PhotoPlacement {
  readonly assetId: string;
  /** Size of the upright working copy, in pixels. */
  readonly width: number;
  readonly height: number;
  /** Centre of the photo, in frame fractions. */
  readonly x: number;
  readonly y: number;
  /** Frame fractions per photo pixel: the photo is width·scale frames wide. */
  readonly scale: number;
  /** Degrees clockwise. */
  readonly rotation: number;
}

export interface BadgeOverlay {
  readonly kind: 'badge';
  /** Centre, in frame fractions. */
  readonly x: number;
  readonly y: number;
  /** Diameter as a fraction of the frame side. */
  readonly size: number;
  readonly rotation: number;
}

export interface FrameOverlay {
  readonly kind: 'frame';
}

export interface BannerOverlay {
  readonly kind: 'banner';
  readonly position: BannerPosition;
  /** A campaign quote, or null for the person's own text. */
  readonly quote: QuoteId | null;
  readonly customText: string;
}

/** The words on a banner in the language on screen: a campaign quote with its author, or the person's own. */
export interface BannerText {
  readonly quote: string;
  /** "— Martin Luther King Jr.", or empty. */
  readonly attribution: string;
}

export type Overlay = BadgeOverlay | FrameOverlay | BannerOverlay;
export type OverlayKind = Overlay['kind'];

export interface Scene {
  readonly photo: PhotoPlacement | null;
  /** Array order is stacking order: the last overlay is drawn on top. */
  readonly overlays: readonly Overlay[];
}
