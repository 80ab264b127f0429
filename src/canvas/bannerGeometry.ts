import { BANNER_HEIGHT } from '../scene/defaults';
import type { BannerPosition, BannerText } from '../scene/types';
import { fitText, type FittedText, type MeasureText } from './bannerLayout';

/** The banner band, in frame fractions, and the areas inside it. */
export const BANNER = {
  height: BANNER_HEIGHT,
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

export type BannerWords = BannerText;

/** Where everything in the band goes, in pixels for a frame of side `size`. Pure: measure is given. */
export interface BannerLayout {
  readonly top: number;
  readonly height: number;
  readonly flower: { readonly x: number; readonly y: number; readonly size: number };
  readonly text: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  readonly quote: FittedText & { readonly y: number };
  readonly attribution: (FittedText & { readonly y: number }) | null;
}

export function layoutBanner(
  words: BannerWords,
  position: BannerPosition,
  size: number,
  measure: MeasureText,
): BannerLayout {
  const top = bannerTop(position) * size;
  const height = BANNER.height * size;
  const pad = BANNER.padding * size;
  const flowerSize = BANNER.flowerSize * size;
  const textX = pad * 1.4 + flowerSize + pad;
  const textWidth = size - textX - pad * 1.2;
  const textHeight = height - 2 * pad;
  const gap = pad * 0.3;

  // The attribution line takes its share of the height first, so the quote fits around it.
  const attributionSize = BANNER.maxFontSize * BANNER.attributionScale * size;
  const attribution = words.attribution
    ? fitText(
        words.attribution,
        textWidth,
        attributionSize * BANNER.lineHeight,
        { maxFontSize: attributionSize, minFontSize: attributionSize / 2, lineHeight: BANNER.lineHeight },
        measure,
      )
    : null;
  const attributionHeight = attribution
    ? attribution.fontSize * BANNER.lineHeight * attribution.lines.length + gap
    : 0;
  const quote = fitText(
    words.quote,
    textWidth,
    textHeight - attributionHeight,
    {
      maxFontSize: BANNER.maxFontSize * size,
      minFontSize: BANNER.minFontSize * size,
      lineHeight: BANNER.lineHeight,
    },
    measure,
  );
  const quoteHeight = quote.lines.length * quote.fontSize * BANNER.lineHeight;
  const blockTop = top + pad + Math.max(0, (textHeight - quoteHeight - attributionHeight) / 2);
  return {
    top,
    height,
    flower: { x: pad * 1.4, y: top + (height - flowerSize) / 2, size: flowerSize },
    text: { x: textX, y: top + pad, width: textWidth, height: textHeight },
    quote: { ...quote, y: blockTop },
    attribution: attribution ? { ...attribution, y: blockTop + quoteHeight + gap } : null,
  };
}
