import { ascii, u16, u32 } from '../bytes';
import { isOrientation, type Orientation } from '../orientation';

const ORIENTATION_TAG = 0x0112;
const EXIF_IFD_TAG = 0x8769;
const SHORT = 3;
const LONG = 4;
const ENTRY_BYTES = 12;

/**
 * The Orientation from a TIFF-structured Exif block (starting at its "II"/"MM" byte-order mark), as
 * in a JPEG APP1 after "Exif\0" and one more byte, or a PNG eXIf chunk — read the way Chromium reads
 * it, so that our header and the browser's own upright decode agree (each rule checked in Chromium
 * 156 with generated JPEGs, tests/browser/image-import.test.ts "odd EXIF"):
 * - IFD0's entries in order; an Exif sub-IFD pointer (0x8769) is followed where it stands, one level;
 * - the first Orientation entry of type SHORT, count 1 and a value 1–8 wins; any other Orientation
 *   entry (count 2, type LONG, value 9) is passed over, and a later valid one still counts;
 * - IFD1 (the thumbnail's), the GPS IFD and anything malformed are ignored: orientation 1.
 * The app never relies on this alone: sizes come from the decoded bitmap (see README), so an engine
 * that reads EXIF another way still gets an undistorted photo.
 */
export function readExifOrientation(tiff: Uint8Array): Orientation {
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return 1;
  const little = order === 'II';
  try {
    if (u16(tiff, 2, little) !== 42) return 1;
    return searchIfd(tiff, u32(tiff, 4, little), little, true) ?? 1;
  } catch {
    return 1; // offsets pointing outside the block
  }
}

function searchIfd(tiff: Uint8Array, ifd: number, little: boolean, root: boolean): Orientation | undefined {
  const count = u16(tiff, ifd, little);
  // At most 65535 entries of 12 bytes, each read bounds-checked: an entry past the block ends the
  // search (u16 throws 'truncated', caught by the caller).
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * ENTRY_BYTES;
    const tag = u16(tiff, entry, little);
    const type = u16(tiff, entry + 2, little);
    const valueCount = u32(tiff, entry + 4, little);
    if (tag === ORIENTATION_TAG && type === SHORT && valueCount === 1) {
      const value = u16(tiff, entry + 8, little);
      if (isOrientation(value)) return value;
    } else if (root && tag === EXIF_IFD_TAG && type === LONG && valueCount === 1) {
      const found = searchSubIfd(tiff, u32(tiff, entry + 8, little), little);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function searchSubIfd(tiff: Uint8Array, ifd: number, little: boolean): Orientation | undefined {
  try {
    return searchIfd(tiff, ifd, little, false);
  } catch {
    return undefined; // a sub-IFD outside the block: IFD0's later entries still count
  }
}
