import { decodeJpegPreviewInWorker } from './decoderWorkers';
import { inspectFile, type Inspection } from './inspectFile';
import { orientedSize, type ImageHeader } from './header';
import type { ImageFormat } from './sniff';
import { thumbnailPreview } from './thumbnailPreview';

/** Formats every current browser's <img> decodes. HEIC waits for the worker's libheif. */
const IMG_FORMATS: ReadonlySet<ImageFormat> = new Set(['jpeg', 'png', 'webp', 'gif', 'bmp', 'avif']);
/** Below this the worker's sharp copy comes about as fast: no preview needed. */
const MIN_PREVIEW_PIXELS = 3_000_000;
/** Long side of the preview canvas: enough for a phone-sized editor until the sharp copy lands. */
const PREVIEW_SIDE = 720;

/**
 * A quick first look at a large photo, while the worker prepares the sharp working copy.
 *
 * The file is sniffed and its header checked on this thread first: only raster formats, never SVG,
 * and never an image over the size limit (a decompression bomb could take the tab down). Then:
 * - a JPEG is decoded at 1/8 (or 1/4) scale by WebCodecs' ImageDecoder, in the warm decode worker,
 *   for a fraction of a full decode (12 MP: ≈ 35 ms against ≈ 75 ms). There the file is read and the
 *   decode begun at once: on this thread, both waited for the page's render of the new photo;
 * - other formats, or where the worker has no ImageDecoder (WebKit), go through an <img> drawn once onto a
 *   small canvas: Chromium decodes a JPEG at reduced scale when an <img> is drawn small with an
 *   identity transform, whereas createImageBitmap with a small resize still decodes in full.
 *
 * Resolves null when there is nothing to preview; import errors are left to the worker to report.
 */
export async function quickPreview(
  file: Blob,
  signal: AbortSignal,
  /** The file's inspection when the caller has it already: saves reading the header twice. */
  inspected?: Inspection,
): Promise<HTMLCanvasElement | ImageBitmap | null> {
  let size: { width: number; height: number };
  let format: ImageFormat;
  let header: ImageHeader;
  try {
    const inspection = inspected ?? (await inspectFile(file));
    format = inspection.format;
    header = inspection.header;
    size = orientedSize(inspection.header);
  } catch {
    return null;
  }
  if (size.width * size.height < MIN_PREVIEW_PIXELS || signal.aborted) return null;
  // A JPEG's scaled decode (off this thread) starts at once, side by side with the look for an
  // embedded thumbnail (a few kilobytes read): most photos have none fit to show, and waiting for
  // that answer first held the decode back by the read and a render (README, Performance).
  const scaledStop = new AbortController();
  const stopScaled = () => scaledStop.abort();
  signal.addEventListener('abort', stopScaled, { once: true });
  // Where this thread has no ImageDecoder (WebKit) neither has the worker: it is not asked (and
  // stays free for the sharp copy).
  const scaled =
    format === 'jpeg' && typeof ImageDecoder !== 'undefined'
      ? decodeJpegPreviewInWorker(
          file,
          size,
          Math.max(size.width, size.height) / 8 >= PREVIEW_SIDE / 2 ? 8 : 4,
          scaledStop.signal,
        )
      : undefined;
  let scaledTaken = false;
  try {
    const thumbnail = await thumbnailPreview(file, { format, header }, signal);
    if (thumbnail) return thumbnail;
    if (!IMG_FORMATS.has(format) || signal.aborted) return null;
    if (scaled) {
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
    // Not the first look after all (a thumbnail won, or an abort or error came first): stopped, and
    // its pixels go should it still come.
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
