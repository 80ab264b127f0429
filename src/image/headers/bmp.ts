import { ascii, i32le, u16, u32 } from '../bytes';
import { ImportError } from '../errors';

const CORE_HEADER_SIZE = 12; // OS/2 1.x BITMAPCOREHEADER: 16-bit unsigned size

/**
 * BMP size from the DIB header. A negative height means the rows are stored top-down; the picture
 * is as tall as the absolute value. BMP has no orientation.
 */
export function readBmpHeader(bytes: Uint8Array): { width: number; height: number } {
  if (ascii(bytes, 0, 2) !== 'BM') throw new ImportError('decodeFailed');
  const dibSize = u32(bytes, 14, true);
  if (dibSize === CORE_HEADER_SIZE) {
    const width = u16(bytes, 18, true);
    const height = u16(bytes, 20, true);
    if (width === 0 || height === 0) throw new ImportError('decodeFailed');
    return { width, height };
  }
  if (dibSize < 16) throw new ImportError('decodeFailed');
  const width = i32le(bytes, 18);
  const height = i32le(bytes, 22);
  if (width <= 0 || height === 0 || height === -0x80000000) throw new ImportError('decodeFailed');
  return { width, height: Math.abs(height) };
}
