import { ImportError } from './errors';

/**
 * Reads slices of a Blob, never more than `budget` bytes in all. The header readers run on the main
 * thread too (the quick preview), so their work must not grow with the file: a 64 MB file whose
 * boxes claim 4 GB, or 2³² entries, is refused after reading at most the budget.
 * Going over the budget throws ImportError 'decodeFailed': no photo needs that much header.
 */
export class BlobReader {
  #read = 0;

  constructor(
    readonly file: Blob,
    readonly budget: number,
  ) {}

  get size(): number {
    return this.file.size;
  }

  /** Bytes read so far. */
  get bytesRead(): number {
    return this.#read;
  }

  /** [start, end) clamped to the file; fewer bytes than asked for at its end. */
  async bytes(start: number, end: number): Promise<Uint8Array> {
    const from = Math.max(0, Math.min(start, this.file.size));
    const to = Math.max(from, Math.min(end, this.file.size));
    if (this.#read + (to - from) > this.budget) throw new ImportError('decodeFailed');
    this.#read += to - from;
    return new Uint8Array(await this.file.slice(from, to).arrayBuffer());
  }
}

/**
 * Random access to a file through a small sliding window, for walking structures laid end to end
 * (JPEG segments, top-level ISO-BMFF boxes) without reading what lies between them.
 */
export class WindowedReader {
  #start = 0;
  #data: Uint8Array = new Uint8Array(0);

  constructor(
    readonly reader: BlobReader,
    readonly windowBytes = 4096,
  ) {}

  /**
   * Makes [offset, offset + length) available; false when the file ends first. Loads a new window
   * (at least windowBytes) only when the range is not in the current one.
   */
  async ensure(offset: number, length: number): Promise<boolean> {
    if (offset >= this.#start && offset + length <= this.#start + this.#data.length) return true;
    if (offset + length > this.reader.size) return false;
    this.#data = await this.reader.bytes(offset, offset + Math.max(length, this.windowBytes));
    this.#start = offset;
    return true;
  }

  /** A byte inside a range made available by ensure(). */
  at(offset: number): number {
    return this.#data[offset - this.#start] as number;
  }

  /** A copy of [offset, offset + length), made available by ensure(). */
  copy(offset: number, length: number): Uint8Array {
    return this.#data.slice(offset - this.#start, offset - this.#start + length);
  }
}
