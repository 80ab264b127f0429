import type { TFunction } from 'i18next';
import type { BannerOverlay, BannerText, QuoteId } from '../scene/types';

const AUTHORS: Partial<Record<QuoteId, 'king' | 'genis'>> = { injustice: 'king', truth: 'genis' };

/** The words on the banner in the current language: a campaign quote with its author, or the person's own text. */
export function bannerTextFor(banner: BannerOverlay | undefined, t: TFunction): BannerText {
  if (!banner) return { quote: '', attribution: '' };
  if (banner.quote === null) return { quote: banner.customText, attribution: '' };
  const author = AUTHORS[banner.quote];
  return { quote: t(`quotes.${banner.quote}`), attribution: author ? `— ${t(`authors.${author}`)}` : '' };
}
