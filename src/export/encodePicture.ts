import type { EncodeReply, EncodeRequest } from '../workers/encodeProtocol';

let worker: Worker | undefined;
let nextId = 1;
/** Whether this engine encodes in a worker: learnt once, from a 1×1 probe, before any picture. */
let workerEncodes: Promise<boolean> | undefined;

function encodeWorker(): Worker {
  // Written out in full so Vite finds and bundles the worker.
  worker ??= new Worker(new URL('../workers/encode.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function ask(request: Omit<EncodeRequest, 'id'>): Promise<Blob> {
  const target = encodeWorker();
  const id = nextId++;
  return new Promise<Blob>((resolve, reject) => {
    const onMessage = (event: MessageEvent<EncodeReply>) => {
      if (event.data.id !== id) return;
      done();
      if ('blob' in event.data) resolve(event.data.blob);
      else reject(new Error(event.data.error));
    };
    const onError = () => {
      done();
      target.terminate();
      if (worker === target) worker = undefined;
      reject(new Error('The encode worker failed'));
    };
    const done = () => {
      target.removeEventListener('message', onMessage);
      target.removeEventListener('error', onError);
    };
    target.addEventListener('message', onMessage);
    target.addEventListener('error', onError);
    target.postMessage({ ...request, id } satisfies EncodeRequest, request.bitmap ? [request.bitmap] : []);
  });
}

function canEncodeInWorker(mimeType: string): Promise<boolean> {
  if (
    typeof OffscreenCanvas !== 'function' ||
    typeof Worker !== 'function' ||
    typeof createImageBitmap !== 'function'
  )
    return Promise.resolve(false);
  workerEncodes ??= ask({ mimeType, quality: 0.92 }).then(
    (blob) => blob.size > 0,
    () => false,
  );
  return workerEncodes;
}

/**
 * Only where the canvas's own encoder would wait: Chromium runs canvas.toBlob() in idle time, and a
 * cross-origin iframe (a partner's embed) can go seconds without any (a 1080 px PNG: 6.7 s, against
 * 30 ms in the worker). Everywhere else the canvas's own encoder is as fast or faster (measured
 * here for 1080 px: Chromium's top page 12 ms vs 31 ms, Firefox 47 vs 60 ms, WebKit 0.9 vs
 * 1.4–2.4 s), so the worker is not used. `userAgentData` is Chromium's own.
 */
function toBlobWaitsForIdle(): boolean {
  return typeof window !== 'undefined' && window.parent !== window && 'userAgentData' in navigator;
}

const onMainThread = (canvas: HTMLCanvasElement, mimeType: string, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, mimeType, quality));

/**
 * The canvas as a file: by the canvas itself, or in a worker where that would wait for idle time.
 * Null when the browser made no file (too large, out of memory).
 */
export async function encodePicture(
  canvas: HTMLCanvasElement,
  mimeType: string,
  quality: number,
): Promise<Blob | null> {
  if (toBlobWaitsForIdle() && (await canEncodeInWorker(mimeType))) {
    try {
      return await ask({ bitmap: await createImageBitmap(canvas), mimeType, quality });
    } catch {
      // Out of memory in the worker, or the worker gone: the canvas's own encoder.
    }
  }
  return onMainThread(canvas, mimeType, quality);
}

/** Starts the worker and its probe ahead of the first Download. */
export function warmUpEncoder(): void {
  if (toBlobWaitsForIdle()) void canEncodeInWorker('image/png');
}
