import { BlobReader } from './blobReader';
import { ascii, u16, u32, u8 } from './bytes';
import { topLevelBoxes } from './headerSlices';
import { readExifOrientation } from './headers/exif';
import { isExifApp1, isStandaloneMarker, readJpegHeader } from './headers/jpeg';
import { childBoxes, readBox, within, type Box } from './isobmff';
import type { Orientation } from './orientation';
import type { ImageFormat } from './sniff';

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
/** A HEIF 'meta' box larger than this is refused (real ones: < 1 KB to a few tens of KB). */
export const MAX_META_BYTES = 256 * 1024;
/** Of a HEIF Exif item, only this many leading bytes are read; the thumbnail must lie inside them. */
export const MAX_EXIF_ITEM_BYTES = 128 * 1024;
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

/** The TIFF block of an Exif payload: its bytes (to the end of the APP1 or item) and where it starts. */
interface TiffBlock {
  tiff: Uint8Array;
  fileOffset: number;
}

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

/**
 * The TIFF block of the first 'Exif' item in the top-level 'meta' box: the item's payload is a
 * 4-byte offset to the TIFF header (0 from Apple, 6 past "Exif\0\0" from others), then the block.
 */
async function heifTiffBlock(reader: BlobReader): Promise<TiffBlock | null> {
  const meta = (await topLevelBoxes(reader, 'meta')).at(-1);
  if (!meta || meta.type !== 'meta' || meta.end > reader.size || meta.end - meta.start > MAX_META_BYTES)
    return null;
  const bytes = await reader.bytes(meta.start, meta.end);
  const box = readBox(bytes, 0, bytes.length);
  const children = childBoxes(bytes, within(box, box.body, 4) + 4, box.end); // full box: version + flags
  const iinf = children.find((child) => child.type === 'iinf');
  const iloc = children.find((child) => child.type === 'iloc');
  if (!iinf || !iloc) return null;
  const itemId = exifItemId(bytes, iinf);
  if (itemId === undefined) return null;
  const extent = firstExtent(bytes, iloc, itemId);
  if (!extent || extent.length < 8 || extent.offset + extent.length > reader.size) return null;

  const item = await reader.bytes(
    extent.offset,
    extent.offset + Math.min(extent.length, MAX_EXIF_ITEM_BYTES),
  );
  let start = 4 + u32(item, 0);
  if (ascii(item, start, 6) === 'Exif\0\0') start += EXIF_PREFIX_BYTES; // an offset to the prefix
  if (start + 8 > item.length) return null;
  return { tiff: item.subarray(start), fileOffset: extent.offset + start };
}

/** The id of the first 'infe' (version 2 or 3) of item_type 'Exif', or undefined. */
function exifItemId(bytes: Uint8Array, iinf: Box): number | undefined {
  const version = u8(bytes, within(iinf, iinf.body, 4));
  const count =
    version === 0 ? u16(bytes, within(iinf, iinf.body + 4, 2)) : u32(bytes, within(iinf, iinf.body + 4, 4));
  let offset = iinf.body + (version === 0 ? 6 : 8);
  // The count is a claim: each entry is a box of at least 8 bytes, so a count of 2³² cannot fit.
  if (count * 8 > iinf.end - offset) return undefined;
  for (let i = 0; i < count && offset < iinf.end; i++) {
    const infe = readBox(bytes, offset, iinf.end);
    offset = infe.end;
    if (infe.type !== 'infe') continue;
    const infeVersion = u8(bytes, within(infe, infe.body, 1));
    if (infeVersion !== 2 && infeVersion !== 3) continue; // versions 0 and 1 have no item_type
    const idBytes = infeVersion === 2 ? 2 : 4;
    const id =
      idBytes === 2 ? u16(bytes, within(infe, infe.body + 4, 2)) : u32(bytes, within(infe, infe.body + 4, 4));
    const typeAt = within(infe, infe.body + 4 + idBytes + 2, 4); // after item_protection_index
    if (ascii(bytes, typeAt, 4) === 'Exif') return id;
  }
  return undefined;
}

/** The first extent of `itemId` in 'iloc' (versions 0–2) as file offsets; null unless stored in this file. */
function firstExtent(
  bytes: Uint8Array,
  iloc: Box,
  itemId: number,
): { offset: number; length: number } | null {
  const version = u8(bytes, within(iloc, iloc.body, 6));
  if (version > 2) return null;
  const sizes = u8(bytes, iloc.body + 4);
  const more = u8(bytes, iloc.body + 5);
  const offsetSize = sizes >> 4;
  const lengthSize = sizes & 15;
  const baseSize = more >> 4;
  const indexSize = version === 0 ? 0 : more & 15;
  if (![offsetSize, lengthSize, baseSize, indexSize].every((size) => size === 0 || size === 4 || size === 8))
    return null;
  const idBytes = version < 2 ? 2 : 4;
  let at = iloc.body + 6;
  const read = (size: number): number => {
    const value = uint(bytes, within(iloc, at, size), size);
    at += size;
    return value;
  };
  const count = read(idBytes);
  // Each entry holds at least its id, method, data reference, base offset and extent count.
  const entryBytes = idBytes + (version === 0 ? 0 : 2) + 2 + baseSize + 2;
  if (count * entryBytes > iloc.end - at) return null;
  const extentBytes = indexSize + offsetSize + lengthSize;
  for (let i = 0; i < count; i++) {
    const id = read(idBytes);
    const method = version === 0 ? 0 : read(2) & 15;
    const dataReference = read(2);
    const base = read(baseSize);
    const extents = read(2);
    within(iloc, at, extents * extentBytes);
    if (id === itemId) {
      // 1 (idat) and 2 (another item) are not file offsets; a data reference names another file.
      if (method !== 0 || dataReference !== 0 || extents === 0) return null;
      read(indexSize);
      const offset = base + read(offsetSize);
      return { offset, length: read(lengthSize) };
    }
    at += extents * extentBytes;
  }
  return null;
}

/** A big-endian unsigned field of 0, 4 or 8 bytes (8-byte values above 2⁵³ lose precision, and fail bounds). */
function uint(bytes: Uint8Array, offset: number, size: number): number {
  if (size === 0) return 0;
  if (size === 2) return u16(bytes, offset);
  if (size === 4) return u32(bytes, offset);
  return u32(bytes, offset) * 2 ** 32 + u32(bytes, offset + 4);
}
