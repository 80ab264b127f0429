import { ImportError } from './errors';
import { readHeader, type ImageHeader } from './header';
import { sniffFormat, type ImageFormat } from './sniff';

/** Most headers fit here; JPEGs with big ICC/XMP segments or HEIFs with large 'meta' need more. */
export const HEAD_BYTES = 64 * 1024;

export interface Inspection {
  format: ImageFormat;
  header: ImageHeader;
}

/**
 * Sniffs and reads the header from the start of the file only, growing the read while the header
 * is cut off, so a 500 MB video named .jpg or a PNG bomb is refused without reading the whole file.
 * Throws ImportError (see sniffFormat and readHeader).
 */
export async function inspectFile(file: Blob): Promise<Inspection> {
  let length = Math.min(file.size, HEAD_BYTES);
  for (;;) {
    const bytes = new Uint8Array(await file.slice(0, length).arrayBuffer());
    const sniffed = sniffFormat(bytes);
    if (!sniffed.ok) throw new ImportError(sniffed.code);
    try {
      return { format: sniffed.format, header: readHeader(bytes, sniffed.format) };
    } catch (error) {
      const cutShort = error instanceof ImportError && error.code === 'truncated';
      if (!cutShort || length >= file.size) throw error;
      length = Math.min(file.size, length * 4);
    }
  }
}
