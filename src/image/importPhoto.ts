import type { DecoderReply, SourceInfo } from './decoderProtocol';
import { newRequestId, releaseDecoderWorker, takeDecoderWorker } from './decoderWorkers';
import { createAbortError, ImportError, isAbortError } from './errors';
import { isLegacyResizeForced, legacyResize } from './legacyResize';
import type { ImageFormat } from './sniff';
import { looksTruncated } from './truncation';
import { normaliseMaxSide } from './workingSize';

export interface ImportedPhoto {
  /** The working copy, upright, long side ≤ maxSide. Owned by the caller: close() it when replaced. */
  bitmap: ImageBitmap;
  width: number;
  height: number;
  format: ImageFormat;
  /** The original's upright size (EXIF/HEIF orientation applied). */
  sourceWidth: number;
  sourceHeight: number;
}

export interface ImportOptions {
  /** Aborting rejects the import with an AbortError at once and abandons the work in the worker. */
  signal?: AbortSignal;
  /** Long side of the working copy; default 2160, at most 4096. Never upscales. */
  maxSide?: number;
}

let fullDecodeForced = false;

/**
 * Tests: make the worker skip the scaled JPEG decode (WebCodecs' ImageDecoder, which WebKit lacks)
 * and decode in full with createImageBitmap, the path WebKit takes, in a browser that has
 * ImageDecoder. Affects imports started afterwards.
 */
export function forceFullDecode(enabled: boolean): void {
  fullDecodeForced = enabled;
}

type WorkerOutcome =
  { kind: 'bitmap'; bitmap: ImageBitmap; info: SourceInfo } | { kind: 'legacy'; info: SourceInfo };

/**
 * File → upright working-copy ImageBitmap, decoded in a worker. Rejects with ImportError (see
 * errors.ts for the codes the UI translates) or, when `signal` aborts, an AbortError (isAbortError).
 * A newer photo should abort the previous import's signal.
 */
export async function importPhoto(file: Blob, options: ImportOptions = {}): Promise<ImportedPhoto> {
  const { signal } = options;
  const maxSide = normaliseMaxSide(options.maxSide);
  if (signal?.aborted) throw createAbortError();

  const outcome = await decodeInWorker(file, maxSide, signal);
  const bitmap =
    outcome.kind === 'bitmap'
      ? outcome.bitmap
      : await resizeOnMainThread(file, outcome.info, maxSide, signal);
  return { bitmap, width: bitmap.width, height: bitmap.height, ...outcome.info };
}

async function resizeOnMainThread(
  file: Blob,
  info: SourceInfo,
  maxSide: number,
  signal: AbortSignal | undefined,
): Promise<ImageBitmap> {
  try {
    return await untilAborted(legacyResize(file, info, maxSide, signal), signal);
  } catch (error) {
    if (isAbortError(error)) throw error;
    const truncated = await looksTruncated(file, info.format);
    throw new ImportError(truncated ? 'truncated' : 'decodeFailed', { cause: error });
  }
}

function decodeInWorker(
  file: Blob,
  maxSide: number,
  signal: AbortSignal | undefined,
): Promise<WorkerOutcome> {
  const worker = takeDecoderWorker();
  const id = newRequestId();

  return new Promise<WorkerOutcome>((resolve, reject) => {
    let settled = false;
    const settle = (keepWorker: boolean, outcome: () => void): void => {
      if (settled) return;
      settled = true;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onWorkerError);
      worker.removeEventListener('messageerror', onWorkerError);
      signal?.removeEventListener('abort', onAbort);
      releaseDecoderWorker(worker, keepWorker);
      outcome();
    };

    // Terminating is the only way to stop a decode in progress (libheif's is synchronous wasm).
    const onAbort = (): void => settle(false, () => reject(createAbortError()));
    const onWorkerError = (event: Event): void => {
      event.preventDefault(); // handled here: keep it out of the console as an uncaught error
      settle(false, () => reject(new ImportError('decodeFailed')));
    };
    const onMessage = (event: MessageEvent<DecoderReply>): void => {
      const reply = event.data;
      if (reply.id !== id) return;
      switch (reply.type) {
        case 'done': {
          const { bitmap, format, sourceWidth, sourceHeight } = reply;
          settle(true, () =>
            resolve({ kind: 'bitmap', bitmap, info: { format, sourceWidth, sourceHeight } }),
          );
          return;
        }
        case 'legacyResize': {
          const { format, sourceWidth, sourceHeight } = reply;
          settle(true, () => resolve({ kind: 'legacy', info: { format, sourceWidth, sourceHeight } }));
          return;
        }
        case 'error':
          settle(true, () =>
            reject(
              new ImportError(
                reply.code,
                reply.megapixels === undefined ? {} : { megapixels: reply.megapixels },
              ),
            ),
          );
          return;
        case 'resources':
          return;
      }
    };

    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onWorkerError);
    worker.addEventListener('messageerror', onWorkerError);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({
      type: 'decode',
      id,
      file,
      maxSide,
      forceLegacyResize: isLegacyResizeForced(),
      skipScaledJpeg: fullDecodeForced,
    });
  });
}

/**
 * Settles with `work`, or rejects with an AbortError as soon as `signal` aborts; a bitmap that
 * arrives after that is closed, since nobody will ever own it.
 */
function untilAborted(work: Promise<ImageBitmap>, signal: AbortSignal | undefined): Promise<ImageBitmap> {
  if (!signal) return work;
  return new Promise<ImageBitmap>((resolve, reject) => {
    const onAbort = (): void => {
      reject(createAbortError());
      work.then(
        (late) => late.close(),
        () => undefined,
      );
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (bitmap) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted) bitmap.close();
        else resolve(bitmap);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
