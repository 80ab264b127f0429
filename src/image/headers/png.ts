import { ascii, need, u32 } from '../bytes';
import { ImportError } from '../errors';
import type { Orientation } from '../orientation';
import { readExifOrientation } from './exif';

export interface PngHeader {
  width: number;
  height: number;
  orientation: Orientation;
}

const SIGNATURE_LENGTH = 8;

/**
 * IHDR gives the size; an eXIf chunk before the image data gives the orientation, which Chromium
 * applies to PNGs (checked: a PNG with eXIf orientation 6 comes out of createImageBitmap turned).
 * The chunks are walked up to the first IDAT; running out before it means the file was cut off.
 * The dimensions are handed to `onSize` as soon as IHDR is read, so a "PNG bomb" is refused even
 * when the rest of its header is missing.
 */
export function readPngHeader(
  bytes: Uint8Array,
  onSize?: (width: number, height: number) => void,
): PngHeader {
  let offset = SIGNATURE_LENGTH;
  need(bytes, offset + 8);
  const ihdrLength = u32(bytes, offset);
  if (ascii(bytes, offset + 4, 4) !== 'IHDR' || ihdrLength !== 13) throw new ImportError('decodeFailed');
  const width = u32(bytes, offset + 8);
  const height = u32(bytes, offset + 12);
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff)
    throw new ImportError('decodeFailed');
  onSize?.(width, height);
  offset += 12 + ihdrLength;

  let orientation: Orientation = 1;
  for (;;) {
    need(bytes, offset + 8);
    const length = u32(bytes, offset);
    const type = ascii(bytes, offset + 4, 4);
    if (type === 'IDAT') return { width, height, orientation };
    if (type === 'IEND') throw new ImportError('decodeFailed');
    if (type === 'eXIf') {
      need(bytes, offset + 8 + length);
      orientation = readExifOrientation(bytes.subarray(offset + 8, offset + 8 + length));
    }
    offset += 12 + length;
  }
}
