// The decode worker (typed against the WebWorker lib by ./tsconfig.json): File → sniff → header → decoded, downscaled ImageBitmap, off the main thread.
// Created by src/image/decoderWorkers.ts; the message protocol is in src/image/decoderProtocol.ts.
import type { DecoderReply, DecoderRequest } from '../image/decoderProtocol';
import { decodeJpegScaled } from '../image/decodeJpegScaled';
import { handleDecode } from './decode/handleDecode';
import { probeResizeSupport } from './decode/resizeSupport';

const scope = self as unknown as DedicatedWorkerGlobalScope;

// Answer the feature test while the worker waits for its first photo (see warmUpDecoder).
void probeResizeSupport();

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
    const { id, file, width, height, reduction } = request;
    void decodeJpegScaled(file, { width, height }, reduction).then((bitmap) =>
      post({ type: 'preview', id, bitmap: bitmap ?? null }, bitmap ? [bitmap] : []),
    );
    return;
  }
  void handleDecode(request, post);
});
