import { ascii, u16, u32 } from '../bytes';
import { isOrientation, type Orientation } from '../orientation';

const ORIENTATION_TAG = 0x0112;
const SHORT = 3;

/**
 * IFD0's Orientation from a TIFF-structured Exif block (starting at its "II"/"MM" byte-order mark),
 * as in a JPEG APP1 after "Exif\0\0" or a PNG eXIf chunk. Anything malformed reads as 1: browsers
 * still show such photos, just without turning them, so refusing them would be wrong.
 */
export function readExifOrientation(tiff: Uint8Array): Orientation {
  try {
    const order = ascii(tiff, 0, 2);
    if (order !== 'II' && order !== 'MM') return 1;
    const little = order === 'II';
    if (u16(tiff, 2, little) !== 42) return 1;
    const ifd = u32(tiff, 4, little);
    const count = u16(tiff, ifd, little);
    for (let i = 0; i < count; i++) {
      const entry = ifd + 2 + i * 12;
      if (u16(tiff, entry, little) !== ORIENTATION_TAG) continue;
      if (u16(tiff, entry + 2, little) !== SHORT) return 1;
      const value = u16(tiff, entry + 8, little);
      return isOrientation(value) ? value : 1;
    }
    return 1;
  } catch {
    return 1; // offsets pointing outside the block
  }
}
