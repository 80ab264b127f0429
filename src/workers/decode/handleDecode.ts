import type { DecodeRequest, DecoderReply, SourceInfo } from '../../image/decoderProtocol';
import { ImportError } from '../../image/errors';
import { orientedSize } from '../../image/header';
import { inspectFile } from '../../image/inspectFile';
import type { ImageFormat } from '../../image/sniff';
import { looksTruncated } from '../../image/truncation';
import { fitWithin } from '../../image/workingSize';
import { decodeUpright } from './decodeBitmap';
import { decodeHeic } from './decodeHeic';
import { decodeScaledJpeg } from './decodeScaledJpeg';
import { probeResizeSupport } from './resizeSupport';

export type Post = (reply: DecoderReply, transfer?: Transferable[]) => void;

/**
 * One photo, start to end: sniff and header from the first bytes (refusing non-images and images
 * over MAX_MEGAPIXELS before any decoding), then the working copy: a big JPEG at reduced DCT scale
 * where ImageDecoder can (skipScaledJpeg: tests), else one full upright decode, resized. Always ends
 * with exactly one 'done', 'legacyResize' or 'error' reply.
 */
export async function handleDecode(request: DecodeRequest, post: Post): Promise<void> {
  const { id, file } = request;
  let format: ImageFormat | undefined;
  try {
    const inspection = await inspectFile(file);
    format = inspection.format;
    const source = orientedSize(inspection.header);
    const info: SourceInfo = { format, sourceWidth: source.width, sourceHeight: source.height };
    const support = await probeResizeSupport();
    const target = fitWithin(source, request.maxSide);
    const canResize = support.resize && !request.forceLegacyResize;

    if (format === 'heic') {
      // Where the browser decodes HEIC itself (Safari) that is faster than wasm; Chromium and Firefox
      // reject at once and we fall through to libheif. (Only the fall-through is tested here.)
      const native = canResize
        ? await decodeUpright(file, target, support).catch(() => undefined)
        : undefined;
      if (native) {
        post({ type: 'done', id, bitmap: native, ...turnedLike(info, native) }, [native]);
        return;
      }
      const heic = await decodeHeic(file, request.maxSide, canResize);
      post(
        { type: 'done', id, bitmap: heic.bitmap, format, sourceWidth: heic.width, sourceHeight: heic.height },
        [heic.bitmap],
      );
      return;
    }
    if (!canResize) {
      // The legacy path decodes through <img> in Safari, which shows a cut-off file half grey
      // instead of failing, so the cut must be found here, before.
      if (await looksTruncated(file, format)) throw new ImportError('truncated');
      post({ type: 'legacyResize', id, ...info });
      return;
    }
    const scaled =
      format === 'jpeg' && !request.skipScaledJpeg ? await decodeScaledJpeg(file, source, target) : undefined;
    if (scaled) {
      post({ type: 'done', id, bitmap: scaled, ...turnedLike(info, scaled) }, [scaled]);
      return;
    }
    const bitmap = await decodeUpright(file, target, support);
    post({ type: 'done', id, bitmap, ...turnedLike(info, bitmap) }, [bitmap]);
  } catch (error) {
    post(await errorReply(id, error, file, format));
  }
}

/**
 * The source size turned the way the decoded bitmap stands: the bitmap's size comes from the
 * browser's own upright decode, which wins where our reading of an odd EXIF block differs.
 */
function turnedLike(info: SourceInfo, bitmap: ImageBitmap): SourceInfo {
  const headerPortrait = info.sourceHeight > info.sourceWidth;
  const bitmapPortrait = bitmap.height > bitmap.width;
  if (headerPortrait === bitmapPortrait || bitmap.width === bitmap.height) return info;
  return { ...info, sourceWidth: info.sourceHeight, sourceHeight: info.sourceWidth };
}

/**
 * ImportErrors pass through. Anything else is the decoder giving up (createImageBitmap's
 * InvalidStateError, libheif): look at bounded slices of the file (head, tail, box headers) to tell
 * a cut-off file from a damaged one.
 */
async function errorReply(
  id: number,
  error: unknown,
  file: Blob,
  format: ImageFormat | undefined,
): Promise<DecoderReply> {
  if (error instanceof ImportError) {
    return {
      type: 'error',
      id,
      code: error.code,
      ...(error.megapixels === undefined ? {} : { megapixels: error.megapixels }),
    };
  }
  if (format) {
    try {
      if (await looksTruncated(file, format)) return { type: 'error', id, code: 'truncated' };
    } catch {
      // could not even read it again: fall through to the generic code
    }
  }
  return { type: 'error', id, code: format === 'heic' ? 'heicFailed' : 'decodeFailed' };
}
