import { ascii, u16 } from '../bytes';
import { ImportError } from '../errors';

/** The logical screen size (browsers draw frame 1 on a canvas of this size). GIF has no orientation. */
export function readGifHeader(bytes: Uint8Array): { width: number; height: number } {
  const signature = ascii(bytes, 0, 6);
  if (signature !== 'GIF87a' && signature !== 'GIF89a') throw new ImportError('decodeFailed');
  const width = u16(bytes, 6, true);
  const height = u16(bytes, 8, true);
  if (width === 0 || height === 0) throw new ImportError('decodeFailed');
  return { width, height };
}
