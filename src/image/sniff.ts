import { ascii, startsWith, u32 } from './bytes';
import type { ImportErrorCode } from './errors';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif' | 'bmp' | 'heic';
export type SniffResult = { ok: true; format: ImageFormat } | { ok: false; code: ImportErrorCode };

/** How many leading bytes sniffFormat looks at; callers may pass more or fewer. */
export const SNIFF_BYTES = 4096;

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
// The generic HEIF brands say "some image in a HEIF container"; the codec is in the other brands.
const GENERIC_HEIF_BRANDS = new Set(['mif1', 'msf1']);

/**
 * Decides the format from the first bytes alone: file names and MIME types lie (a text file named
 * .jpg, a HEIC renamed by a phone to .jpg), and we must refuse SVG before anything could render it.
 */
export function sniffFormat(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return { ok: false, code: 'empty' };

  // A 2-byte FF D8 is a JPEG cut off right after its start: let the header reader call it truncated.
  if (startsWith(bytes, [0xff, 0xd8]) && (bytes.length === 2 || bytes[2] === 0xff)) return image('jpeg');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return image('png');
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return image('gif');
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return image('webp');
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const format = heifFormat(bytes);
    return format ? image(format) : { ok: false, code: 'notImage' };
  }
  if (isBmp(bytes)) return image('bmp');
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { ok: false, code: 'tiff' };
  }

  const text = leadingText(bytes);
  if (text.startsWith('%PDF-')) return { ok: false, code: 'pdf' };
  if (isSvgOrXml(text)) return { ok: false, code: 'svg' };
  return { ok: false, code: 'notImage' };
}

function image(format: ImageFormat): SniffResult {
  return { ok: true, format };
}

/** ISO-BMFF 'ftyp': the major brand decides, then the compatible brands (AVIF wins over HEIC). */
function heifFormat(bytes: Uint8Array): ImageFormat | undefined {
  const major = ascii(bytes, 8, 4);
  if (AVIF_BRANDS.has(major)) return 'avif';
  if (HEIC_BRANDS.has(major)) return 'heic';

  // 'ftyp' was found at 4, so 8 bytes exist. Its size is a claim (a hostile one says 4 GB): look at
  // the brands in the first SNIFF_BYTES only; real files list a handful.
  const end = Math.min(u32(bytes, 0), bytes.length, SNIFF_BYTES);
  const compatible: string[] = [];
  for (let offset = 16; offset + 4 <= end; offset += 4) compatible.push(ascii(bytes, offset, 4));

  if (compatible.some((brand) => AVIF_BRANDS.has(brand))) return 'avif';
  if (compatible.some((brand) => HEIC_BRANDS.has(brand))) return 'heic';
  if (GENERIC_HEIF_BRANDS.has(major) || compatible.some((brand) => GENERIC_HEIF_BRANDS.has(brand)))
    return 'heic';
  // Other ISO-BMFF files (MP4/MOV videos, JPEG 2000, CR3 raw) are not photos we can open.
  return undefined;
}

// BITMAPCOREHEADER, OS/2 v2 (short and long), BITMAPINFOHEADER, V2, V3, V4, V5.
const BMP_DIB_HEADER_SIZES = new Set([12, 16, 40, 52, 56, 64, 108, 124]);

/** "BM" alone is two printable letters; a known DIB header size makes it a bitmap. */
function isBmp(bytes: Uint8Array): boolean {
  if (ascii(bytes, 0, 2) !== 'BM') return false;
  if (bytes.length < 18) return bytes.length >= 14; // cut off inside the headers: the header reader reports that
  return BMP_DIB_HEADER_SIZES.has(u32(bytes, 14, true));
}

/** The start of the file as text, without a byte-order mark or leading white space. */
function leadingText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let text: string;
  if (startsWith(head, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(head.subarray(2));
  else if (startsWith(head, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(head.subarray(2));
  else text = new TextDecoder('utf-8').decode(startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head);
  return text.replace(/^\s+/, '');
}

/**
 * SVG can carry script, so it is never decoded. Anything that looks like XML is refused under the
 * same code: an XML prolog, an SVG doctype, an <svg> root, or a comment in front of an <svg> root.
 */
function isSvgOrXml(text: string): boolean {
  const lower = text.toLowerCase();
  if (lower.startsWith('<?xml') || lower.startsWith('<svg') || lower.startsWith('<!doctype svg')) return true;
  return lower.startsWith('<!--') && /<svg[\s>]/.test(lower);
}
