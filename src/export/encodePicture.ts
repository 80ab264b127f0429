import type { EncodeReply, EncodeRequest } from '../workers/encodeProtocol';

let worker: Worker | undefined;
let nextId = 1;

function encodeWorker(): Worker {
  // Written out in full so Vite finds and bundles the worker.
  worker ??= new Worker(new URL('../workers/encode.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function inWorker(bitmap: ImageBitmap, mimeType: string, quality: number): Promise<Blob> {
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
      // A worker that failed to start is no use to the next picture either.
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
    target.postMessage({ id, bitmap, mimeType, quality } satisfies EncodeRequest, [bitmap]);
  });
}

const onMainThread = (canvas: HTMLCanvasElement, mimeType: string, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, mimeType, quality));

/**
 * The canvas as a file, encoded in a worker where the browser can (OffscreenCanvas), else by the
 * canvas itself. Null when the browser made no file (too large, out of memory).
 */
export async function encodePicture(
  canvas: HTMLCanvasElement,
  mimeType: string,
  quality: number,
): Promise<Blob | null> {
  if (
    typeof OffscreenCanvas === 'function' &&
    typeof Worker === 'function' &&
    typeof createImageBitmap === 'function'
  ) {
    try {
      return await inWorker(await createImageBitmap(canvas), mimeType, quality);
    } catch {
      // An engine without bitmaprenderer or convertToBlob in workers: the canvas's own encoder.
    }
  }
  return onMainThread(canvas, mimeType, quality);
}
