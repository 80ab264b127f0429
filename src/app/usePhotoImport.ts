import { useCallback, useEffect, useRef, useState } from 'react';
import { ImportError, isAbortError, type ImportErrorCode } from '../image/errors';
import { importPhoto } from '../image/importPhoto';
import type { AssetStore } from '../state/assets';

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

let nextAsset = 0;

/**
 * Runs the image pipeline for one file at a time: a new file aborts the one still in progress.
 * The quick preview is shown as soon as it exists; the sharp working copy replaces it in place.
 */
export function usePhotoImport(assets: AssetStore, onLoaded: (photo: LoadedPhoto) => void) {
  const [status, setStatus] = useState<ImportStatus>('idle');
  const [error, setError] = useState<ImportFailure | null>(null);
  const current = useRef<AbortController | null>(null);
  const onLoadedRef = useRef(onLoaded);
  useEffect(() => {
    onLoadedRef.current = onLoaded;
  });

  const load = useCallback(
    async (file: Blob) => {
      current.current?.abort();
      const controller = new AbortController();
      current.current = controller;
      setStatus('processing');
      setError(null);
      const assetId = `photo-${++nextAsset}`;
      let shown = false;
      try {
        const photo = await importPhoto(file, {
          signal: controller.signal,
          onPreview: (preview) => {
            if (controller.signal.aborted) return preview.close();
            shown = true;
            assets.clear();
            assets.set(assetId, preview);
            // The preview is drawn at the working copy's size, so it needs its final dimensions.
            onLoadedRef.current({ assetId, width: preview.width, height: preview.height });
          },
        });
        if (controller.signal.aborted) {
          photo.bitmap.close();
          return;
        }
        assets.clear(shown ? assetId : undefined);
        assets.set(assetId, photo.bitmap);
        if (!shown) onLoadedRef.current({ assetId, width: photo.width, height: photo.height });
        setStatus('ready');
      } catch (caught) {
        if (isAbortError(caught) || controller.signal.aborted) return;
        if (shown) assets.delete(assetId);
        setError(
          caught instanceof ImportError
            ? { code: caught.code, megapixels: caught.megapixels }
            : { code: 'decodeFailed' },
        );
        setStatus(shown ? 'idle' : 'idle');
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
