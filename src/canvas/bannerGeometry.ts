import type { BannerPosition } from '../scene/types';

/** The banner band, in frame fractions, and the areas inside it. */
export const BANNER = {
  height: 0.3,
  /** The cornflower sits at the band's left, the text takes the rest. */
  flowerSize: 0.17,
  padding: 0.035,
  lineHeight: 1.18,
  maxFontSize: 0.068,
  minFontSize: 0.03,
  attributionScale: 0.62,
} as const;

export function bannerTop(position: BannerPosition): number {
  return position === 'top' ? 0 : 1 - BANNER.height;
}
