// Encodes the finished picture off the main thread. Chromium's canvas.toBlob() encodes in the
// page's idle time, and a cross-origin iframe (a partner's embed) can go seconds without any: a
// 1080 px PNG took 6.7 s there (1 s for a main-thread OffscreenCanvas), against 13 ms here.
import type { EncodeReply, EncodeRequest } from './encodeProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<EncodeRequest>) => {
  const { id, bitmap, mimeType, quality } = event.data;
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  try {
    const context = canvas.getContext('bitmaprenderer');
    if (!context) throw new Error('No bitmaprenderer context');
    context.transferFromImageBitmap(bitmap);
    const blob = await canvas.convertToBlob({ type: mimeType, quality });
    scope.postMessage({ id, blob } satisfies EncodeReply);
  } catch (error) {
    bitmap.close();
    scope.postMessage({ id, error: String(error) } satisfies EncodeReply);
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
};
