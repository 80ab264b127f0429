// Where a HEIC/AVIF keeps its EXIF: an 'Exif' item of the top-level 'meta' box, found through
// 'iinf' (item types) and 'iloc' (item locations). Bounded like every header read: each count is
// checked against the bytes that hold it before anything is read.
import type { BlobReader } from './blobReader';
import { ascii, u16, u32, u8 } from './bytes';
import { topLevelBoxes } from './headerSlices';
import { childBoxes, readBox, within, type Box } from './isobmff';

/** A HEIF 'meta' box larger than this is refused (real ones: < 1 KB to a few tens of KB). */
export const MAX_META_BYTES = 256 * 1024;
/** Of a HEIF Exif item, only this many leading bytes are read; the thumbnail must lie inside them. */
export const MAX_EXIF_ITEM_BYTES = 128 * 1024;

const EXIF_PREFIX_BYTES = 6; // "Exif\0\0"

/** The TIFF block of an Exif payload: its bytes (to the end of the APP1 or item) and where it starts. */
export interface TiffBlock {
  tiff: Uint8Array;
  fileOffset: number;
}

/**
 * The TIFF block of the first 'Exif' item in the top-level 'meta' box: the item's payload is a
 * 4-byte offset to the TIFF header (0 from Apple, 6 past "Exif\0\0" from others), then the block.
 */
export async function heifTiffBlock(reader: BlobReader): Promise<TiffBlock | null> {
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
