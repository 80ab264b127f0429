import { ImportError } from './errors';
import { readBmpHeader } from './headers/bmp';
import { readGifHeader } from './headers/gif';
import { readHeifHeader } from './headers/heif';
import { readJpegHeader } from './headers/jpeg';
import { readPngHeader } from './headers/png';
import { readWebpHeader } from './headers/webp';
import { swapsAxes, type Orientation } from './orientation';
import type { ImageFormat } from './sniff';

export type { Orientation } from './orientation';

/** The stored size and EXIF orientation (1 when absent), read before anything is decoded. */
export interface ImageHeader {
  width: number;
  height: number;
  orientation: Orientation;
}

/**
 * Above this the file is refused before decoding: a 100 Mpx RGBA bitmap is already 400 MB, and a
 * tiny file can claim far more (a "decompression bomb") and take the tab down.
 */
export const MAX_MEGAPIXELS = 100;

/**
 * Refuses sizes over MAX_MEGAPIXELS with 'tooLarge'. The megapixels for the message are rounded, but
 * never down to the limit itself: 10001×10000 is 100.01 Mpx, and "it has 100 megapixels, and the
 * limit is 100" would contradict itself, so it reads 101.
 */
export function assertNotTooLarge(width: number, height: number): void {
  const megapixels = (width * height) / 1_000_000;
  if (megapixels > MAX_MEGAPIXELS) {
    throw new ImportError('tooLarge', { megapixels: Math.max(MAX_MEGAPIXELS + 1, Math.round(megapixels)) });
  }
}

/**
 * Reads the size and orientation from the header of an image already sniffed as `format`.
 * Throws ImportError: 'truncated' when the header is cut off (the caller may retry with more of the
 * file), 'decodeFailed' when it is malformed, 'tooLarge' over MAX_MEGAPIXELS — the latter as soon
 * as the size is known, even if the rest of the header is missing.
 */
export function readHeader(bytes: Uint8Array, format: ImageFormat): ImageHeader {
  const header = readFormatHeader(bytes, format);
  assertNotTooLarge(header.width, header.height);
  return header;
}

function readFormatHeader(bytes: Uint8Array, format: ImageFormat): ImageHeader {
  switch (format) {
    case 'jpeg': {
      const { width, height, orientation } = readJpegHeader(bytes, assertNotTooLarge);
      return { width, height, orientation };
    }
    case 'png':
      return readPngHeader(bytes, assertNotTooLarge);
    case 'gif':
      return { ...readGifHeader(bytes), orientation: 1 };
    case 'bmp':
      return { ...readBmpHeader(bytes), orientation: 1 };
    case 'webp':
      return { ...readWebpHeader(bytes), orientation: 1 };
    case 'avif':
    case 'heic':
      return readHeifHeader(bytes);
  }
}

/** The upright size: orientations 5–8 turn the picture a quarter, swapping width and height. */
export function orientedSize(header: ImageHeader): { width: number; height: number } {
  return swapsAxes(header.orientation)
    ? { width: header.height, height: header.width }
    : { width: header.width, height: header.height };
}
