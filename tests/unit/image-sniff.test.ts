import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffFormat, type ImageFormat } from '../../src/image/sniff';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const ascii = (value: string): number[] => [...value].map((c) => c.charCodeAt(0));

/** An ISO-BMFF file start: 'ftyp' with a major brand and compatible brands. */
function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + 4 * compatible.length;
  return bytes(
    0,
    0,
    0,
    size,
    ...ascii('ftyp'),
    ...ascii(major),
    0,
    0,
    0,
    0,
    ...compatible.flatMap(ascii),
    0,
    0,
    0,
    8,
    ...ascii('meta'),
  );
}

describe('sniffFormat: images, whatever their name says', () => {
  it.each<[string, ImageFormat]>([
    ['portrait.jpg', 'jpeg'],
    ['portrait-exif-orientation-6.jpg', 'jpeg'],
    ['photo-12mp.jpg', 'jpeg'],
    ['truncated.jpg', 'jpeg'], // still a JPEG: the header reader / decoder reports the truncation
    ['portrait.png', 'png'],
    ['grayscale.png', 'png'],
    ['palette-indexed.png', 'png'],
    ['cat.webp', 'webp'],
    ['photo-12mp.heic', 'heic'],
    ['generated/progressive.jpg', 'jpeg'],
    ['generated/cmyk.jpg', 'jpeg'],
    ['generated/orientation-6.jpg', 'jpeg'],
    ['generated/rgb16.png', 'png'],
    ['generated/alpha.png', 'png'],
    ['generated/bomb-20000x20000.png', 'png'],
    ['generated/lossy.webp', 'webp'],
    ['generated/lossless.webp', 'webp'],
    ['generated/alpha.webp', 'webp'],
    ['generated/quadrants.avif', 'avif'],
    ['generated/quadrants.heic', 'heic'],
    ['generated/animated.gif', 'gif'],
    ['generated/quadrants.bmp', 'bmp'],
    ['generated/topdown.bmp', 'bmp'],
  ])('%s → %s', (name, format) => {
    expect(sniffFormat(fixture(name))).toEqual({ ok: true, format });
  });

  it('needs only the first bytes', () => {
    expect(sniffFormat(fixture('photo-12mp.jpg').subarray(0, 3))).toEqual({ ok: true, format: 'jpeg' });
    expect(sniffFormat(fixture('cat.webp').subarray(0, 12))).toEqual({ ok: true, format: 'webp' });
    expect(sniffFormat(fixture('generated/animated.gif').subarray(0, 6))).toEqual({
      ok: true,
      format: 'gif',
    });
  });

  it('calls a JPEG cut off after FF D8 a JPEG (the header reader then says truncated)', () => {
    expect(sniffFormat(bytes(0xff, 0xd8))).toEqual({ ok: true, format: 'jpeg' });
    expect(sniffFormat(bytes(0xff, 0xd8, 0x41))).toEqual({ ok: false, code: 'notImage' });
  });

  it('knows GIF87a as well as GIF89a', () => {
    expect(sniffFormat(bytes(...ascii('GIF87a'), 1, 0, 1, 0))).toEqual({ ok: true, format: 'gif' });
    expect(sniffFormat(bytes(...ascii('GIF88a'), 1, 0, 1, 0))).toEqual({ ok: false, code: 'notImage' });
  });

  it('reads BMP only with a known DIB header size', () => {
    const bmp = (dibSize: number) =>
      bytes(...ascii('BM'), 0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, dibSize, 0, 0, 0);
    for (const size of [12, 40, 56, 108, 124])
      expect(sniffFormat(bmp(size))).toEqual({ ok: true, format: 'bmp' });
    expect(sniffFormat(text('BMW 320d, 2019, one owner, full service history'))).toEqual({
      ok: false,
      code: 'notImage',
    });
  });
});

describe('sniffFormat: HEIF brands', () => {
  it.each<[string, string[], ImageFormat]>([
    ['avif', ['mif1', 'miaf'], 'avif'],
    ['avis', ['msf1'], 'avif'],
    ['heic', ['mif1'], 'heic'],
    ['heix', [], 'heic'],
    ['hevc', [], 'heic'],
    ['hevx', [], 'heic'],
    ['heim', [], 'heic'],
    ['heis', [], 'heic'],
    ['mif1', ['heic'], 'heic'],
    ['mif1', [], 'heic'],
    ['msf1', [], 'heic'],
    ['mif1', ['miaf', 'avif'], 'avif'], // generic major brand, AVIF compatible brand
    ['mif1', ['heic', 'avif'], 'avif'],
    ['miaf', ['avif'], 'avif'],
    ['miaf', ['heix'], 'heic'],
  ])('major %s, compatible %j → %s', (major, compatible, format) => {
    expect(sniffFormat(ftyp(major, ...compatible))).toEqual({ ok: true, format });
  });

  it('refuses other ISO-BMFF files (videos, JPEG 2000, raw)', () => {
    expect(sniffFormat(ftyp('isom', 'iso2', 'mp41'))).toEqual({ ok: false, code: 'notImage' });
    expect(sniffFormat(ftyp('qt  '))).toEqual({ ok: false, code: 'notImage' });
    expect(sniffFormat(ftyp('crx ', 'isom'))).toEqual({ ok: false, code: 'notImage' });
  });
});

describe('sniffFormat: refusals', () => {
  it('empty → empty', () => {
    expect(sniffFormat(fixture('empty.jpg'))).toEqual({ ok: false, code: 'empty' });
    expect(sniffFormat(new Uint8Array(0))).toEqual({ ok: false, code: 'empty' });
  });

  it('text named .jpg → notImage', () => {
    expect(sniffFormat(fixture('not-an-image.jpg'))).toEqual({ ok: false, code: 'notImage' });
    expect(sniffFormat(text('<!DOCTYPE html><html><body>hi</body></html>'))).toEqual({
      ok: false,
      code: 'notImage',
    });
    expect(sniffFormat(bytes(0x00, 0x01, 0x02, 0x03))).toEqual({ ok: false, code: 'notImage' });
    expect(sniffFormat(bytes(0x42))).toEqual({ ok: false, code: 'notImage' });
  });

  it('TIFF in both byte orders → tiff', () => {
    expect(sniffFormat(fixture('generated/image.tiff'))).toEqual({ ok: false, code: 'tiff' });
    expect(sniffFormat(bytes(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0))).toEqual({ ok: false, code: 'tiff' });
    expect(sniffFormat(bytes(0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8))).toEqual({ ok: false, code: 'tiff' });
  });

  it('PDF → pdf', () => {
    expect(sniffFormat(fixture('generated/document.pdf'))).toEqual({ ok: false, code: 'pdf' });
    expect(sniffFormat(text('%PDF-1.4\n%âãÏÓ\n'))).toEqual({ ok: false, code: 'pdf' });
  });

  it.each([
    ['the fixture with a <script>', fixture('generated/script.svg')],
    ['a bare <svg> root', text('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['leading white space', text('\n\t  <svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['an XML prolog', text('<?xml version="1.0"?><svg/>')],
    ['a doctype', text('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x"><svg/>')],
    ['upper case', text('<SVG></SVG>')],
    ['a comment before the root', text('<!-- Generator: Adobe Illustrator --><svg width="1"/>')],
    ['a UTF-8 BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...text(' <svg/>')])],
    ['a UTF-16LE BOM', new Uint8Array([0xff, 0xfe, ...[...'<svg/>'].flatMap((c) => [c.charCodeAt(0), 0])])],
    [
      'a UTF-16BE BOM',
      new Uint8Array([0xfe, 0xff, ...[...'<?xml version="1.0"?>'].flatMap((c) => [0, c.charCodeAt(0)])]),
    ],
    ['any other XML', text('<?xml version="1.0"?><rss/>')],
  ])('SVG/XML with %s → svg', (_, data) => {
    expect(sniffFormat(data)).toEqual({ ok: false, code: 'svg' });
  });
});
