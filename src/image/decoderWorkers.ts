import type { DecoderReply, PreviewRequest } from './decoderProtocol';

/*
 * The decode workers. A busy worker belongs to exactly one import, so cancelling that import can
 * terminate its worker (abandoning a decode that cannot be interrupted, e.g. libheif's) without
 * touching any other import. One idle worker is kept warm between imports.
 */

let idle: Worker | undefined;
let nextRequestId = 1;

function createDecoderWorker(): Worker {
  // Written out in full so Vite finds and bundles the worker (with its lazily loaded HEIC chunk).
  return new Worker(new URL('../workers/decode.worker.ts', import.meta.url), { type: 'module' });
}

/** An idle worker, or a new one; the caller must give it back or terminate it. */
export function takeDecoderWorker(): Worker {
  const worker = idle ?? createDecoderWorker();
  idle = undefined;
  return worker;
}

/** A worker whose import finished normally: keep it for the next import if none is kept yet. */
export function releaseDecoderWorker(worker: Worker, reusable = true): void {
  if (reusable && !idle) idle = worker;
  else worker.terminate();
}

/** Starts a worker ahead of the first photo (e.g. when the picker opens), to save its start-up time. */
export function warmUpDecoder(): void {
  idle ??= createDecoderWorker();
}

export function newRequestId(): number {
  return nextRequestId++;
}

/** A first look's worker that has not answered by then is given up (terminated): it never stays taken. */
const PREVIEW_REPLY_MAX_MS = 10_000;

/**
 * The first look at `file` from a decode worker (see PreviewRequest): a big JPEG decoded at 1/8 or
 * 1/4, else undefined; undefined at once when `signal` aborts: the worker is then told to stop (its
 * decoder is closed, a bitmap that still comes is closed there) and is given back.
 */
export function decodeJpegPreviewInWorker(file: Blob, signal: AbortSignal): Promise<ImageBitmap | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  const worker = takeDecoderWorker();
  const id = newRequestId();
  return new Promise<ImageBitmap | undefined>((resolve) => {
    const finish = (bitmap: ImageBitmap | undefined, reusable: boolean) => {
      clearTimeout(deadline);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
      releaseDecoderWorker(worker, reusable);
      resolve(bitmap);
    };
    const onMessage = (event: MessageEvent<DecoderReply>) => {
      const reply = event.data;
      if (reply.id !== id || reply.type !== 'preview') return;
      finish(reply.bitmap ?? undefined, true);
    };
    const onError = () => finish(undefined, false);
    // The worker stops that decode and answers it with null: it is free at once for the next
    // request (requests carry their own ids).
    const onAbort = () => {
      worker.postMessage({ type: 'cancelPreview', id });
      // Its answer may already be on its way, with a bitmap: closed when it lands.
      const onLate = (event: MessageEvent<DecoderReply>) => {
        const reply = event.data;
        if (reply.id !== id || reply.type !== 'preview') return;
        reply.bitmap?.close();
        worker.removeEventListener('message', onLate);
      };
      worker.addEventListener('message', onLate);
      finish(undefined, true);
    };
    const deadline = setTimeout(() => finish(undefined, false), PREVIEW_REPLY_MAX_MS);
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({ type: 'preview', id, file } satisfies PreviewRequest);
  });
}

/**
 * Tests and diagnostics: the URLs the warm worker has fetched (its resource timing), proving that
 * the worker and the HEIC decoder load nothing from another origin.
 */
export async function listDecoderWorkerResources(): Promise<string[]> {
  const worker = takeDecoderWorker();
  const id = newRequestId();
  let onMessage: ((event: MessageEvent<DecoderReply>) => void) | undefined;
  let onError: (() => void) | undefined;
  try {
    return await new Promise<string[]>((resolve, reject) => {
      onMessage = (event) => {
        if (event.data.id === id && event.data.type === 'resources') resolve(event.data.urls);
      };
      onError = () => reject(new Error('The decode worker failed.'));
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ type: 'resources', id });
    });
  } finally {
    if (onMessage) worker.removeEventListener('message', onMessage);
    if (onError) worker.removeEventListener('error', onError);
    releaseDecoderWorker(worker);
  }
}
