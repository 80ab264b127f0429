import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError, type ImportErrorCode } from '../../src/image/errors';
import { MAX_MEGAPIXELS, orientedSize, readHeader, type ImageHeader } from '../../src/image/header';
import type { ImageFormat } from '../../src/image/sniff';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const ascii = (value: string): number[] => [...value].map((c) => c.charCodeAt(0));
const be16 = (n: number): number[] => [(n >> 8) & 255, n & 255];
const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number): number[] => [n & 255, (n >> 8) & 255];
const le32 = (n: number): number[] => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

function codeOf(run: () => unknown): ImportErrorCode | 'no error' {
  try {
    run();
    return 'no error';
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
}

// --- JPEG ------------------------------------------------------------------------------------
const segment = (marker: number, payload: number[]): number[] => [
  0xff,
  marker,
  ...be16(payload.length + 2),
  ...payload,
];
const sof = (marker: number, width: number, height: number): number[] =>
  segment(marker, [8, ...be16(height), ...be16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
const SOS = segment(0xda, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0]);
/** A TIFF block with IFD0 = [ImageWidth, Orientation, ...]. */
function tiff(orientation: number, littleEndian: boolean, extraEntries = 0): number[] {
  const u16 = littleEndian ? le16 : be16;
  const u32 = littleEndian ? le32 : be32;
  const entries: number[] = [];
  for (let i = 0; i < extraEntries; i++) entries.push(...u16(0x0100), ...u16(4), ...u32(1), ...u32(640));
  entries.push(...u16(0x0112), ...u16(3), ...u32(1), ...u16(orientation), 0, 0);
  return [
    ...ascii(littleEndian ? 'II' : 'MM'),
    ...u16(42),
    ...u32(8),
    ...u16(extraEntries + 1),
    ...entries,
    ...u32(0),
  ];
}
const exif = (tiffBlock: number[]): number[] => segment(0xe1, [...ascii('Exif'), 0, 0, ...tiffBlock]);
const jpeg = (...segments: number[][]): Uint8Array =>
  new Uint8Array([0xff, 0xd8, ...segments.flat(), ...SOS, 0x12, 0x34, 0x56, 0xff, 0xd9]);

// --- PNG -------------------------------------------------------------------------------------
const chunk = (type: string, data: number[]): number[] => [
  ...be32(data.length),
  ...ascii(type),
  ...data,
  0,
  0,
  0,
  0,
];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ihdr = (width: number, height: number): number[] =>
  chunk('IHDR', [...be32(width), ...be32(height), 8, 6, 0, 0, 0]);
const png = (...chunks: number[][]): Uint8Array => new Uint8Array([...PNG_SIGNATURE, ...chunks.flat()]);

// --- ISO-BMFF (HEIF/AVIF) --------------------------------------------------------------------
const box = (type: string, ...payload: number[][]): number[] => [
  ...be32(8 + payload.flat().length),
  ...ascii(type),
  ...payload.flat(),
];
const fullBox = (type: string, version: number, flags: number, ...payload: number[][]): number[] =>
  box(type, [version, (flags >> 16) & 255, (flags >> 8) & 255, flags & 255], ...payload);
type Property = number[];
const ispe = (width: number, height: number): Property => fullBox('ispe', 0, 0, be32(width), be32(height));
const irot = (angle: number): Property => box('irot', [angle]);
const imir = (axis: number): Property => box('imir', [axis]);
/** Item 1 is a thumbnail (200×100), item 2 the primary with `properties`, in association order. */
function heif(
  brand: string,
  properties: Property[],
  options: { wide?: boolean; version?: number } = {},
): Uint8Array {
  const ipco = box('ipco', ispe(200, 100), ...properties);
  const index = (i: number): number[] => (options.wide ? be16(0x8000 | i) : [0x80 | i]);
  const itemId = (id: number): number[] => (options.version === 1 ? be32(id) : be16(id));
  const ipma = fullBox(
    'ipma',
    options.version ?? 0,
    options.wide ? 1 : 0,
    be32(2),
    [...itemId(1), 1, ...index(1)],
    [...itemId(2), properties.length, ...properties.flatMap((_, i) => index(i + 2))],
  );
  const meta = fullBox(
    'meta',
    0,
    0,
    fullBox('hdlr', 0, 0, be32(0), ascii('pict'), be32(0), be32(0), be32(0), [0]),
    fullBox('pitm', 0, 0, be16(2)),
    box('iprp', ipco, ipma),
  );
  return new Uint8Array([
    ...box('ftyp', ascii(brand), be32(0), ascii('mif1'), ascii(brand)),
    ...meta,
    ...box('mdat', [1, 2, 3, 4]),
  ]);
}

describe('readHeader on the real fixtures', () => {
  it.each<[string, ImageFormat, ImageHeader]>([
    ['portrait.jpg', 'jpeg', { width: 512, height: 512, orientation: 1 }],
    ['portrait-exif-orientation-6.jpg', 'jpeg', { width: 512, height: 512, orientation: 6 }],
    ['photo-12mp.jpg', 'jpeg', { width: 4032, height: 3024, orientation: 1 }],
    ['photo-12mp.heic', 'heic', { width: 4032, height: 3024, orientation: 1 }],
    ['portrait.png', 'png', { width: 512, height: 512, orientation: 1 }],
    ['grayscale.png', 'png', { width: 512, height: 512, orientation: 1 }],
    ['palette-indexed.png', 'png', { width: 320, height: 240, orientation: 1 }],
    ['cat.webp', 'webp', { width: 451, height: 300, orientation: 1 }],
    ['generated/progressive.jpg', 'jpeg', { width: 96, height: 64, orientation: 1 }],
    ['generated/cmyk.jpg', 'jpeg', { width: 96, height: 64, orientation: 1 }],
    ['generated/rgb16.png', 'png', { width: 96, height: 64, orientation: 1 }],
    ['generated/alpha.png', 'png', { width: 96, height: 64, orientation: 1 }],
    ['generated/lossy.webp', 'webp', { width: 96, height: 64, orientation: 1 }],
    ['generated/lossless.webp', 'webp', { width: 96, height: 64, orientation: 1 }],
    ['generated/alpha.webp', 'webp', { width: 96, height: 64, orientation: 1 }],
    ['generated/quadrants.avif', 'avif', { width: 96, height: 64, orientation: 1 }],
    ['generated/quadrants.heic', 'heic', { width: 96, height: 64, orientation: 1 }],
    ['generated/animated.gif', 'gif', { width: 96, height: 64, orientation: 1 }],
    ['generated/quadrants.bmp', 'bmp', { width: 96, height: 64, orientation: 1 }],
    ['generated/topdown.bmp', 'bmp', { width: 96, height: 64, orientation: 1 }],
  ])('%s', (name, format, expected) => {
    expect(readHeader(fixture(name), format)).toEqual(expected);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('orientation-%i.jpg (odd: big-endian Exif, even: little-endian)', (n) => {
    const stored = n >= 5 ? { width: 64, height: 96 } : { width: 96, height: 64 };
    const header = readHeader(fixture(`generated/orientation-${n}.jpg`), 'jpeg');
    expect(header).toEqual({ ...stored, orientation: n });
    expect(orientedSize(header)).toEqual({ width: 96, height: 64 });
  });

  it('the real truncated.jpg is cut off before its first scan', () => {
    expect(codeOf(() => readHeader(fixture('truncated.jpg'), 'jpeg'))).toBe('truncated');
  });
});

describe('readHeader: JPEG', () => {
  it.each([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])(
    'reads SOF marker %s',
    (marker) => {
      expect(readHeader(jpeg(sof(marker, 300, 200)), 'jpeg')).toEqual({
        width: 300,
        height: 200,
        orientation: 1,
      });
    },
  );

  it.each([0xc4, 0xc8, 0xcc])('does not take %s (DHT / JPG / DAC) for a frame header', (marker) => {
    // Their payload would read as 9999×9999 if mistaken for a SOF.
    const impostor = segment(marker, [8, ...be16(9999), ...be16(9999), 1, 1, 0x11, 0]);
    expect(readHeader(jpeg(impostor, sof(0xc0, 30, 20)), 'jpeg')).toEqual({
      width: 30,
      height: 20,
      orientation: 1,
    });
  });

  it('reads the orientation in both Exif byte orders', () => {
    for (let n = 1; n <= 8; n++) {
      expect(readHeader(jpeg(exif(tiff(n, false)), sof(0xc0, 30, 20)), 'jpeg').orientation).toBe(n);
      expect(readHeader(jpeg(exif(tiff(n, true, 3)), sof(0xc2, 30, 20)), 'jpeg').orientation).toBe(n);
    }
  });

  it('skips other segments, fill bytes and a JFIF APP0 on the way', () => {
    const jfif = segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
    const xmp = segment(0xe1, [...ascii('http://ns.adobe.com/xap/1.0/'), 0, ...ascii('<x:xmpmeta/>')]);
    const icc = segment(0xe2, [...ascii('ICC_PROFILE'), 0, 1, 1, ...new Array(300).fill(7)]);
    const bytes = jpeg(jfif, xmp, [0xff, 0xff], exif(tiff(8, false)), icc, sof(0xc0, 640, 480));
    expect(readHeader(bytes, 'jpeg')).toEqual({ width: 640, height: 480, orientation: 8 });
  });

  it('uses the first Exif block, as browsers do', () => {
    expect(
      readHeader(jpeg(exif(tiff(6, true)), exif(tiff(3, true)), sof(0xc0, 30, 20)), 'jpeg').orientation,
    ).toBe(6);
  });

  it('reads a missing or malformed orientation as 1, without refusing the photo', () => {
    expect(readHeader(jpeg(sof(0xc0, 30, 20)), 'jpeg').orientation).toBe(1);
    expect(readHeader(jpeg(exif(tiff(9, false)), sof(0xc0, 30, 20)), 'jpeg').orientation).toBe(1);
    expect(readHeader(jpeg(exif(tiff(0, true)), sof(0xc0, 30, 20)), 'jpeg').orientation).toBe(1);
    const badOffset = [...ascii('MM'), 0, 42, ...be32(5000)];
    expect(readHeader(jpeg(exif(badOffset), sof(0xc0, 30, 20)), 'jpeg').orientation).toBe(1);
    expect(readHeader(jpeg(exif(ascii('XX junk')), sof(0xc0, 30, 20)), 'jpeg').orientation).toBe(1);
  });

  describe('odd EXIF, read as Chromium reads it (each case checked in Chromium 156)', () => {
    type Entry = [tag: number, type: number, count: number, value: number];
    const entry = ([tag, type, count, value]: Entry): number[] => [
      ...be16(tag),
      ...be16(type),
      ...be32(count),
      ...(type === 4 ? be32(value) : [...be16(value), 0, 0]),
    ];
    /** Big-endian TIFF: IFD0 = `ifd0` in the order given, then (if given) the Exif sub-IFD. */
    function tiffWith(ifd0: Entry[], subIfd?: Entry[]): number[] {
      const subAt = 8 + 2 + 12 * (ifd0.length + (subIfd ? 1 : 0)) + 4;
      const entries = subIfd ? [...ifd0, [0x8769, 4, 1, subAt] as Entry] : ifd0;
      const sub = subIfd ? [...be16(subIfd.length), ...subIfd.flatMap(entry), ...be32(0)] : [];
      return [
        ...ascii('MM'),
        ...be16(42),
        ...be32(8),
        ...be16(entries.length),
        ...entries.flatMap(entry),
        ...be32(0),
        ...sub,
      ];
    }
    const orientationOf = (app1Payload: number[]): number =>
      readHeader(jpeg(segment(0xe1, app1Payload), sof(0xc0, 30, 20)), 'jpeg').orientation;
    const EXIF = [...ascii('Exif'), 0, 0];
    const width: Entry = [0x0100, 3, 1, 640];

    it('an Orientation whose count is not 1, or whose type is not SHORT, is ignored', () => {
      expect(orientationOf([...EXIF, ...tiffWith([[0x0112, 3, 2, 6]])])).toBe(1);
      expect(orientationOf([...EXIF, ...tiffWith([[0x0112, 3, 0, 6]])])).toBe(1);
      expect(orientationOf([...EXIF, ...tiffWith([[0x0112, 4, 1, 6]])])).toBe(1);
      expect(orientationOf([...EXIF, ...tiffWith([[0x0112, 8, 1, 6]])])).toBe(1);
    });

    it('an invalid Orientation entry before a valid one: the valid one counts', () => {
      expect(
        orientationOf([
          ...EXIF,
          ...tiffWith([
            [0x0112, 3, 2, 8],
            [0x0112, 3, 1, 6],
          ]),
        ]),
      ).toBe(6);
      expect(
        orientationOf([
          ...EXIF,
          ...tiffWith([
            [0x0112, 3, 1, 9],
            [0x0112, 3, 1, 6],
          ]),
        ]),
      ).toBe(6);
      expect(
        orientationOf([
          ...EXIF,
          ...tiffWith([
            [0x0112, 3, 1, 6],
            [0x0112, 3, 1, 8],
          ]),
        ]),
      ).toBe(6);
    });

    it('an Orientation in the Exif sub-IFD counts, where its pointer stands', () => {
      expect(orientationOf([...EXIF, ...tiffWith([width], [[0x0112, 3, 1, 6]])])).toBe(6);
      expect(orientationOf([...EXIF, ...tiffWith([[0x0112, 3, 1, 3]], [[0x0112, 3, 1, 6]])])).toBe(3);
      expect(orientationOf([...EXIF, ...tiffWith([[0x0112, 3, 2, 3]], [[0x0112, 3, 1, 6]])])).toBe(6);
      expect(orientationOf([...EXIF, ...tiffWith([width], [[0x0112, 3, 2, 6]])])).toBe(1);
      // The sub-IFD pointer first: its Orientation wins over IFD0's later one.
      const subFirst = [
        ...ascii('MM'),
        ...be16(42),
        ...be32(8),
        ...be16(2),
        ...entry([0x8769, 4, 1, 8 + 2 + 24 + 4]),
        ...entry([0x0112, 3, 1, 3]),
        ...be32(0),
        ...be16(1),
        ...entry([0x0112, 3, 1, 6]),
        ...be32(0),
      ];
      expect(orientationOf([...EXIF, ...subFirst])).toBe(6);
      // A sub-IFD pointing outside the block is passed over.
      expect(
        orientationOf([
          ...EXIF,
          ...tiffWith([
            [0x8769, 4, 1, 90000],
            [0x0112, 3, 1, 8],
          ]),
        ]),
      ).toBe(8);
    });

    it('the byte after "Exif\\0" may be anything; without it the block is not Exif', () => {
      expect(orientationOf([...ascii('Exif'), 0, 1, ...tiffWith([[0x0112, 3, 1, 6]])])).toBe(6);
      expect(orientationOf([...ascii('Exif'), 0, 0xff, ...tiffWith([[0x0112, 3, 1, 6]])])).toBe(6);
      expect(orientationOf([...ascii('Exif'), 0, ...tiffWith([[0x0112, 3, 1, 6]])])).toBe(1);
      expect(orientationOf([...ascii('exif'), 0, 0, ...tiffWith([[0x0112, 3, 1, 6]])])).toBe(1);
    });

    it('IFD1 (the thumbnail) and the GPS IFD are not searched', () => {
      const ifd1 = [
        ...ascii('MM'),
        ...be16(42),
        ...be32(8),
        ...be16(1),
        ...entry(width),
        ...be32(8 + 2 + 12 + 4),
        ...be16(1),
        ...entry([0x0112, 3, 1, 6]),
        ...be32(0),
      ];
      expect(orientationOf([...EXIF, ...ifd1])).toBe(1);
      const gps = [
        ...ascii('MM'),
        ...be16(42),
        ...be32(8),
        ...be16(1),
        ...entry([0x8825, 4, 1, 8 + 2 + 12 + 4]),
        ...be32(0),
        ...be16(1),
        ...entry([0x0112, 3, 1, 6]),
        ...be32(0),
      ];
      expect(orientationOf([...EXIF, ...gps])).toBe(1);
    });
  });

  it('reads the SOF fields from inside its segment only', () => {
    // A SOF0 with no payload, followed by a comment whose bytes would read as 200×300.
    const empty = segment(0xc0, []);
    const lookalike = segment(0xfe, [8, ...be16(200), ...be16(300), 3, 1, 0x11, 0]);
    expect(codeOf(() => readHeader(jpeg(empty, lookalike, sof(0xc0, 30, 20)), 'jpeg'))).toBe('decodeFailed');
    expect(codeOf(() => readHeader(jpeg(segment(0xc0, [8, 0, 20, 0, 30]), lookalike), 'jpeg'))).toBe(
      'decodeFailed',
    );
  });

  it('reports a header cut off anywhere before the first scan as truncated', () => {
    const whole = jpeg(exif(tiff(6, false)), sof(0xc0, 300, 200));
    const sosAt = whole.length - SOS.length - 5;
    for (let cut = 2; cut < sosAt + 2; cut++) {
      expect(
        codeOf(() => readHeader(whole.subarray(0, cut), 'jpeg')),
        `cut at ${cut}`,
      ).toBe('truncated');
    }
    expect(codeOf(() => readHeader(whole.subarray(0, sosAt + 4), 'jpeg'))).toBe('no error');
  });

  it('refuses malformed headers as decodeFailed', () => {
    expect(codeOf(() => readHeader(jpeg(), 'jpeg'))).toBe('decodeFailed'); // SOS without a frame header
    expect(codeOf(() => readHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]), 'jpeg'))).toBe('decodeFailed'); // EOI at once
    expect(codeOf(() => readHeader(new Uint8Array([0xff, 0xd8, 0x00, 0x00, 0x00]), 'jpeg'))).toBe(
      'decodeFailed',
    ); // no marker
    expect(codeOf(() => readHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x01]), 'jpeg'))).toBe(
      'decodeFailed',
    ); // length < 2
    expect(codeOf(() => readHeader(jpeg(sof(0xc0, 0, 200)), 'jpeg'))).toBe('decodeFailed');
    expect(codeOf(() => readHeader(jpeg(sof(0xc0, 200, 0)), 'jpeg'))).toBe('decodeFailed'); // DNL: unsupported
  });
});

describe('readHeader: PNG', () => {
  it('reads IHDR', () => {
    expect(readHeader(png(ihdr(1234, 567), chunk('IDAT', [])), 'png')).toEqual({
      width: 1234,
      height: 567,
      orientation: 1,
    });
  });

  it('reads an eXIf orientation before the image data (Chromium applies it)', () => {
    const tagged = png(ihdr(30, 20), chunk('sRGB', [0]), chunk('eXIf', tiff(6, false)), chunk('IDAT', []));
    expect(readHeader(tagged, 'png')).toEqual({ width: 30, height: 20, orientation: 6 });
    const littleEndian = png(ihdr(30, 20), chunk('eXIf', tiff(7, true, 2)), chunk('IDAT', []));
    expect(readHeader(littleEndian, 'png').orientation).toBe(7);
  });

  it('ignores an eXIf after the image data, as decoders do', () => {
    expect(
      readHeader(png(ihdr(30, 20), chunk('IDAT', []), chunk('eXIf', tiff(6, false))), 'png').orientation,
    ).toBe(1);
  });

  it('reports cut-off headers as truncated', () => {
    const whole = png(ihdr(30, 20), chunk('eXIf', tiff(6, false)), chunk('IDAT', [1, 2, 3]));
    const idatAt = whole.length - 15;
    for (let cut = 8; cut < idatAt + 8; cut++) {
      expect(
        codeOf(() => readHeader(whole.subarray(0, cut), 'png')),
        `cut at ${cut}`,
      ).toBe('truncated');
    }
  });

  it('refuses malformed headers as decodeFailed', () => {
    expect(codeOf(() => readHeader(png(chunk('sRGB', [0]), ihdr(30, 20)), 'png'))).toBe('decodeFailed'); // IHDR not first
    expect(codeOf(() => readHeader(png(ihdr(0, 20), chunk('IDAT', [])), 'png'))).toBe('decodeFailed');
    expect(codeOf(() => readHeader(png(ihdr(30, 20), chunk('IEND', [])), 'png'))).toBe('decodeFailed'); // no image data
  });
});

describe('readHeader: image bombs', () => {
  it('refuses the 20000×20000 PNG fixture with its size in megapixels', () => {
    let caught: unknown;
    try {
      readHeader(fixture('generated/bomb-20000x20000.png'), 'png');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ImportError);
    expect(caught).toMatchObject({ code: 'tooLarge', megapixels: 400 });
  });

  it('refuses as soon as the size is known, even when the rest of the header is missing', () => {
    const cut = png(ihdr(20000, 20000)); // no IDAT: would otherwise be 'truncated'
    expect(codeOf(() => readHeader(cut, 'png'))).toBe('tooLarge');
    const jpegCut = new Uint8Array([0xff, 0xd8, ...sof(0xc0, 20000, 20000)]);
    expect(codeOf(() => readHeader(jpegCut, 'jpeg'))).toBe('tooLarge');
  });

  it('allows exactly MAX_MEGAPIXELS and refuses one row more, in every format', () => {
    expect(MAX_MEGAPIXELS).toBe(100);
    expect(codeOf(() => readHeader(png(ihdr(10000, 10000), chunk('IDAT', [])), 'png'))).toBe('no error');
    expect(codeOf(() => readHeader(png(ihdr(10000, 10001), chunk('IDAT', [])), 'png'))).toBe('tooLarge');
    expect(codeOf(() => readHeader(jpeg(sof(0xc0, 65535, 65535)), 'jpeg'))).toBe('tooLarge');
    expect(codeOf(() => readHeader(gif(65535, 65535), 'gif'))).toBe('tooLarge');
    expect(codeOf(() => readHeader(bmp(40000, -40000), 'bmp'))).toBe('tooLarge');
    expect(codeOf(() => readHeader(webpVp8x(16000, 16000), 'webp'))).toBe('tooLarge');
    expect(codeOf(() => readHeader(heif('heic', [ispe(30000, 20000)]), 'heic'))).toBe('tooLarge');
    expect(codeOf(() => readHeader(heif('avif', [ispe(30000, 20000)]), 'avif'))).toBe('tooLarge');
  });

  it('rounds the megapixels for the message', () => {
    expect(() => readHeader(png(ihdr(12000, 12000), chunk('IDAT', [])), 'png')).toThrow(
      expect.objectContaining({ code: 'tooLarge', megapixels: 144 }),
    );
  });

  it('never says a refused image has only the limit (10001×10000 is not "100 megapixels")', () => {
    expect(() => readHeader(png(ihdr(10001, 10000), chunk('IDAT', [])), 'png')).toThrow(
      expect.objectContaining({ code: 'tooLarge', megapixels: 101 }),
    );
    expect(() => readHeader(png(ihdr(10000, 10001), chunk('IDAT', [])), 'png')).toThrow(
      expect.objectContaining({ code: 'tooLarge', megapixels: 101 }),
    );
  });
});

// --- GIF, BMP, WebP --------------------------------------------------------------------------
interface GifFrame {
  left?: number;
  top?: number;
  width: number;
  height: number;
}
/** An image descriptor with a tiny (not decodable, never decoded here) LZW sub-block. */
const gifFrame = ({ left = 0, top = 0, width, height }: GifFrame): number[] => [
  0x2c,
  ...le16(left),
  ...le16(top),
  ...le16(width),
  ...le16(height),
  0,
  2,
  2,
  0x4c,
  0x01,
  0,
];
const gifScreen = (width: number, height: number): number[] => [
  ...ascii('GIF89a'),
  ...le16(width),
  ...le16(height),
  0,
  0,
  0,
];
/** A GIF with one frame that fills the logical screen. */
const gif = (width: number, height: number): Uint8Array =>
  new Uint8Array([...gifScreen(width, height), ...gifFrame({ width, height }), 0x3b]);
const gifOf = (width: number, height: number, ...blocks: number[][]): Uint8Array =>
  new Uint8Array([...gifScreen(width, height), ...blocks.flat(), 0x3b]);
/** A Graphic Control Extension: introducer, label, one 4-byte sub-block, terminator. */
const GIF_GCE = [0x21, 0xf9, 4, 0, 0, 0, 0, 0];
function bmp(width: number, height: number, dibSize = 40): Uint8Array {
  const dib =
    dibSize === 12
      ? [...le32(12), ...le16(width), ...le16(height), 1, 0, 24, 0]
      : [
          ...le32(dibSize),
          ...le32(width),
          ...le32(height >>> 0),
          1,
          0,
          24,
          0,
          ...new Array(dibSize - 16).fill(0),
        ];
  return new Uint8Array([...ascii('BM'), ...le32(0), 0, 0, 0, 0, ...le32(14 + dib.length), ...dib]);
}
const riff = (...chunkBytes: number[]): Uint8Array =>
  new Uint8Array([...ascii('RIFF'), ...le32(chunkBytes.length + 4), ...ascii('WEBP'), ...chunkBytes]);
const webpVp8 = (width: number, height: number): Uint8Array =>
  riff(...ascii('VP8 '), ...le32(10), 0x50, 0x02, 0x00, 0x9d, 0x01, 0x2a, ...le16(width), ...le16(height));
function webpVp8l(width: number, height: number): Uint8Array {
  const bits = ((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14) | (1 << 28);
  return riff(...ascii('VP8L'), ...le32(5), 0x2f, ...le32(bits));
}
const webpVp8x = (width: number, height: number): Uint8Array =>
  riff(
    ...ascii('VP8X'),
    ...le32(10),
    0x10,
    0,
    0,
    0,
    ...le32(width - 1).slice(0, 3),
    ...le32(height - 1).slice(0, 3),
  );

describe('readHeader: GIF', () => {
  it('reads the logical screen', () => {
    expect(readHeader(gif(640, 480), 'gif')).toEqual({ width: 640, height: 480, orientation: 1 });
  });
  it('truncated / malformed', () => {
    expect(codeOf(() => readHeader(gif(640, 480).subarray(0, 9), 'gif'))).toBe('truncated');
    expect(codeOf(() => readHeader(gifOf(0, 480, gifFrame({ width: 0, height: 480 })), 'gif'))).toBe(
      'decodeFailed',
    );
  });

  it('refuses a frame far bigger than its 1×1 logical screen (the browser decodes the frame)', () => {
    const hostile = gifOf(1, 1, GIF_GCE, gifFrame({ width: 12000, height: 12000 }));
    expect(() => readHeader(hostile, 'gif')).toThrow(
      expect.objectContaining({ code: 'tooLarge', megapixels: 144 }),
    );
  });

  it('grows the screen to hold the frame, offset included, as Chromium does', () => {
    expect(readHeader(gifOf(1, 1, gifFrame({ left: 3, top: 1, width: 4, height: 2 })), 'gif')).toEqual({
      width: 7,
      height: 3,
      orientation: 1,
    });
    expect(readHeader(gifOf(0, 0, gifFrame({ width: 4, height: 2 })), 'gif')).toMatchObject({
      width: 4,
      height: 2,
    });
    // A frame placed past a 65535-wide screen: 65535 + 65535 wide.
    const far = gifOf(1, 1, gifFrame({ left: 65535, top: 65535, width: 65535, height: 65535 }));
    expect(codeOf(() => readHeader(far, 'gif'))).toBe('tooLarge');
  });

  it('counts every frame it reads, not only the first', () => {
    const second = gifOf(
      10,
      10,
      gifFrame({ width: 10, height: 10 }),
      GIF_GCE,
      gifFrame({ width: 11000, height: 11000 }),
    );
    expect(codeOf(() => readHeader(second, 'gif'))).toBe('tooLarge');
  });

  it('skips extensions and colour tables on the way to the first frame', () => {
    const comment = [0x21, 0xfe, 5, ...ascii('hello'), 3, ...ascii('abc'), 0];
    const globalTable = [
      ...ascii('GIF89a'),
      ...le16(2),
      ...le16(2),
      0x81, // global colour table of 4 entries
      0,
      0,
      ...new Array(12).fill(0),
    ];
    const bytes = new Uint8Array([
      ...globalTable,
      ...comment,
      ...GIF_GCE,
      ...gifFrame({ width: 30000, height: 30000 }),
      0x3b,
    ]);
    expect(codeOf(() => readHeader(bytes, 'gif'))).toBe('tooLarge');
  });

  it('needs the first frame: cut off before it is truncated, a trailer before it is damaged', () => {
    const hostile = gifOf(1, 1, GIF_GCE, gifFrame({ width: 12000, height: 12000 }));
    expect(codeOf(() => readHeader(hostile.subarray(0, 13 + GIF_GCE.length + 4), 'gif'))).toBe('truncated');
    expect(codeOf(() => readHeader(gifOf(640, 480), 'gif'))).toBe('decodeFailed');
    // Cut inside the first frame's data, or after it: the size is known, that is enough here.
    expect(readHeader(gif(64, 32).subarray(0, 13 + 12), 'gif')).toMatchObject({ width: 64, height: 32 });
  });
});

describe('readHeader: BMP', () => {
  it('reads bottom-up and top-down (negative height) bitmaps', () => {
    expect(readHeader(bmp(640, 480), 'bmp')).toEqual({ width: 640, height: 480, orientation: 1 });
    expect(readHeader(bmp(640, -480), 'bmp')).toEqual({ width: 640, height: 480, orientation: 1 });
    expect(readHeader(bmp(640, -480, 124), 'bmp')).toEqual({ width: 640, height: 480, orientation: 1 });
  });
  it('reads the old OS/2 core header', () => {
    expect(readHeader(bmp(320, 200, 12), 'bmp')).toEqual({ width: 320, height: 200, orientation: 1 });
  });
  it('truncated / malformed', () => {
    expect(codeOf(() => readHeader(bmp(640, 480).subarray(0, 25), 'bmp'))).toBe('truncated');
    expect(codeOf(() => readHeader(bmp(-640, 480), 'bmp'))).toBe('decodeFailed');
    expect(codeOf(() => readHeader(bmp(640, 0), 'bmp'))).toBe('decodeFailed');
  });
});

describe('readHeader: WebP', () => {
  it.each([
    ['VP8 (lossy)', webpVp8(451, 300)],
    ['VP8L (lossless)', webpVp8l(451, 300)],
    ['VP8X (extended)', webpVp8x(451, 300)],
  ])('%s', (_, bytes) => {
    expect(readHeader(bytes, 'webp')).toEqual({ width: 451, height: 300, orientation: 1 });
  });

  it('reads the 14-bit VP8 size without its scaling bits', () => {
    const scaled = webpVp8(451, 300);
    scaled[27] = (scaled[27] as number) | 0xc0; // horizontal scale bits
    expect(readHeader(scaled, 'webp')).toMatchObject({ width: 451, height: 300 });
  });

  it('reports cut-off headers as truncated', () => {
    for (const bytes of [webpVp8(451, 300), webpVp8l(451, 300), webpVp8x(451, 300)]) {
      for (let cut = 12; cut < bytes.length; cut++) {
        expect(
          codeOf(() => readHeader(bytes.subarray(0, cut), 'webp')),
          `cut at ${cut}`,
        ).toBe('truncated');
      }
    }
  });

  it('refuses malformed headers as decodeFailed', () => {
    const badStartCode = webpVp8(451, 300);
    badStartCode[23] = 0;
    expect(codeOf(() => readHeader(badStartCode, 'webp'))).toBe('decodeFailed');
    const badSignature = webpVp8l(451, 300);
    badSignature[20] = 0;
    expect(codeOf(() => readHeader(badSignature, 'webp'))).toBe('decodeFailed');
    expect(codeOf(() => readHeader(riff(...ascii('ALPH'), ...le32(0)), 'webp'))).toBe('decodeFailed');
  });
});

describe('readHeader: HEIC / AVIF', () => {
  it("reads the primary item's ispe, not another item's", () => {
    expect(readHeader(heif('heic', [ispe(4032, 3024)]), 'heic')).toEqual({
      width: 4032,
      height: 3024,
      orientation: 1,
    });
    expect(readHeader(heif('avif', [ispe(640, 480)]), 'avif')).toEqual({
      width: 640,
      height: 480,
      orientation: 1,
    });
  });

  it('reads 16-bit property indices and version-1 item ids', () => {
    expect(readHeader(heif('heic', [irot(1), ispe(40, 30)], { wide: true, version: 1 }), 'heic')).toEqual({
      width: 40,
      height: 30,
      orientation: 8,
    });
  });

  it.each<[string, Property[], number]>([
    ['irot 0', [irot(0)], 1],
    ['irot 1 (90° anticlockwise)', [irot(1)], 8],
    ['irot 2', [irot(2)], 3],
    ['irot 3 (90° clockwise)', [irot(3)], 6],
    ['imir axis 0 (left↔right)', [imir(0)], 2],
    ['imir axis 1 (top↔bottom)', [imir(1)], 4],
    ['irot 1 then imir 0', [irot(1), imir(0)], 7],
    ['imir 0 then irot 1', [imir(0), irot(1)], 5],
    ['irot 3 then imir 0', [irot(3), imir(0)], 5],
    ['irot 2 then imir 1', [irot(2), imir(1)], 2],
  ])('%s → orientation %i', (_, transforms, orientation) => {
    const header = readHeader(heif('heic', [ispe(40, 30), ...transforms]), 'heic');
    expect(header.orientation).toBe(orientation);
    expect(orientedSize(header)).toEqual(
      orientation >= 5 ? { width: 30, height: 40 } : { width: 40, height: 30 },
    );
  });

  it('reports a file cut off before or inside meta as truncated', () => {
    const whole = heif('heic', [ispe(40, 30), irot(1)]);
    const metaEnd = whole.length - 12; // mdat is 12 bytes
    for (let cut = 8; cut < metaEnd; cut++) {
      expect(
        codeOf(() => readHeader(whole.subarray(0, cut), 'heic')),
        `cut at ${cut}`,
      ).toBe('truncated');
    }
    expect(codeOf(() => readHeader(whole.subarray(0, metaEnd), 'heic'))).toBe('no error');
  });

  describe('reads every field from inside its own box', () => {
    /** ftyp + meta(hdlr, `pitm`, iprp(ipco(`properties`), ipma: item `itemId` → all of them)). */
    function heifOf(pitm: number[], properties: number[][], itemId = 1): Uint8Array {
      const ipma = fullBox('ipma', 0, 0, be32(1), [
        ...be16(itemId),
        properties.length,
        ...properties.map((_, i) => 0x80 | (i + 1)),
      ]);
      const meta = fullBox(
        'meta',
        0,
        0,
        fullBox('hdlr', 0, 0, be32(0), ascii('pict'), be32(0), be32(0), be32(0), [0]),
        pitm,
        box('iprp', ipma, box('ipco', ...properties)),
      );
      return new Uint8Array([...box('ftyp', ascii('heic'), be32(0), ascii('mif1')), ...meta]);
    }

    it('the test file itself is sound', () => {
      expect(readHeader(heifOf(fullBox('pitm', 0, 0, be16(1)), [ispe(40, 30), irot(1)]), 'heic')).toEqual({
        width: 40,
        height: 30,
        orientation: 8,
      });
    });

    it('pitm: an item id the box is too short to hold', () => {
      // Without the bound, the id was read from the next box's size field (0x0000 → item 0).
      const short = heifOf(fullBox('pitm', 0, 0), [ispe(40, 30)], 0);
      expect(codeOf(() => readHeader(short, 'heic'))).toBe('decodeFailed');
      const shortV1 = heifOf(fullBox('pitm', 1, 0, be16(0)), [ispe(40, 30)], 0);
      expect(codeOf(() => readHeader(shortV1, 'heic'))).toBe('decodeFailed');
    });

    it('ispe: a height the box is too short to hold', () => {
      // The "height" would be the next box's size: 30.
      const short = heifOf(fullBox('pitm', 0, 0, be16(1)), [
        fullBox('ispe', 0, 0, be32(40)),
        box('free', be32(0), be32(0), [0, 0, 0, 0, 0, 0]),
      ]);
      expect(codeOf(() => readHeader(short, 'heic'))).toBe('decodeFailed');
    });

    it('irot / imir: an angle or axis the box is too short to hold', () => {
      // At the very end of the file, the read ran past the bytes ('truncated', so read more).
      for (const empty of [box('irot'), box('imir')]) {
        const file = heifOf(fullBox('pitm', 0, 0, be16(1)), [ispe(40, 30), empty]);
        expect(codeOf(() => readHeader(file, 'heic'))).toBe('decodeFailed');
      }
    });

    it('ipma: an entry count the box cannot hold is refused before any entry is read', () => {
      const ipma = fullBox('ipma', 0, 0, be32(0xffffffff), [...be16(1), 1, 0x81]);
      const meta = fullBox(
        'meta',
        0,
        0,
        fullBox('pitm', 0, 0, be16(1)),
        box('iprp', box('ipco', ispe(40, 30)), ipma),
      );
      const file = new Uint8Array([...box('ftyp', ascii('heic'), be32(0)), ...meta]);
      expect(codeOf(() => readHeader(file, 'heic'))).toBe('decodeFailed');
    });
  });

  it('refuses malformed containers as decodeFailed', () => {
    // The primary item has no ispe (the thumbnail's must not stand in for it).
    expect(codeOf(() => readHeader(heif('heic', [irot(1)]), 'heic'))).toBe('decodeFailed');
    expect(codeOf(() => readHeader(heif('heic', [ispe(0, 30)]), 'heic'))).toBe('decodeFailed');
    const noPitm = [
      ...box('ftyp', ascii('heic'), be32(0)),
      ...fullBox('meta', 0, 0, box('iprp', box('ipco', ispe(40, 30)))),
    ];
    expect(codeOf(() => readHeader(new Uint8Array(noPitm), 'heic'))).toBe('decodeFailed');
    const noMeta = [...box('ftyp', ascii('heic'), be32(0)), ...be32(0), ...ascii('mdat'), 1, 2, 3];
    expect(codeOf(() => readHeader(new Uint8Array(noMeta), 'heic'))).toBe('decodeFailed');
    const childTooBig = [
      ...box('ftyp', ascii('heic'), be32(0)),
      ...fullBox('meta', 0, 0, [...be32(500), ...ascii('pitm'), 0, 0, 0, 0, 0, 1]),
    ];
    expect(codeOf(() => readHeader(new Uint8Array(childTooBig), 'heic'))).toBe('decodeFailed');
  });
});

describe('orientedSize', () => {
  it('swaps width and height for orientations 5–8 only', () => {
    for (let orientation = 1 as ImageHeader['orientation']; orientation <= 8; orientation++) {
      const swapped = orientation >= 5;
      expect(orientedSize({ width: 4032, height: 3024, orientation })).toEqual(
        swapped ? { width: 3024, height: 4032 } : { width: 4032, height: 3024 },
      );
    }
  });
});
