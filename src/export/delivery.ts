// How a finished picture leaves the editor. The session makes the picture; each shell injects the
// deliveries that suit its page (the standard page: download or press-and-hold, and share; embed
// mode adds the partner's postMessage), so no component needs to know which mode it is in.
import { downloadBlob, shareFile } from './download';

/** The finished picture, as every delivery gets it. */
export interface Picture {
  readonly blob: Blob;
  readonly fileName: string;
  readonly mimeType: string;
  readonly width: number;
  readonly height: number;
}

/** Keys under `errors.` in the locales. */
export type ExportErrorCode = 'exportFailed' | 'shareFailed';

export type DeliveryOutcome =
  | { readonly kind: 'delivered' }
  /** The person closed the share sheet: nothing to report. */
  | { readonly kind: 'dismissed' }
  /** Downloads are impossible here: show the picture to press and hold (or right-click) and save. */
  | {
      readonly kind: 'pressAndHold';
      readonly blob: Blob;
      /** A download was tried too, but nobody can tell whether it was allowed (a sandboxed frame). */
      readonly downloadTried?: boolean;
    };

export interface Delivery {
  /** Stable name, for React keys and tests. */
  readonly id: string;
  /** Translation key of the button. */
  readonly label: string;
  /** What to tell the person when deliver() throws. */
  readonly failure: ExportErrorCode;
  deliver(picture: Picture): Promise<DeliveryOutcome>;
}

export const downloadDelivery: Delivery = {
  id: 'download',
  label: 'export.download',
  failure: 'exportFailed',
  deliver(picture) {
    downloadBlob(picture.blob, picture.fileName);
    return Promise.resolve({ kind: 'delivered' });
  },
};

/** In-app browsers (Facebook, Instagram, Telegram…) silently drop downloads; an <img> can be saved. */
export const pressAndHoldDelivery: Delivery = {
  id: 'download',
  label: 'export.download',
  failure: 'exportFailed',
  deliver: (picture) => Promise.resolve({ kind: 'pressAndHold', blob: picture.blob }),
};

/**
 * In a partner's iframe the download may be forbidden by the sandbox (no `allow-downloads`), and
 * a page cannot find out: the blocked click fails without an event or an error. So we try it and
 * show the picture as well, to press and hold or right-click, so that it is never a silent failure.
 */
export const framedDownloadDelivery: Delivery = {
  id: 'download',
  label: 'export.download',
  failure: 'exportFailed',
  deliver(picture) {
    downloadBlob(picture.blob, picture.fileName);
    return Promise.resolve({ kind: 'pressAndHold', blob: picture.blob, downloadTried: true });
  },
};

/** The system share sheet (the network's own app, AirDrop, Nearby Share). */
export function shareDelivery(text: () => string): Delivery {
  return {
    id: 'share',
    label: 'export.share',
    failure: 'shareFailed',
    async deliver(picture) {
      const file = new File([picture.blob], picture.fileName, { type: picture.mimeType });
      return (await shareFile(file, text())) ? { kind: 'delivered' } : { kind: 'dismissed' };
    },
  };
}
