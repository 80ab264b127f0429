// Encodes the finished picture off the main thread, where the page's own encoder would wait: see
// src/export/encodePicture.ts (Chromium's toBlob in a cross-origin iframe: 6.7 s, here 13 ms).
import type { EncodeReply, EncodeRequest } from './encodeProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<EncodeRequest>) => {
  const { id, bitmap, mimeType, quality } = event.data;
  const canvas = new OffscreenCanvas(bitmap?.width ?? 1, bitmap?.height ?? 1);
  try {
    // A 2d context, not bitmaprenderer: WebKit refuses to encode a bitmaprenderer canvas.
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2d context');
    if (bitmap) context.drawImage(bitmap, 0, 0);
    const blob = await canvas.convertToBlob({ type: mimeType, quality });
    scope.postMessage({ id, blob } satisfies EncodeReply);
  } catch (error) {
    scope.postMessage({ id, error: String(error) } satisfies EncodeReply);
  } finally {
    bitmap?.close();
    canvas.width = 0;
    canvas.height = 0;
  }
};
