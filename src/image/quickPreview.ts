import { decodeJpegPreviewInWorker } from './decoderWorkers';
import { inspectFile, type Inspection } from './inspectFile';
import { PREVIEW_SIDE, wantsPreview } from './previewPlan';
import type { ImageFormat } from './sniff';
import { thumbnailPreview } from './thumbnailPreview';

/** Formats every current browser's <img> decodes. HEIC waits for the worker's libheif. */
const IMG_FORMATS: ReadonlySet<ImageFormat> = new Set(['jpeg', 'png', 'webp', 'gif', 'bmp', 'avif']);

/**
 * A quick first look at a large photo, while the worker prepares the sharp working copy.
 *
 * - A big JPEG is decoded at 1/8 (or 1/4) scale by WebCodecs' ImageDecoder, in the warm decode
 *   worker, for a fraction of a full decode (12 MP: ≈ 35 ms against ≈ 75 ms). The worker is asked
 *   at once, with the file alone, before this thread has its header: it reads and checks the
 *   header itself (never a non-image, never one over the size limit: a decompression bomb could
 *   take the tab down), then reads the whole file and decodes it. Waiting for this thread's header,
 *   then its render of the new photo, had held the decode back by 5–15 ms and more.
 * - Other formats, or where the page has no ImageDecoder (WebKit: nor has the worker, which is then
 *   not asked), go through an <img> drawn once onto a small canvas: Chromium decodes a JPEG at
 *   reduced scale when an <img> is drawn small with an identity transform, whereas
 *   createImageBitmap with a small resize still decodes in full. Only raster formats, never SVG,
 *   and only once this thread's inspection has passed.
 *
 * Resolves null when there is nothing to preview; import errors are left to the worker to report.
 */
export async function quickPreview(
  file: Blob,
  signal: AbortSignal,
  /** The file's inspection (or the one under way) when the caller has it: saves reading the header twice. */
  inspected?: Inspection | Promise<Inspection>,
): Promise<HTMLCanvasElement | ImageBitmap | null> {
  if (signal.aborted) return null;
  // The worker's scaled decode starts at once, side by side with this thread's inspection and its
  // look for an embedded thumbnail (a few kilobytes read): most photos have none fit to show.
  const scaledStop = new AbortController();
  const stopScaled = () => scaledStop.abort();
  signal.addEventListener('abort', stopScaled, { once: true });
  const scaled =
    typeof ImageDecoder !== 'undefined' ? decodeJpegPreviewInWorker(file, scaledStop.signal) : undefined;
  let scaledTaken = false;
  try {
    let inspection: Inspection;
    try {
      inspection = await (inspected ?? inspectFile(file));
    } catch {
      return null;
    }
    if (!wantsPreview(inspection) || signal.aborted) return null;
    const thumbnail = await thumbnailPreview(file, inspection, signal);
    if (thumbnail) return thumbnail;
    if (!IMG_FORMATS.has(inspection.format) || signal.aborted) return null;
    if (scaled && inspection.format === 'jpeg') {
      scaledTaken = true;
      const bitmap = await scaled;
      performance.mark('cornflower:preview-decoded');
      if (signal.aborted) {
        bitmap?.close();
        return null;
      }
      if (bitmap) return bitmap;
    }
    return await viaImageElement(file, signal);
  } finally {
    signal.removeEventListener('abort', stopScaled);
    // Not the first look after all (no JPEG, no preview wanted, a thumbnail won, or an abort or
    // error came first): stopped, and its pixels go should it still come.
    if (scaled && !scaledTaken) {
      stopScaled();
      void scaled.then((bitmap) => bitmap?.close());
    }
  }
}

async function viaImageElement(file: Blob, signal: AbortSignal): Promise<HTMLCanvasElement | null> {
  const url = URL.createObjectURL(file);
  const image = new Image();
  image.decoding = 'async';
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('preview failed'));
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      image.src = url;
    });
    const scale = Math.min(1, PREVIEW_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.imageSmoothingQuality = 'medium';
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } catch {
    return null;
  } finally {
    image.src = '';
    URL.revokeObjectURL(url);
  }
}
