import { ascii, need, u16, u24le, u32, u8 } from '../bytes';
import { ImportError } from '../errors';

/**
 * WebP size from the first chunk, in its three flavours: 'VP8 ' (lossy), 'VP8L' (lossless) and
 * 'VP8X' (extended: alpha, animation, metadata). Orientation is always 1: browsers ignore an EXIF
 * orientation in WebP (checked in Chromium: a VP8X file with EXIF orientation 6 is not turned).
 */
export function readWebpHeader(bytes: Uint8Array): { width: number; height: number } {
  if (ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') throw new ImportError('decodeFailed');
  need(bytes, 16); // RIFF header and the first chunk's code
  const chunk = ascii(bytes, 12, 4);
  const data = 20;
  let width: number;
  let height: number;
  if (chunk === 'VP8 ') {
    // 3-byte frame tag (bit 0 clear on a key frame), start code 9D 01 2A, then 14-bit sizes.
    const keyFrame = (u8(bytes, data) & 1) === 0;
    if (
      !keyFrame ||
      u8(bytes, data + 3) !== 0x9d ||
      u8(bytes, data + 4) !== 0x01 ||
      u8(bytes, data + 5) !== 0x2a
    ) {
      throw new ImportError('decodeFailed');
    }
    width = u16(bytes, data + 6, true) & 0x3fff;
    height = u16(bytes, data + 8, true) & 0x3fff;
  } else if (chunk === 'VP8L') {
    if (u8(bytes, data) !== 0x2f) throw new ImportError('decodeFailed');
    const bits = u32(bytes, data + 1, true);
    width = (bits & 0x3fff) + 1;
    height = ((bits >>> 14) & 0x3fff) + 1;
  } else if (chunk === 'VP8X') {
    width = u24le(bytes, data + 4) + 1;
    height = u24le(bytes, data + 7) + 1;
  } else {
    throw new ImportError('decodeFailed');
  }
  if (width === 0 || height === 0) throw new ImportError('decodeFailed');
  return { width, height };
}
