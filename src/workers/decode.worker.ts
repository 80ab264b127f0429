// The decode worker (typed against the WebWorker lib by ./tsconfig.json): File → sniff → header → decoded, downscaled ImageBitmap, off the main thread.
// Created by src/image/decoderWorkers.ts; the message protocol is in src/image/decoderProtocol.ts.
import type { DecoderReply, DecoderRequest } from '../image/decoderProtocol';
import { handleDecode } from './decode/handleDecode';
import { previewJpeg } from './decode/previewJpeg';
import { probeResizeSupport } from './decode/resizeSupport';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Answer the feature test while the worker waits for its first photo (see warmUpDecoder).
void probeResizeSupport();

/** The first looks being decoded, by request id, so that a cancel can stop one. */
const previews = new Map<number, AbortController>();

function post(reply: DecoderReply, transfer: Transferable[] = []): void {
  scope.postMessage(reply, transfer);
}

scope.addEventListener('message', (event: MessageEvent<DecoderRequest>) => {
  const request = event.data;
  if (request.type === 'resources') {
    // Tests: this worker's own resource timing (a page cannot see a worker's fetches).
    post({
      type: 'resources',
      id: request.id,
      urls: performance.getEntriesByType('resource').map((entry) => entry.name),
    });
    return;
  }
  if (request.type === 'preview') {
    const { id, file } = request;
    const controller = new AbortController();
    previews.set(id, controller);
    void previewJpeg(file, controller.signal).then((bitmap) => {
      previews.delete(id);
      if (bitmap && controller.signal.aborted) bitmap.close();
      const kept = controller.signal.aborted ? undefined : bitmap;
      post({ type: 'preview', id, bitmap: kept ?? null }, kept ? [kept] : []);
    });
    return;
  }
  if (request.type === 'cancelPreview') {
    previews.get(request.id)?.abort();
    return;
  }
  void handleDecode(request, post);
});
