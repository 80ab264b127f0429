import { useCallback, useEffect, useRef, useState } from 'react';
import { ImportError, isAbortError, type ImportErrorCode } from '../image/errors';
import { importPhoto } from '../image/importPhoto';
import { quickPreview } from '../image/quickPreview';
import { releaseImage, type AssetImage, type AssetStore } from '../state/assets';

export type ImportStatus = 'idle' | 'processing' | 'ready';

export interface ImportFailure {
  readonly code: ImportErrorCode;
  readonly megapixels?: number;
}

export interface LoadedPhoto {
  readonly assetId: string;
  readonly width: number;
  readonly height: number;
}

export interface ImportCallbacks {
  /** A photo is on screen (the quick preview, or the sharp copy when there is no preview). */
  readonly onShown: (photo: LoadedPhoto) => void;
  /** The photo on screen turned out unusable (e.g. a truncated file): take it away again. */
  readonly onWithdrawn: () => void;
}

let nextAsset = 0;

/**
 * Runs the image pipeline for one file at a time: a new file aborts the one still in progress.
 * A quick preview is shown as soon as it exists; the sharp working copy replaces it in place.
 */
export function usePhotoImport(assets: AssetStore, callbacks: ImportCallbacks) {
  const [status, setStatus] = useState<ImportStatus>('idle');
  const [error, setError] = useState<ImportFailure | null>(null);
  const current = useRef<AbortController | null>(null);
  const callbacksRef = useRef(callbacks);
  useEffect(() => {
    callbacksRef.current = callbacks;
  });

  const load = useCallback(
    async (file: Blob) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      const { signal } = controller;
      setStatus('processing');
      setError(null);
      const assetId = `photo-${++nextAsset}`;
      let shown = false;
      const show = (image: AssetImage) => {
        shown = true;
        assets.clear();
        assets.set(assetId, image);
        // The scene measures the photo in the first image's pixels; PhotoNode scales whichever
        // image it draws to that size, so the sharp copy (same aspect) replaces it in place.
        const { width, height } = image;
        callbacksRef.current.onShown({ assetId, width, height });
      };

      void quickPreview(file, signal).then((preview) => {
        if (!preview) return;
        // Too late (the sharp copy won, or another photo came): let its pixels go at once.
        if (shown || signal.aborted) releaseImage(preview);
        else show(preview);
      });

      try {
        const photo = await importPhoto(file, { signal });
        if (signal.aborted) {
          photo.bitmap.close();
          return;
        }
        if (shown) {
          assets.clear(assetId);
          assets.set(assetId, photo.bitmap);
        } else {
          show(photo.bitmap);
        }
        setStatus('ready');
      } catch (caught) {
        if (isAbortError(caught) || signal.aborted) return;
        if (shown) {
          assets.clear();
          callbacksRef.current.onWithdrawn();
        }
        setError(
          caught instanceof ImportError
            ? { code: caught.code, megapixels: caught.megapixels }
            : { code: 'decodeFailed' },
        );
        setStatus('idle');
      } finally {
        if (current.current === controller) current.current = null;
      }
    },
    [assets],
  );

  const cancel = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setStatus('idle');
  }, []);

  useEffect(() => () => current.current?.abort(), []);

  return { status, error, load, cancel, clearError: () => setError(null) };
}
