import { ascii, need, u32 } from './bytes';
import { ImportError } from './errors';

/** An ISO-BMFF box (HEIF/AVIF are built of these): [start, end) in the file, payload from `body`. */
export interface Box {
  type: string;
  start: number;
  body: number;
  end: number;
}

/**
 * Reads the box header at `offset`. `limit` is where the enclosing box ends (a size of 0 means "up
 * to there"); at the top level pass Infinity, since only the caller knows the file's length.
 */
export function readBox(bytes: Uint8Array, offset: number, limit: number): Box {
  let size = u32(bytes, offset);
  need(bytes, offset + 8);
  const type = ascii(bytes, offset + 4, 4);
  let body = offset + 8;
  if (size === 1) {
    size = u32(bytes, offset + 8) * 2 ** 32 + u32(bytes, offset + 12);
    body = offset + 16;
  } else if (size === 0) {
    size = limit - offset;
  }
  if (size < body - offset) throw new ImportError('decodeFailed');
  const end = offset + size;
  if (end > limit) throw new ImportError('decodeFailed'); // a child box larger than its parent
  return { type, start: offset, body, end };
}

/** The boxes laid end to end in [start, end); the bytes must reach `end`. */
export function childBoxes(bytes: Uint8Array, start: number, end: number): Box[] {
  need(bytes, end);
  const boxes: Box[] = [];
  for (let offset = start; offset < end;) {
    const box = readBox(bytes, offset, end);
    boxes.push(box);
    offset = box.end;
  }
  return boxes;
}

/**
 * Throws 'decodeFailed' unless [offset, offset + length) lies inside `box`: a field a box is too
 * short to hold is damage, not a cut-off file, and must not be read from whatever follows the box.
 */
export function within(box: Box, offset: number, length: number): number {
  if (offset < box.body || offset + length > box.end) throw new ImportError('decodeFailed');
  return offset;
}
