import { ImportError } from './errors';

/*
 * Bounds-checked reads for header parsers. Reading past the end of the bytes we were given means the
 * header was cut off ('truncated'); the caller (the worker) may then retry with more of the file.
 */

export function need(bytes: Uint8Array, end: number): void {
  if (end > bytes.length) throw new ImportError('truncated');
}

export function u8(bytes: Uint8Array, offset: number): number {
  need(bytes, offset + 1);
  return bytes[offset] as number;
}

export function u16(bytes: Uint8Array, offset: number, littleEndian = false): number {
  need(bytes, offset + 2);
  const a = bytes[offset] as number;
  const b = bytes[offset + 1] as number;
  return littleEndian ? a | (b << 8) : (a << 8) | b;
}

export function u24le(bytes: Uint8Array, offset: number): number {
  need(bytes, offset + 3);
  return (
    (bytes[offset] as number) | ((bytes[offset + 1] as number) << 8) | ((bytes[offset + 2] as number) << 16)
  );
}

export function u32(bytes: Uint8Array, offset: number, littleEndian = false): number {
  need(bytes, offset + 4);
  return new DataView(bytes.buffer, bytes.byteOffset + offset, 4).getUint32(0, littleEndian);
}

export function i32le(bytes: Uint8Array, offset: number): number {
  need(bytes, offset + 4);
  return new DataView(bytes.buffer, bytes.byteOffset + offset, 4).getInt32(0, true);
}

/** The bytes at `offset` as Latin-1 text (for four-character codes and magic strings). */
export function ascii(bytes: Uint8Array, offset: number, length: number): string {
  let text = '';
  for (let i = offset; i < offset + length && i < bytes.length; i++)
    text += String.fromCharCode(bytes[i] as number);
  return text;
}

export function startsWith(bytes: Uint8Array, magic: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((value, i) => bytes[offset + i] === value);
}
