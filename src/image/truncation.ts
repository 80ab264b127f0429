import { BlobReader } from './blobReader';
import { ascii, i32le, u16, u32, u8 } from './bytes';
import { ImportError } from './errors';
import { jpegHeaderSlices, topLevelBoxes } from './headerSlices';
import { readJpegHeader } from './headers/jpeg';
import { HEAD_BYTES } from './inspectFile';
import { readBox } from './isobmff';
import type { ImageFormat } from './sniff';

/** Files up to this size are checked whole; bigger ones by their head and tail. */
const WHOLE_FILE_BYTES = 1024 * 1024;
/** The end of a big file, where its end marker must be (a phone may append some data after it). */
const TAIL_BYTES = 256 * 1024;
const BUDGET = 2 * 1024 * 1024;

/**
 * Asked only after the decoder failed, to tell the user the right thing: was the file cut off
 * (copied or downloaded incompletely → 'truncated') or is it damaged some other way ('decodeFailed')?
 * Checks that the structure the format promises reaches its end. Browsers refuse a cut-off file
 * themselves (Chromium rejects createImageBitmap for every format cut short), so this never runs
 * on the happy path and cannot refuse a file a browser would show.
 *
 * Reads bounded slices only (the whole file up to 1 MB; else its head, its tail and a few box
 * headers, at most 2 MB), since it runs on the main thread too (importPhoto's legacy path).
 */
export async function looksTruncated(file: Blob, format: ImageFormat): Promise<boolean> {
  try {
    const reader = new BlobReader(file, BUDGET);
    if (file.size <= WHOLE_FILE_BYTES) return bytesLookTruncated(await reader.bytes(0, file.size), format);
    const head = await reader.bytes(0, HEAD_BYTES);
    const tail = (from: number): Promise<Uint8Array> =>
      reader.bytes(Math.max(from, file.size - TAIL_BYTES), file.size);
    switch (format) {
      case 'jpeg': {
        let scanOffset: number | undefined;
        try {
          scanOffset = readJpegHeader(head).scanOffset;
        } catch {
          scanOffset = (await jpegHeaderSlices(reader)).scanOffset;
        }
        if (scanOffset === undefined) return true;
        return !hasEndMarker(await tail(scanOffset + 2));
      }
      case 'png':
        return !hasIend(await tail(0));
      case 'gif': {
        if (!firstGifFrameBeyond(head)) return false;
        const end = await tail(0);
        return end[end.length - 1] !== 0x3b; // the trailer
      }
      case 'webp':
        return 8 + u32(head, 4, true) > file.size;
      case 'bmp':
        return bmpTruncated(head, file.size);
      case 'avif':
      case 'heic':
        return (await topLevelBoxes(reader)).some((box) => box.end > file.size);
    }
  } catch (error) {
    return error instanceof ImportError && error.code === 'truncated';
  }
}

/** The same question for a whole file in memory. */
export function bytesLookTruncated(bytes: Uint8Array, format: ImageFormat): boolean {
  try {
    switch (format) {
      case 'jpeg':
        return jpegTruncated(bytes);
      case 'png':
        return pngTruncated(bytes);
      case 'gif':
        return firstGifFrameBeyond(bytes);
      case 'webp':
        return 8 + u32(bytes, 4, true) > bytes.length;
      case 'bmp':
        return bmpTruncated(bytes, bytes.length);
      case 'avif':
      case 'heic':
        return isobmffTruncated(bytes);
    }
  } catch (error) {
    return error instanceof ImportError && error.code === 'truncated';
  }
}

function hasEndMarker(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 2; i >= 0; i--) if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  return false;
}

/** An IEND chunk: zero length, then its type. */
function hasIend(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 8; i >= 0; i--) {
    if (bytes[i + 4] === 0x49 && ascii(bytes, i, 8) === '\0\0\0\0IEND') return true;
  }
  return false;
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

/**
 * Only the first frame is shown, so the file is complete enough once that frame's data ends: true
 * when it ends past `bytes` (throws 'truncated' when even its descriptor is).
 */
function firstGifFrameBeyond(bytes: Uint8Array): boolean {
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

function bmpTruncated(bytes: Uint8Array, fileSize: number): boolean {
  const pixelOffset = u32(bytes, 10, true);
  const dibSize = u32(bytes, 14, true);
  const core = dibSize === 12;
  const width = core ? u16(bytes, 18, true) : i32le(bytes, 18);
  const height = Math.abs(core ? u16(bytes, 20, true) : i32le(bytes, 22));
  const bitsPerPixel = u16(bytes, core ? 24 : 28, true);
  const compression = core ? 0 : u32(bytes, 30, true);
  const BI_RGB = 0;
  const BI_BITFIELDS = 3;
  if (compression !== BI_RGB && compression !== BI_BITFIELDS) return pixelOffset >= fileSize; // RLE/JPEG/PNG inside: length unknown
  const rowBytes = Math.floor((bitsPerPixel * width + 31) / 32) * 4;
  return pixelOffset + rowBytes * height > fileSize;
}

function isobmffTruncated(bytes: Uint8Array): boolean {
  for (let offset = 0; offset < bytes.length;) {
    const box = readBox(bytes, offset, Infinity);
    if (box.end > bytes.length && Number.isFinite(box.end)) return true;
    offset = box.end;
  }
  return false;
}
