import { ascii, u16, u8 } from '../bytes';
import { ImportError } from '../errors';

const EXTENSION = 0x21;
const IMAGE_DESCRIPTOR = 0x2c;
const TRAILER = 0x3b;

/**
 * The size a browser allocates for a GIF: the logical screen, grown to hold the first frame.
 * Checked in Chromium: a 1×1 screen with a 4×2 frame at (3, 1) decodes to 7×3, a 0×0 screen with a
 * 4×2 frame to 4×2; so a 98 KB file with a 1×1 screen and a 12000×12000 frame decodes to 144 Mpx.
 * Later frames are clipped to that size in Chromium, but other engines may differ, so every frame
 * found in `bytes` counts (a bound, not a promise: frames past the bytes we were given are not seen).
 *
 * The blocks are walked up to the first frame, which must be there ('truncated' if the bytes end
 * first); after it, the walk stops quietly at the end of `bytes`. Every step moves forward by at
 * least one byte, so the walk is bounded by the bytes given. GIF has no orientation.
 */
export function readGifHeader(bytes: Uint8Array): { width: number; height: number } {
  const signature = ascii(bytes, 0, 6);
  if (signature !== 'GIF87a' && signature !== 'GIF89a') throw new ImportError('decodeFailed');
  let width = u16(bytes, 6, true);
  let height = u16(bytes, 8, true);
  const screenFlags = u8(bytes, 10);
  let offset = 13 + colourTableBytes(screenFlags);

  let frames = 0;
  for (;;) {
    // After the first frame, running out of bytes ends the walk rather than the read.
    if (frames > 0 && offset >= bytes.length) break;
    const introducer = u8(bytes, offset);
    if (introducer === EXTENSION) {
      offset = skipSubBlocks(bytes, offset + 2, frames > 0);
    } else if (introducer === IMAGE_DESCRIPTOR) {
      if (frames > 0 && offset + 10 > bytes.length) break;
      const left = u16(bytes, offset + 1, true);
      const top = u16(bytes, offset + 3, true);
      const frameWidth = u16(bytes, offset + 5, true);
      const frameHeight = u16(bytes, offset + 7, true);
      width = Math.max(width, left + frameWidth);
      height = Math.max(height, top + frameHeight);
      frames++;
      // Local colour table, then the LZW minimum code size, then the data's sub-blocks.
      offset = skipSubBlocks(bytes, offset + 10 + colourTableBytes(u8(bytes, offset + 9)) + 1, true);
    } else if (introducer === TRAILER && frames > 0) {
      break;
    } else {
      // A trailer or anything else before the first frame: nothing a browser could show.
      if (frames === 0) throw new ImportError('decodeFailed');
      break; // garbage after a frame: decoders stop there and show what they have
    }
  }
  if (width === 0 || height === 0) throw new ImportError('decodeFailed');
  return { width, height };
}

function colourTableBytes(flags: number): number {
  return flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0;
}

/**
 * Skips data sub-blocks (a length byte, that many bytes; a zero length ends them) from `offset`.
 * With `lenient`, the end of `bytes` ends the skip instead of throwing 'truncated'.
 */
function skipSubBlocks(bytes: Uint8Array, offset: number, lenient: boolean): number {
  for (;;) {
    if (lenient && offset >= bytes.length) return bytes.length;
    const size = u8(bytes, offset);
    offset += 1 + size;
    if (size === 0) return offset;
  }
}
