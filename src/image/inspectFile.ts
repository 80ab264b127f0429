import { BlobReader } from './blobReader';
import { ImportError } from './errors';
import { readHeader, type ImageHeader } from './header';
import { jpegHeaderSlices, topLevelBoxes } from './headerSlices';
import { sniffFormat, type ImageFormat } from './sniff';

/** Most headers fit here; JPEGs with big ICC/XMP segments or HEIFs with large 'meta' need more. */
export const HEAD_BYTES = 64 * 1024;
/** A header read from the start of the file may grow to this (PNG, GIF: chunks before the data). */
export const MAX_HEAD_BYTES = 1024 * 1024;
/**
 * The most one inspection reads, whatever the file claims: it runs on the main thread too, so it
 * must cost the same for a 64 MB file as for a 64 KB one. Above it the file is refused.
 */
export const MAX_INSPECT_BYTES = 2 * 1024 * 1024;

export interface Inspection {
  format: ImageFormat;
  header: ImageHeader;
}

/**
 * Sniffs and reads the header from bounded slices of the file, never the whole of it, so a 500 MB
 * video named .jpg, a PNG bomb or a box that claims 4 GB is refused after reading at most
 * MAX_INSPECT_BYTES. The first HEAD_BYTES usually hold the header; when not, a JPEG's segments and
 * an ISO-BMFF file's top-level boxes are walked with small reads (headerSlices.ts), and other
 * formats read on from the start up to MAX_HEAD_BYTES.
 * Throws ImportError (see sniffFormat and readHeader; 'decodeFailed' for a header over the bounds).
 */
export async function inspectFile(file: Blob, budget = MAX_INSPECT_BYTES): Promise<Inspection> {
  const reader = new BlobReader(file, budget);
  let bytes = await reader.bytes(0, HEAD_BYTES);
  const sniffed = sniffFormat(bytes);
  if (!sniffed.ok) throw new ImportError(sniffed.code);
  const { format } = sniffed;
  for (;;) {
    try {
      return { format, header: readHeader(bytes, format) };
    } catch (error) {
      const cutShort = error instanceof ImportError && error.code === 'truncated';
      if (!cutShort || bytes.length >= file.size) throw error;
    }
    if (format === 'jpeg')
      return { format, header: readHeader((await jpegHeaderSlices(reader)).bytes, format) };
    if (format === 'heic' || format === 'avif')
      return { format, header: readHeader(await metaBox(reader), format) };
    if (bytes.length >= MAX_HEAD_BYTES) throw new ImportError('decodeFailed');
    bytes = await reader.bytes(0, Math.min(MAX_HEAD_BYTES, bytes.length * 4));
  }
}

/** The top-level 'meta' box alone, found by its neighbours' headers (it may follow a big 'mdat'). */
async function metaBox(reader: BlobReader): Promise<Uint8Array> {
  const boxes = await topLevelBoxes(reader, 'meta');
  const last = boxes.at(-1);
  if (!last || last.end > reader.size) throw new ImportError('truncated');
  if (last.type !== 'meta') throw new ImportError('decodeFailed');
  return reader.bytes(last.start, last.end);
}
