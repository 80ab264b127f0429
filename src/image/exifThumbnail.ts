import { BlobReader } from './blobReader';
import { ascii, u16, u32, u8 } from './bytes';
import { heifTiffBlock, type TiffBlock } from './heifExifItem';
import { readExifOrientation } from './headers/exif';
import { isExifApp1, isStandaloneMarker, readJpegHeader } from './headers/jpeg';
import type { Orientation } from './orientation';
import type { ImageFormat } from './sniff';

export { MAX_EXIF_ITEM_BYTES, MAX_META_BYTES } from './heifExifItem';

export interface ExifThumbnail {
  /** The embedded JPEG, a slice of the file (type image/jpeg); it has no EXIF of its own. */
  blob: Blob;
  /** Its pixel size, from its own SOF: the stored size, before `orientation`. */
  width: number;
  height: number;
  /** EXIF Orientation of IFD0 (1–8), 1 when absent: the thumbnail's pixels are stored like the photo's. */
  orientation: Orientation;
}

/** A JPEG's Exif APP1 must start in this many leading bytes (it is the first or second segment). */
export const JPEG_EXIF_SEARCH_BYTES = 64 * 1024;
/** An embedded thumbnail larger than this is not the small first-paint image we are after. */
export const MAX_THUMBNAIL_BYTES = 64 * 1024;
/**
 * The most one call reads, whatever the file claims: top-level box headers (≤ 64 KB of windows),
 * the meta box and the Exif item for HEIF; 64 KB plus the rest of the APP1 for a JPEG.
 */
export const EXIF_THUMBNAIL_READ_BUDGET = 512 * 1024;

const APP1 = 0xe1;
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const EXIF_PREFIX_BYTES = 6; // "Exif\0\0"
const IFD_ENTRY_BYTES = 12;
const TAG_JPEG_OFFSET = 0x0201; // JPEGInterchangeFormat
const TAG_JPEG_LENGTH = 0x0202; // JPEGInterchangeFormatLength
const SHORT = 3;
const LONG = 4;

/**
 * The JPEG thumbnail embedded in the photo's EXIF (IFD1), as a slice of the file, or null.
 *
 * For a first paint within milliseconds of choosing a big photo. Reads bounded slices only (at most
 * EXIF_THUMBNAIL_READ_BUDGET, typically one 64 KB read for a JPEG, three small ones for HEIF), and
 * resolves null for anything missing, odd or out of bounds; it never rejects.
 * - JPEG: the first Exif APP1 starting in the first 64 KB; the thumbnail must lie in its data.
 * - HEIC/AVIF: the first 'Exif' item of 'meta' (iinf/iloc, construction method 0, first extent);
 *   the thumbnail must lie in the item's first MAX_EXIF_ITEM_BYTES.
 * Other formats resolve null.
 *
 * The thumbnail is whatever the writer put there: it may be stale (an editor cropped the photo and
 * kept the old thumbnail) or letterboxed (160×120 with bars for a 3:2 photo). Compare its aspect
 * with the photo's before showing it. For HEIF, `orientation` is the Exif tag, which HEIF decoders
 * ignore in favour of irot/imir.
 */
export async function findExifThumbnail(file: Blob, format: ImageFormat): Promise<ExifThumbnail | null> {
  try {
    const reader = new BlobReader(file, EXIF_THUMBNAIL_READ_BUDGET);
    let block: TiffBlock | null = null;
    if (format === 'jpeg') block = await jpegTiffBlock(reader);
    else if (format === 'heic' || format === 'avif') block = await heifTiffBlock(reader);
    return block ? thumbnailFrom(file, block) : null;
  } catch {
    return null; // bounds (ImportError from the byte helpers), over budget, a failed read
  }
}

function thumbnailFrom(file: Blob, { tiff, fileOffset }: TiffBlock): ExifThumbnail | null {
  const range = ifd1Thumbnail(tiff);
  if (!range) return null;
  const jpeg = tiff.subarray(range.offset, range.offset + range.length);
  if (jpeg[0] !== 0xff || jpeg[1] !== SOI) return null;
  // Its own marker segments up to SOS, bounded to its bytes: the first SOFn gives the size.
  const { width, height } = readJpegHeader(jpeg);
  const start = fileOffset + range.offset;
  return {
    blob: file.slice(start, start + range.length, 'image/jpeg'),
    width,
    height,
    orientation: readExifOrientation(tiff),
  };
}

/**
 * JPEGInterchangeFormat/Length of IFD1 (IFD0's next IFD), checked to lie inside `tiff`, or null.
 * Offsets are from the TIFF header. Throws (caught above) on reads past the block.
 */
function ifd1Thumbnail(tiff: Uint8Array): { offset: number; length: number } | null {
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return null;
  const little = order === 'II';
  if (u16(tiff, 2, little) !== 42) return null;
  const ifd0 = u32(tiff, 4, little);
  if (ifd0 < 8) return null;
  const ifd1 = u32(tiff, ifd0 + 2 + u16(tiff, ifd0, little) * IFD_ENTRY_BYTES, little);
  // 0: no IFD1. Pointing back into the header or at IFD0 itself (a loop): damage.
  if (ifd1 < 8 || ifd1 === ifd0) return null;

  let offset: number | undefined;
  let length: number | undefined;
  const count = u16(tiff, ifd1, little);
  if (ifd1 + 2 + count * IFD_ENTRY_BYTES > tiff.length) return null; // a count the block cannot hold
  for (let i = 0; i < count && (offset === undefined || length === undefined); i++) {
    const entry = ifd1 + 2 + i * IFD_ENTRY_BYTES;
    const tag = u16(tiff, entry, little);
    if (tag !== TAG_JPEG_OFFSET && tag !== TAG_JPEG_LENGTH) continue;
    const type = u16(tiff, entry + 2, little);
    if (u32(tiff, entry + 4, little) !== 1 || (type !== LONG && type !== SHORT)) continue;
    const value = type === LONG ? u32(tiff, entry + 8, little) : u16(tiff, entry + 8, little);
    if (tag === TAG_JPEG_OFFSET) offset ??= value;
    else length ??= value;
  }
  if (offset === undefined || length === undefined) return null;
  if (length < 4 || length > MAX_THUMBNAIL_BYTES || offset < 8 || offset + length > tiff.length) return null;
  return { offset, length };
}

/**
 * The TIFF block of the first Exif APP1 whose header (marker, length, "Exif\0") lies in the first
 * JPEG_EXIF_SEARCH_BYTES: up to the end of the segment's data or of the file, whichever comes first.
 */
async function jpegTiffBlock(reader: BlobReader): Promise<TiffBlock | null> {
  const head = await reader.bytes(0, JPEG_EXIF_SEARCH_BYTES);
  if (head[0] !== 0xff || head[1] !== SOI) return null;
  // Each step moves on by at least a byte, inside `head`: at most 64 K steps.
  for (let offset = 2; offset < head.length;) {
    if (head[offset] !== 0xff) return null;
    while (offset < head.length && head[offset] === 0xff) offset++; // fill bytes
    const marker = u8(head, offset);
    offset++;
    if (isStandaloneMarker(marker)) continue;
    // The scan, the end or broken syntax before any Exif: none to find.
    if (marker === SOS || marker === EOI || marker === SOI || marker === 0x00) return null;
    const length = u16(head, offset);
    if (length < 2) return null;
    const body = offset + 2;
    if (marker === APP1 && isExifApp1(head, body, length)) {
      const start = body + EXIF_PREFIX_BYTES;
      const end = offset + length;
      const tiff = end <= head.length ? head.subarray(start, end) : await reader.bytes(start, end);
      return { tiff, fileOffset: start };
    }
    offset += length;
  }
  return null;
}
