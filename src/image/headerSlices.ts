import { WindowedReader, type BlobReader } from './blobReader';
import { ImportError } from './errors';
import { isExifApp1, isStandaloneMarker, isStartOfFrame } from './headers/jpeg';

/*
 * Headers that may sit behind megabytes the header reader does not need: a JPEG's APP segments
 * before its frame header (a phone's depth map in XMP extension segments, big ICC or Photoshop
 * blocks), an ISO-BMFF 'meta' after the 'mdat'. Rather than reading everything up to the header,
 * these walk the structure with small windowed reads, skipping what lies between, and hand the
 * header readers a compact copy of only the parts they read. Every walk is bounded twice: by the
 * reader's byte budget and by a count of steps.
 */

/** No photo has this many segments before its first scan (a big XMP extension has ≈ 200). */
const MAX_JPEG_SEGMENTS = 4096;
/** ftyp, meta, mdat, and a few free/uuid/idat boxes in real files. */
const MAX_TOP_LEVEL_BOXES = 256;

export interface JpegHeaderSlices {
  /** SOI, the first SOFn, the first Exif APP1, then SOS: what readJpegHeader reads. */
  bytes: Uint8Array;
  /** Where the first SOS marker is in the file; undefined when the walk ran out first. */
  scanOffset?: number;
}

/**
 * The JPEG's marker segments up to the first SOS, keeping only the first frame header and the first
 * Exif APP1. Malformed marker syntax → 'decodeFailed'. When the file ends before SOS, the slices so
 * far are returned (readJpegHeader then reports 'truncated', or 'tooLarge' from the frame header).
 */
export async function jpegHeaderSlices(reader: BlobReader): Promise<JpegHeaderSlices> {
  const window = new WindowedReader(reader);
  const parts: Uint8Array[] = [new Uint8Array([0xff, 0xd8])];
  const done = (scanOffset?: number): JpegHeaderSlices => {
    if (scanOffset !== undefined) parts.push(new Uint8Array([0xff, 0xda]));
    return { bytes: concat(parts), ...(scanOffset === undefined ? {} : { scanOffset }) };
  };
  if (!(await window.ensure(0, 2))) return done();
  if (window.at(0) !== 0xff || window.at(1) !== 0xd8) throw new ImportError('decodeFailed');
  let haveFrame = false;
  let haveExif = false;
  let offset = 2;
  for (let segments = 0; segments < MAX_JPEG_SEGMENTS; segments++) {
    if (!(await window.ensure(offset, 1))) return done();
    if (window.at(offset) !== 0xff) throw new ImportError('decodeFailed');
    // Fill bytes: each step moves on, each new window costs the budget.
    do {
      offset++;
      if (!(await window.ensure(offset, 1))) return done();
    } while (window.at(offset) === 0xff);
    const marker = window.at(offset);
    const markerOffset = offset - 1;
    offset++;
    if (isStandaloneMarker(marker)) continue;
    if (marker === 0xd8 || marker === 0xd9 || marker === 0x00) throw new ImportError('decodeFailed');
    if (marker === 0xda) return done(markerOffset);
    if (!(await window.ensure(offset, 2))) return done();
    const length = (window.at(offset) << 8) | window.at(offset + 1);
    if (length < 2) throw new ImportError('decodeFailed');

    let keep = false;
    if (isStartOfFrame(marker) && !haveFrame) {
      keep = haveFrame = true;
    } else if (marker === 0xe1 && !haveExif && length >= 8 && (await window.ensure(offset, 8))) {
      keep = haveExif = isExifApp1(window.copy(offset + 2, 6), 0, length);
    }
    if (keep) {
      // Up to 64 KB; cut off inside it: keep what there is, the reader reports the cut.
      const available = Math.min(length, reader.size - offset);
      if (!(await window.ensure(offset, available))) return done();
      parts.push(new Uint8Array([0xff, marker]), window.copy(offset, available));
      if (available < length) return done();
    }
    offset += length;
  }
  throw new ImportError('decodeFailed');
}

/** A top-level ISO-BMFF box: [start, end) in the file. */
export interface TopLevelBox {
  type: string;
  start: number;
  end: number;
}

/**
 * The top-level boxes, from their headers only (≤ 16 bytes each, through small windows). Stops at
 * the end of the file, at a box that runs past it (included, so the caller can tell it was cut),
 * or at `stopAt` (included). A malformed box header → 'decodeFailed'; more than
 * MAX_TOP_LEVEL_BOXES → 'decodeFailed'.
 */
export async function topLevelBoxes(reader: BlobReader, stopAt?: string): Promise<TopLevelBox[]> {
  const window = new WindowedReader(reader, 256);
  const boxes: TopLevelBox[] = [];
  for (let offset = 0; offset < reader.size;) {
    if (boxes.length >= MAX_TOP_LEVEL_BOXES) throw new ImportError('decodeFailed');
    if (!(await window.ensure(offset, 8))) break; // a few stray bytes at the end: not a box
    const size32 = u32At(window, offset);
    const type = String.fromCharCode(...window.copy(offset + 4, 4));
    let size = size32;
    let headerBytes = 8;
    if (size32 === 1) {
      if (!(await window.ensure(offset, 16))) break;
      size = u32At(window, offset + 8) * 2 ** 32 + u32At(window, offset + 12);
      headerBytes = 16;
    } else if (size32 === 0) {
      size = reader.size - offset; // "to the end of the file"
    }
    if (size < headerBytes) throw new ImportError('decodeFailed');
    const box = { type, start: offset, end: offset + size };
    boxes.push(box);
    if (type === stopAt || box.end > reader.size) break;
    offset = box.end;
  }
  return boxes;
}

function u32At(window: WindowedReader, offset: number): number {
  return (
    window.at(offset) * 2 ** 24 +
    ((window.at(offset + 1) << 16) | (window.at(offset + 2) << 8) | window.at(offset + 3))
  );
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
