import { ImportError, isAbortError, type ImportErrorCode } from '../image/errors';
import type { ImportedPhoto } from '../image/importPhoto';
import type { Inspection } from '../image/inspectFile';
import { releaseImage, type AssetImage } from '../state/assets';
import { clearTimeline } from './timeline';

export type ImportStatus = 'idle' | 'processing' | 'ready';

export interface ImportFailure {
  readonly code: ImportErrorCode;
  readonly megapixels?: number;
}

/** The image pipeline as the session uses it; injected, so tests can hold a decode in flight. */
export interface PhotoPipeline {
  /** Sniffs and reads the header only (bounded, fast); throws ImportError for what is plainly no photo. */
  inspect(file: Blob): Promise<Inspection>;
  /**
   * A low-resolution first look at a big photo, or null. Asked for the moment the file comes, with
   * the inspection still under way: it must show nothing the inspection refuses (its promise
   * rejects), and stop when `signal` aborts.
   */
  quickPreview(file: Blob, signal: AbortSignal, inspection: Promise<Inspection>): Promise<AssetImage | null>;
  /**
   * Whether the sharp copy waits for the first look. True where the first look is a cheap scaled
   * decode (WebCodecs' ImageDecoder); where it is a full decode through <img> (WebKit), both run
   * side by side instead, or the sharp copy would wait for a second full decode.
   */
  readonly previewFirst?: boolean;
  /**
   * Resolves once what was just shown has reached the screen (its frame rendered). The sharp copy's
   * decode starts after it: begun at once, on a two-core phone it took the CPU from that very frame.
   */
  afterShown?(): Promise<void>;
  /** The sharp upright working copy; rejects with ImportError, or an AbortError when aborted. */
  importPhoto(file: Blob, options: { signal: AbortSignal }): Promise<ImportedPhoto>;
}

/** What the import does to the session; the session decides what a shown or withdrawn photo means. */
export interface ImportTarget {
  /**
   * A new photo is on screen under `assetId`: the quick preview (`firstLook`), or the sharp copy
   * when there is none.
   */
  show(assetId: string, image: AssetImage, firstLook: boolean): void;
  /** The sharp copy replaces the preview shown under `assetId`, in place. */
  sharpen(assetId: string, image: AssetImage): void;
  /** The photo shown under `assetId` will never be sharp (its decode failed or was cancelled): take it away. */
  withdraw(assetId: string): void;
  status(status: ImportStatus, error: ImportFailure | null): void;
  /** A file refused before anything on screen changed. */
  refused(error: ImportFailure): void;
}

interface Pending {
  readonly controller: AbortController;
  readonly assetId: string;
  /** The preview is on screen and the sharp copy is not: the picture must not stay like that. */
  previewOnly: boolean;
}

let nextAsset = 0;

/** The longest the sharp copy waits for the first look to be decoded. */
const PREVIEW_HEAD_START_MS = 1000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const failureOf = (caught: unknown): ImportFailure =>
  caught instanceof ImportError
    ? { code: caught.code, ...(caught.megapixels === undefined ? {} : { megapixels: caught.megapixels }) }
    : { code: 'decodeFailed' };

/**
 * One photo import at a time. A file that is plainly no photo (its first bytes say so) is refused
 * without touching the photo there is, nor the one still decoding; a file that looks like a photo
 * cancels the import in progress. A preview whose sharp copy will never come is withdrawn, so what
 * is on screen, and what Download draws, is always a whole sharp photo or none.
 */
export function createPhotoImport(pipeline: PhotoPipeline, target: ImportTarget) {
  let pending: Pending | null = null;
  /** The file being inspected (its first look already on its way): stopped by a newer file or Start over. */
  let inspecting: AbortController | null = null;
  let choice = 0;

  const stop = (): void => {
    if (!pending) return;
    const stopped = pending;
    pending = null;
    stopped.controller.abort();
    if (stopped.previewOnly) target.withdraw(stopped.assetId);
  };

  async function load(file: Blob): Promise<void> {
    const mine = ++choice;
    inspecting?.abort();
    const controller = new AbortController();
    inspecting = controller;
    const { signal } = controller;
    const inspection = pipeline.inspect(file);
    // The first look is begun at once, beside the inspection (it waits for it before showing
    // anything): its decode no longer waits for the header read (README, Performance). Nothing is
    // shown before this import is the pending one (below); a refused or newer file, or Start over,
    // stops it, and what it still brings is released.
    const firstLook = pipeline.quickPreview(file, signal, inspection).catch(() => null);
    const dropFirstLook = () => {
      controller.abort();
      void firstLook.then((look) => look && releaseImage(look));
    };
    try {
      await inspection;
    } catch (caught) {
      if (inspecting === controller) inspecting = null;
      dropFirstLook();
      if (mine !== choice) return;
      target.refused(failureOf(caught));
      return;
    }
    if (inspecting === controller) inspecting = null;
    if (mine !== choice) {
      dropFirstLook(); // a newer file was chosen meanwhile, or Start over
      return;
    }
    // A new photo: the last one's timeline entries go, or a kiosk would keep every person's.
    clearTimeline();
    performance.mark('cornflower:inspected');

    stop();
    const job: Pending = { controller, assetId: `photo-${++nextAsset}`, previewOnly: false };
    pending = job;
    let shown = false;
    target.status('processing', null);

    // With previewFirst the preview decodes alone and the sharp copy starts once it is on screen:
    // run side by side on a two-core phone, each decode took twice as long, and the preview lost the
    // race it exists to win (README, Performance).
    const preview = firstLook.then((preview) => {
      if (!preview) return;
      if (shown || signal.aborted) {
        releaseImage(preview); // too late: the sharp copy won, or another photo came
        return;
      }
      shown = true;
      job.previewOnly = true;
      target.show(job.assetId, preview, true);
    });

    // Never waits for long: a first look that hangs must not hold back the photo itself.
    if (pipeline.previewFirst) await Promise.race([preview, delay(PREVIEW_HEAD_START_MS)]);
    if (shown && pipeline.afterShown) await pipeline.afterShown();
    if (signal.aborted) return;
    try {
      const photo = await pipeline.importPhoto(file, { signal });
      if (signal.aborted) {
        photo.bitmap.close();
        return;
      }
      pending = null;
      job.previewOnly = false;
      if (shown) target.sharpen(job.assetId, photo.bitmap);
      else {
        shown = true;
        target.show(job.assetId, photo.bitmap, false);
      }
      target.status('ready', null);
    } catch (caught) {
      if (signal.aborted || isAbortError(caught)) return;
      pending = null;
      if (job.previewOnly) {
        job.previewOnly = false;
        target.withdraw(job.assetId);
      }
      target.status('idle', failureOf(caught));
    }
  }

  return {
    load,
    /**
     * Abandons the import in progress (Start over); a preview on screen is withdrawn, and the
     * timeline entries of the photo there was go with it: nothing of the last person stays.
     */
    cancel(): void {
      choice++;
      inspecting?.abort();
      inspecting = null;
      stop();
      clearTimeline();
    },
  };
}

export type PhotoImport = ReturnType<typeof createPhotoImport>;
