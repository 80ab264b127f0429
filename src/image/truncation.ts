import { ascii, i32le, u16, u32, u8 } from './bytes';
import { ImportError } from './errors';
import { readJpegHeader } from './headers/jpeg';
import { readBox } from './isobmff';
import type { ImageFormat } from './sniff';

/**
 * Asked only after the decoder failed, to tell the user the right thing: was the file cut off
 * (copied or downloaded incompletely → 'truncated') or is it damaged some other way ('decodeFailed')?
 * Checks that the structure the format promises reaches its end. Browsers refuse a cut-off file
 * themselves (Chromium rejects createImageBitmap for every format cut short), so this never runs
 * on the happy path and cannot refuse a file a browser would show.
 */
export function looksTruncated(bytes: Uint8Array, format: ImageFormat): boolean {
  try {
    switch (format) {
      case 'jpeg':
        return jpegTruncated(bytes);
      case 'png':
        return pngTruncated(bytes);
      case 'gif':
        return gifTruncated(bytes);
      case 'webp':
        return 8 + u32(bytes, 4, true) > bytes.length;
      case 'bmp':
        return bmpTruncated(bytes);
      case 'avif':
      case 'heic':
        return isobmffTruncated(bytes);
    }
  } catch (error) {
    return error instanceof ImportError && error.code === 'truncated';
  }
}

/** Complete when an EOI marker follows the first scan; FF D9 cannot occur inside entropy-coded data. */
function jpegTruncated(bytes: Uint8Array): boolean {
  const { scanOffset } = readJpegHeader(bytes);
  for (let i = bytes.length - 2; i > scanOffset; i--) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return false;
  }
  return true;
}

function pngTruncated(bytes: Uint8Array): boolean {
  for (let offset = 8; ;) {
    const length = u32(bytes, offset);
    const type = ascii(bytes, offset + 4, 4);
    offset += 12 + length;
    if (offset > bytes.length) return true;
    if (type === 'IEND') return false;
  }
}

/** Only the first frame is shown, so the file is complete enough once that frame's data ends. */
function gifTruncated(bytes: Uint8Array): boolean {
  const flags = u8(bytes, 10);
  let offset = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  const skipSubBlocks = (): void => {
    for (let size = u8(bytes, offset); size !== 0; size = u8(bytes, offset)) offset += 1 + size;
    offset += 1;
  };
  for (;;) {
    const introducer = u8(bytes, offset);
    if (introducer === 0x21) {
      offset += 2; // introducer + extension label
      skipSubBlocks();
    } else if (introducer === 0x2c) {
      const imageFlags = u8(bytes, offset + 9);
      offset += 10 + (imageFlags & 0x80 ? 3 * 2 ** ((imageFlags & 7) + 1) : 0);
      offset += 1; // LZW minimum code size
      skipSubBlocks();
      return offset > bytes.length;
    } else {
      return false; // trailer or garbage before any frame: damaged, not cut off
    }
  }
}

function bmpTruncated(bytes: Uint8Array): boolean {
  const pixelOffset = u32(bytes, 10, true);
  const dibSize = u32(bytes, 14, true);
  const core = dibSize === 12;
  const width = core ? u16(bytes, 18, true) : i32le(bytes, 18);
  const height = Math.abs(core ? u16(bytes, 20, true) : i32le(bytes, 22));
  const bitsPerPixel = u16(bytes, core ? 24 : 28, true);
  const compression = core ? 0 : u32(bytes, 30, true);
  const BI_RGB = 0;
  const BI_BITFIELDS = 3;
  if (compression !== BI_RGB && compression !== BI_BITFIELDS) return pixelOffset >= bytes.length; // RLE/JPEG/PNG inside: length unknown
  const rowBytes = Math.floor((bitsPerPixel * width + 31) / 32) * 4;
  return pixelOffset + rowBytes * height > bytes.length;
}

function isobmffTruncated(bytes: Uint8Array): boolean {
  for (let offset = 0; offset < bytes.length;) {
    const box = readBox(bytes, offset, Infinity);
    if (box.end > bytes.length && Number.isFinite(box.end)) return true;
    offset = box.end;
  }
  return false;
}
