import { ascii, need, u16, u8 } from '../bytes';
import { ImportError } from '../errors';
import type { Orientation } from '../orientation';
import { readExifOrientation } from './exif';

export interface JpegHeader {
  width: number;
  height: number;
  orientation: Orientation;
  /** Offset of the first SOS marker: the entropy-coded data starts after its segment. */
  scanOffset: number;
}

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP1 = 0xe1;

/** SOF0–SOF15 are C0–CF, except C4 (DHT), C8 (JPG, reserved) and CC (DAC). */
export function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

const EXIF_PREFIX_BYTES = 6;

/**
 * An APP1 segment holding Exif: "Exif\0" and one more byte, which the standard makes 0 but Chromium
 * does not check (checked: a fill byte of 1 or FF still turns the photo). Only the first such segment
 * counts, even when it has no Orientation (checked too).
 */
export function isExifApp1(bytes: Uint8Array, body: number, length: number): boolean {
  return length >= 2 + EXIF_PREFIX_BYTES && ascii(bytes, body, 5) === 'Exif\0';
}

/** Markers that stand alone, without a length: TEM and RST0–7. */
export function isStandaloneMarker(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

/**
 * Walks the marker segments up to the first SOS, as the browser's decoder does before it knows the
 * size: the frame size comes from the first SOFn, the orientation from the first Exif APP1 (the one
 * Chromium and Firefox honour). Cut off before SOS → 'truncated'; no SOF before SOS/EOI, or broken
 * marker syntax → 'decodeFailed'.
 */
export function readJpegHeader(
  bytes: Uint8Array,
  onSize?: (width: number, height: number) => void,
): JpegHeader {
  if (u8(bytes, 0) !== 0xff || u8(bytes, 1) !== SOI) throw new ImportError('decodeFailed');
  let offset = 2;
  let size: { width: number; height: number } | undefined;
  let orientation: Orientation | undefined;

  for (;;) {
    if (u8(bytes, offset) !== 0xff) throw new ImportError('decodeFailed');
    while (u8(bytes, offset) === 0xff) offset++; // fill bytes before the marker code
    const marker = u8(bytes, offset);
    const markerOffset = offset - 1;
    offset++;
    if (isStandaloneMarker(marker)) continue;
    if (marker === SOI || marker === EOI || marker === 0x00) throw new ImportError('decodeFailed');
    if (marker === SOS) {
      if (!size) throw new ImportError('decodeFailed');
      return { ...size, orientation: orientation ?? 1, scanOffset: markerOffset };
    }

    const length = u16(bytes, offset);
    if (length < 2) throw new ImportError('decodeFailed');
    const body = offset + 2;
    const end = offset + length;

    if (isStartOfFrame(marker) && !size) {
      // Precision, height, width, component count: all inside the segment, never read from the next.
      if (length < 8) throw new ImportError('decodeFailed');
      need(bytes, body + 6);
      const height = u16(bytes, body + 1);
      const width = u16(bytes, body + 3);
      // Height 0 means "given later in a DNL marker", which browsers do not support.
      if (width === 0 || height === 0) throw new ImportError('decodeFailed');
      size = { width, height };
      onSize?.(width, height); // lets the caller refuse a huge image before the rest is read
    } else if (marker === APP1 && orientation === undefined && isExifApp1(bytes, body, length)) {
      need(bytes, end);
      orientation = readExifOrientation(bytes.subarray(body + EXIF_PREFIX_BYTES, end));
    }
    offset = end;
  }
}
