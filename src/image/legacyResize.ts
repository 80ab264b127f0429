import type { SourceInfo } from './decoderProtocol';
import { EXTENSIONS, MIME_TYPES } from './mimeTypes';

let forced = false;

/**
 * Tests: make importPhoto take the path of browsers whose createImageBitmap cannot resize, in a
 * browser that can. Affects imports started afterwards.
 */
export function forceLegacyResize(enabled: boolean): void {
  forced = enabled;
}

export function isLegacyResizeForced(): boolean {
  return forced;
}

/**
 * The working copy for browsers without createImageBitmap resize options (older Safari, detected by
 * a feature test in the worker), made by browser-image-compression on the main thread:
 *
 * - `useWebWorker: false`: its own web worker importScripts() the library from cdn.jsdelivr.net
 *   unless `libURL` is set, and nothing may be fetched from a CDN (the photo never leaves the device,
 *   and the app must work offline / under a strict CSP).
 * - Main thread, not our worker: on Safari — the only engine that needs this path — the library
 *   deliberately skips createImageBitmap (its issue #118) and decodes through `new Image()`, which
 *   does not exist in workers. Checked in a Chromium worker: the library works there, but with its
 *   browser detection set to Safari it fails with "ReferenceError: Image is not defined". It would
 *   run in our worker only in browsers that never need it.
 * - The library draws the whole photo into one canvas first, shrunk to fit its own per-browser
 *   limit: 4096×4096 on iOS (the limit our rule exists for), but 16384×16384 on desktop Safari. So
 *   on this path only, a photo over 16.7 Mpx on a desktop makes a canvas over 4096×4096 (a known
 *   exception: desktop engines allow it). It applies the EXIF orientation where the engine does not.
 * - It re-encodes: JPEG stays JPEG (quality 0.92); other formats become PNG to keep transparency
 *   (the library quantises PNG to 4096 colours). `maxIteration: 1` stops it from shrinking quality
 *   over and over to beat the original's file size, which we do not care about.
 */
export async function legacyResize(
  file: Blob,
  info: SourceInfo,
  maxSide: number,
  signal?: AbortSignal,
): Promise<ImageBitmap> {
  const { default: imageCompression } = await import('browser-image-compression');
  const opaque = info.format === 'jpeg';
  // The library trusts File.type, and the real one may be missing or lie: use the sniffed format.
  const typed = new File([file], `photo.${EXTENSIONS[info.format]}`, { type: MIME_TYPES[info.format] });
  const resized = await imageCompression(typed, {
    maxWidthOrHeight: maxSide,
    useWebWorker: false,
    fileType: opaque ? 'image/jpeg' : 'image/png',
    initialQuality: opaque ? 0.92 : 1,
    maxIteration: 1,
    ...(signal ? { signal } : {}),
  });
  return createImageBitmap(resized);
}
