// The hand-off to a person's own phone, with no server and no upload: a link that opens the app in
// the standard mode (never the kiosk) with the same language, designs and quote, so they can make
// the picture there in seconds. The QR code carries this link.
import type { OverlayKind, QuoteId } from '../scene/types';

export interface HandoffState {
  readonly lang: string;
  readonly overlays: readonly OverlayKind[];
  readonly quote?: QuoteId | undefined;
}

/** `https://stall.example/app/?lang=ka&overlay=badge,banner&quote=truth`, from the kiosk's own address. */
export function phoneLink(kioskUrl: string, state: HandoffState): string {
  const url = new URL(kioskUrl);
  url.search = '';
  url.hash = '';
  url.searchParams.set('lang', state.lang);
  if (state.overlays.length > 0) url.searchParams.set('overlay', state.overlays.join(','));
  if (state.quote && state.overlays.includes('banner')) url.searchParams.set('quote', state.quote);
  return url.href;
}
