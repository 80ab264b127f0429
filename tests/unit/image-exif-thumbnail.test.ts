import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EXIF_THUMBNAIL_READ_BUDGET,
  findExifThumbnail,
  JPEG_EXIF_SEARCH_BYTES,
  type ExifThumbnail,
} from '../../src/image/exifThumbnail';
import { readHeader } from '../../src/image/header';
import type { ImageFormat } from '../../src/image/sniff';
import { countingBlob } from '../support/countingBlob';

const fixture = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** findExifThumbnail on these bytes; also checks it read no more than the budget. */
async function find(
  bytes: Uint8Array<ArrayBuffer> | BlobPart[],
  format: ImageFormat,
): Promise<ExifThumbnail | null> {
  const { blob, read } = countingBlob(Array.isArray(bytes) ? bytes : [bytes]);
  const result = await findExifThumbnail(blob, format);
  expect(read()).toBeLessThanOrEqual(EXIF_THUMBNAIL_READ_BUDGET);
  return result;
}

// --- Where things are in the fixtures, found by parsing (and checked), not hard-coded blindly. ---

const JPEG = fixture('photo-12mp.jpg');
const HEIC = fixture('photo-12mp.heic');
/** photo-12mp.jpg: APP1 at 20, "Exif\0\0" at 24, TIFF (little-endian) at 30. */
const JPEG_TIFF = 30;
/** The same thumbnail in both files (7249 bytes, 196×110). */
const THUMB_LENGTH = 7249;
const JPEG_THUMB_START = 34_600;
const HEIC_THUMB_START = 3_322_610;
/** The thumbnail's SOF0 marker. */
const JPEG_THUMB_SOF = JPEG.subarray(0, JPEG_THUMB_START + THUMB_LENGTH).findIndex(
  (byte, i, b) => i > JPEG_THUMB_START && byte === 0xff && b[i + 1] === 0xc0,
);

const le16 = (b: Uint8Array, at: number): number => new DataView(b.buffer, b.byteOffset).getUint16(at, true);
const le32 = (b: Uint8Array, at: number): number => new DataView(b.buffer, b.byteOffset).getUint32(at, true);
const setLe16 = (b: Uint8Array, at: number, v: number): void =>
  new DataView(b.buffer, b.byteOffset).setUint16(at, v, true);
const setLe32 = (b: Uint8Array, at: number, v: number): void =>
  new DataView(b.buffer, b.byteOffset).setUint32(at, v, true);
const be32 = (b: Uint8Array, at: number): number => new DataView(b.buffer, b.byteOffset).getUint32(at);
const setBe32 = (b: Uint8Array, at: number, v: number): void =>
  new DataView(b.buffer, b.byteOffset).setUint32(at, v);

/** File offsets inside a little-endian TIFF block starting at `tiff`. */
function tiffLayout(bytes: Uint8Array, tiff: number) {
  expect(String.fromCharCode(bytes[tiff]!, bytes[tiff + 1]!)).toBe('II');
  const ifd0 = tiff + le32(bytes, tiff + 4);
  const next0 = ifd0 + 2 + le16(bytes, ifd0) * 12;
  const ifd1 = tiff + le32(bytes, next0);
  const entry = (ifd: number, tag: number): number => {
    for (let i = 0; i < le16(bytes, ifd); i++)
      if (le16(bytes, ifd + 2 + i * 12) === tag) return ifd + 2 + i * 12;
    throw new Error(`no tag ${tag.toString(16)}`);
  };
  return {
    ifd0,
    /** Where IFD0's next-IFD offset (the IFD1 pointer) is. */
    next0,
    ifd1,
    next1: ifd1 + 2 + le16(bytes, ifd1) * 12,
    orientation0: entry(ifd0, 0x0112),
    thumbOffset: entry(ifd1, 0x0201),
    thumbLength: entry(ifd1, 0x0202),
  };
}

const patched = (bytes: Uint8Array<ArrayBuffer>, patch: (copy: Uint8Array<ArrayBuffer>) => void) => {
  const copy = bytes.slice();
  patch(copy);
  return copy;
};

// --- A small HEIF writer for the hostile and the less common layouts. ---

const ascii = (text: string): Uint8Array => new Uint8Array([...text].map((c) => c.charCodeAt(0)));
function cat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
/** A big-endian field of `size` bytes (0, 1, 2, 4 or 8). */
function uint(value: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (let i = size - 1, v = value; i >= 0; i--, v = Math.floor(v / 256)) out[i] = v % 256;
  return out;
}
const box = (type: string, ...body: Uint8Array[]) => {
  const payload = cat(...body);
  return cat(uint(payload.length + 8, 4), ascii(type), payload);
};
const fullBox = (type: string, version: number, ...body: Uint8Array[]) =>
  box(type, new Uint8Array([version, 0, 0, 0]), ...body);

interface HeifOptions {
  /** The Exif item's payload (the 4-byte TIFF offset, then the block). */
  exif: Uint8Array;
  iinfVersion?: 0 | 1;
  infeVersion?: 2 | 3;
  /** iinf's entry count as written (a lie when it differs from the 2 entries). */
  infeCount?: number;
  ilocVersion?: 0 | 1 | 2;
  offsetSize?: number;
  lengthSize?: number;
  baseSize?: number;
  indexSize?: number;
  constructionMethod?: number;
  /** The Exif extent as written, given the real one. */
  extent?: (offset: number, length: number) => { base: number; offset: number; length: number };
  /** 'mdat' before 'meta', with this many bytes in front of the Exif payload. */
  mdatFirst?: number;
}

function buildHeif(o: HeifOptions): Uint8Array<ArrayBuffer> {
  const ftyp = box('ftyp', ascii('heic'), uint(0, 4), ascii('mif1heic'));
  const infeVersion = o.infeVersion ?? 2;
  const infe = (id: number, type: string) =>
    fullBox(
      'infe',
      infeVersion,
      uint(id, infeVersion === 2 ? 2 : 4),
      uint(0, 2),
      ascii(type),
      new Uint8Array(1),
    );
  const iinfVersion = o.iinfVersion ?? 0;
  const iinf = fullBox(
    'iinf',
    iinfVersion,
    uint(o.infeCount ?? 2, iinfVersion === 0 ? 2 : 4),
    infe(1, 'hvc1'),
    infe(2, 'Exif'),
  );
  const version = o.ilocVersion ?? 0;
  const [offsetSize, lengthSize, baseSize, indexSize] = [
    o.offsetSize ?? 4,
    o.lengthSize ?? 4,
    o.baseSize ?? 0,
    o.indexSize ?? 0,
  ];
  const idBytes = version < 2 ? 2 : 4;
  const iloc = (exifOffset: number) => {
    const real = { base: 0, offset: exifOffset, length: o.exif.length };
    const written = o.extent ? o.extent(exifOffset, o.exif.length) : real;
    const item = (id: number, extent: typeof real) =>
      cat(
        uint(id, idBytes),
        version === 0 ? new Uint8Array(0) : uint(o.constructionMethod ?? 0, 2),
        uint(0, 2), // data reference index
        uint(extent.base, baseSize),
        uint(1, 2), // extent count
        uint(0, version === 0 ? 0 : indexSize),
        uint(extent.offset, offsetSize),
        uint(extent.length, lengthSize),
      );
    return fullBox(
      'iloc',
      version,
      new Uint8Array([(offsetSize << 4) | lengthSize, (baseSize << 4) | (version === 0 ? 0 : indexSize)]),
      uint(2, idBytes),
      item(1, { base: 0, offset: 0, length: 0 }), // the image item: never looked at
      item(2, written),
    );
  };
  const meta = (exifOffset: number) =>
    fullBox(
      'meta',
      0,
      fullBox('hdlr', 0, uint(0, 4), ascii('pict'), new Uint8Array(13)),
      iinf,
      iloc(exifOffset),
    );
  if (o.mdatFirst !== undefined) {
    const mdat = box('mdat', new Uint8Array(o.mdatFirst), o.exif);
    return cat(ftyp, mdat, meta(ftyp.length + 8 + o.mdatFirst));
  }
  const metaLength = meta(0).length;
  return cat(ftyp, meta(ftyp.length + metaLength + 8), box('mdat', o.exif));
}

/** The JPEG fixture's TIFF block (to the end of its APP1), holding the 196×110 thumbnail. */
const JPEG_TIFF_BLOCK = JPEG.subarray(JPEG_TIFF, 20 + 2 + ((JPEG[22]! << 8) | JPEG[23]!));
/** As others than Apple write it: offset 6, then "Exif\0\0", then the block. */
const EXIF_ITEM = cat(uint(6, 4), ascii('Exif\0\0'), JPEG_TIFF_BLOCK);

describe('findExifThumbnail: the fixtures', () => {
  it('finds the 196×110 IFD1 thumbnail of the 12 MP JPEG in its first 64 KB', async () => {
    const { blob, read } = countingBlob([JPEG]);
    const thumbnail = await findExifThumbnail(blob, 'jpeg');
    expect(read()).toBeLessThanOrEqual(JPEG_EXIF_SEARCH_BYTES);
    expect(thumbnail).toMatchObject({ width: 196, height: 110, orientation: 1 });
    expect(thumbnail!.blob.size).toBe(THUMB_LENGTH);
    expect(thumbnail!.blob.type).toBe('image/jpeg');
    const bytes = await bytesOf(thumbnail!.blob);
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect([...bytes.subarray(-2)]).toEqual([0xff, 0xd9]);
    expect(bytes).toEqual(JPEG.subarray(JPEG_THUMB_START, JPEG_THUMB_START + THUMB_LENGTH));
  });

  it('finds the same thumbnail in the HEIC’s Exif item, reading little of the 3.3 MB', async () => {
    const { blob, read } = countingBlob([HEIC]);
    const thumbnail = await findExifThumbnail(blob, 'heic');
    // Top-level box headers (256 B), the 460 B meta box, the 41.7 KB Exif item.
    expect(read()).toBeLessThanOrEqual(48 * 1024);
    expect(thumbnail).toMatchObject({ width: 196, height: 110, orientation: 1 });
    const bytes = await bytesOf(thumbnail!.blob);
    expect(bytes).toEqual(HEIC.subarray(HEIC_THUMB_START, HEIC_THUMB_START + THUMB_LENGTH));
    expect(bytes).toEqual(JPEG.subarray(JPEG_THUMB_START, JPEG_THUMB_START + THUMB_LENGTH));
  });

  it('is a stale 16:9 thumbnail: the 4:3 photo was cropped after it was written', async () => {
    // Callers must compare aspects before painting it in place of the photo.
    const photo = readHeader(JPEG.subarray(0, 64 * 1024), 'jpeg');
    expect(photo).toMatchObject({ width: 4032, height: 3024 });
    const thumbnail = (await find(JPEG, 'jpeg'))!;
    expect(thumbnail.width / thumbnail.height).toBeCloseTo(16 / 9, 1);
    expect(Math.abs(thumbnail.width / thumbnail.height - photo.width / photo.height)).toBeGreaterThan(0.4);
  });

  it.each([
    ['portrait.jpg', 'jpeg'], // no Exif at all
    ['portrait-exif-orientation-6.jpg', 'jpeg'], // Exif with IFD0 only
    ['generated/orientation-6.jpg', 'jpeg'],
    ['cat.webp', 'webp'],
    ['generated/quadrants.heic', 'heic'], // no Exif item
    ['generated/quadrants.avif', 'avif'],
    ['portrait.png', 'png'],
    ['truncated.jpg', 'jpeg'],
    ['empty.jpg', 'jpeg'],
    ['not-an-image.jpg', 'jpeg'],
  ] as const)('%s has none: null', async (name, format) => {
    expect(await find(fixture(name), format)).toBeNull();
  });

  it('only looks where the format says', async () => {
    expect(await find(JPEG, 'heic')).toBeNull();
    expect(await find(HEIC, 'jpeg')).toBeNull();
    expect(await find(JPEG, 'png')).toBeNull();
  });
});

describe('findExifThumbnail: JPEG', () => {
  const layout = tiffLayout(JPEG, JPEG_TIFF);
  const withTiff = (patch: (copy: Uint8Array<ArrayBuffer>) => void) => patched(JPEG, patch);

  it('reads the layout it is tested against', () => {
    expect(le32(JPEG, layout.thumbOffset + 8)).toBe(JPEG_THUMB_START - JPEG_TIFF);
    expect(le32(JPEG, layout.thumbLength + 8)).toBe(THUMB_LENGTH);
  });

  it('gives the orientation of IFD0, not the thumbnail’s own IFD1 entry', async () => {
    const turned = withTiff((b) => setLe16(b, layout.orientation0 + 8, 6));
    expect(await find(turned, 'jpeg')).toMatchObject({ width: 196, height: 110, orientation: 6 });
    const bad = withTiff((b) => setLe16(b, layout.orientation0 + 8, 9));
    expect(await find(bad, 'jpeg')).toMatchObject({ orientation: 1 });
  });

  it('finds the Exif APP1 behind other segments, when it starts in the first 64 KB', async () => {
    const comment = (length: number) =>
      cat(new Uint8Array([0xff, 0xfe, length >> 8, length & 255]), new Uint8Array(length - 2));
    const near = cat(JPEG.subarray(0, 2), comment(20_000), comment(20_000), JPEG.subarray(2));
    const found = await find(near, 'jpeg');
    expect(found).toMatchObject({ width: 196, height: 110 });
    expect(await bytesOf(found!.blob)).toEqual(
      JPEG.subarray(JPEG_THUMB_START, JPEG_THUMB_START + THUMB_LENGTH),
    );

    // The APP1 now straddles the 64 KB mark: the rest of it is read, once.
    const straddling = cat(JPEG.subarray(0, 2), comment(30_000), comment(30_000), JPEG.subarray(2));
    const { blob, read } = countingBlob([straddling]);
    expect(await findExifThumbnail(blob, 'jpeg')).toMatchObject({ width: 196, height: 110 });
    expect(read()).toBeLessThanOrEqual(2 * 64 * 1024);

    const far = cat(JPEG.subarray(0, 2), comment(40_000), comment(40_000), JPEG.subarray(2));
    const counted = countingBlob([far]);
    expect(await findExifThumbnail(counted.blob, 'jpeg')).toBeNull();
    expect(counted.read()).toBeLessThanOrEqual(JPEG_EXIF_SEARCH_BYTES);
  });

  it.each<[string, (b: Uint8Array) => void]>([
    ['IFD1 offset past the end', (b) => setLe32(b, layout.next0, 0xfffffff0)],
    ['IFD1 offset just past the APP1', (b) => setLe32(b, layout.next0, 41_828)],
    ['no IFD1', (b) => setLe32(b, layout.next0, 0)],
    ['IFD0 whose next IFD is itself', (b) => setLe32(b, layout.next0, layout.ifd0 - JPEG_TIFF)],
    [
      'IFD0 that is IFD1, whose next IFD is itself',
      (b) => {
        setLe32(b, JPEG_TIFF + 4, layout.ifd1 - JPEG_TIFF);
        setLe32(b, layout.next1, layout.ifd1 - JPEG_TIFF);
      },
    ],
    ['IFD1 pointing into the TIFF header', (b) => setLe32(b, layout.next0, 4)],
    ['thumbnail length 0', (b) => setLe32(b, layout.thumbLength + 8, 0)],
    ['thumbnail length 2³²−1', (b) => setLe32(b, layout.thumbLength + 8, 0xffffffff)],
    ['thumbnail length over 64 KB', (b) => setLe32(b, layout.thumbLength + 8, 70_000)],
    ['thumbnail running past the APP1', (b) => setLe32(b, layout.thumbLength + 8, THUMB_LENGTH + 2)],
    ['thumbnail offset past the end', (b) => setLe32(b, layout.thumbOffset + 8, 0xfffffff0)],
    ['thumbnail offset 0', (b) => setLe32(b, layout.thumbOffset + 8, 0)],
    ['thumbnail offset count 2', (b) => setLe32(b, layout.thumbOffset + 4, 2)],
    ['thumbnail length of type ASCII', (b) => setLe16(b, layout.thumbLength + 2, 2)],
    ['no FF D8 at the offset', (b) => setLe32(b, layout.thumbOffset + 8, JPEG_THUMB_START - JPEG_TIFF + 1)],
    ['thumbnail without a frame header', (b) => b.set([0xff, 0xc4], JPEG_THUMB_SOF)],
    ['IFD1 with 65535 entries', (b) => setLe16(b, layout.ifd1, 0xffff)],
    ['IFD0 with 65535 entries', (b) => setLe16(b, layout.ifd0, 0xffff)],
    ['bad TIFF magic', (b) => setLe16(b, JPEG_TIFF + 2, 43)],
    ['APP1 length cut to the TIFF header', (b) => b.set([0, 16], 22)],
  ])('%s: null', async (_name, patch) => {
    expect(await find(withTiff(patch), 'jpeg')).toBeNull();
  });

  it('does not follow IFD1’s own next-IFD offset (a loop there is harmless)', async () => {
    const looped = withTiff((b) => setLe32(b, layout.next1, layout.ifd1 - JPEG_TIFF));
    expect(await find(looped, 'jpeg')).toMatchObject({ width: 196, height: 110 });
  });

  it('reads a big-endian TIFF block', async () => {
    // The same block rewritten as MM: swap each field the thumbnail path reads.
    const mm = withTiff((b) => {
      const dv = new DataView(b.buffer);
      const t = JPEG_TIFF;
      b.set([0x4d, 0x4d], t);
      dv.setUint16(t + 2, 42);
      dv.setUint32(t + 4, layout.ifd0 - t);
      const swapIfd = (ifd: number) => {
        const n = le16(JPEG, ifd);
        dv.setUint16(ifd, n);
        for (let i = 0; i < n; i++) {
          const e = ifd + 2 + i * 12;
          const type = le16(JPEG, e + 2);
          dv.setUint16(e, le16(JPEG, e));
          dv.setUint16(e + 2, type);
          dv.setUint32(e + 4, le32(JPEG, e + 4));
          if (type === 3 && le32(JPEG, e + 4) === 1) dv.setUint32(e + 8, le16(JPEG, e + 8) << 16);
          else dv.setUint32(e + 8, le32(JPEG, e + 8));
        }
        dv.setUint32(ifd + 2 + n * 12, le32(JPEG, ifd + 2 + n * 12));
      };
      swapIfd(layout.ifd0);
      swapIfd(layout.ifd1);
      dv.setUint16(layout.orientation0 + 8, 8);
    });
    expect(await find(mm, 'jpeg')).toMatchObject({ width: 196, height: 110, orientation: 8 });
  });

  it('accepts the thumbnail at the very end of a cut-off file, and not a byte less', async () => {
    // A file cut right after the thumbnail (the APP1 claims more than the file has).
    const end = JPEG_THUMB_START + THUMB_LENGTH;
    expect(await find(JPEG.slice(0, end), 'jpeg')).toMatchObject({ width: 196, height: 110 });
    expect(await find(JPEG.slice(0, end - 1), 'jpeg')).toBeNull();
  });
});

describe('findExifThumbnail: HEIF', () => {
  it('reads a written HEIF the same way as the fixture (offset 6 past Exif\\0\\0)', async () => {
    const heif = buildHeif({ exif: EXIF_ITEM });
    const found = await find(heif, 'heic');
    expect(found).toMatchObject({ width: 196, height: 110, orientation: 1 });
    expect(await bytesOf(found!.blob)).toEqual(
      JPEG.subarray(JPEG_THUMB_START, JPEG_THUMB_START + THUMB_LENGTH),
    );
    expect(await find(heif, 'avif')).toMatchObject({ width: 196, height: 110 });
  });

  it.each<[string, Partial<HeifOptions>]>([
    ['iinf version 1, infe version 3', { iinfVersion: 1, infeVersion: 3 }],
    ['iloc version 1 with an extent index', { ilocVersion: 1, indexSize: 4 }],
    ['iloc version 2, 8-byte offsets and lengths', { ilocVersion: 2, offsetSize: 8, lengthSize: 8 }],
    [
      'a base offset',
      { baseSize: 4, extent: (offset, length) => ({ base: offset - 100, offset: 100, length }) },
    ],
    [
      'a base offset only',
      { baseSize: 8, offsetSize: 0, extent: (offset, length) => ({ base: offset, offset: 0, length }) },
    ],
  ])('reads %s', async (_name, options) => {
    expect(await find(buildHeif({ exif: EXIF_ITEM, ...options }), 'heic')).toMatchObject({
      width: 196,
      height: 110,
    });
  });

  it('finds a meta box after a 4 MB mdat with small reads', async () => {
    const heif = buildHeif({ exif: EXIF_ITEM, mdatFirst: 4_000_000 });
    const { blob, read } = countingBlob([heif]);
    expect(await findExifThumbnail(blob, 'heic')).toMatchObject({ width: 196, height: 110 });
    expect(read()).toBeLessThanOrEqual(EXIF_ITEM.length + 4096);
  });

  it.each<[string, Partial<HeifOptions>]>([
    ['iloc extent past the end', { extent: (offset, length) => ({ base: 0, offset: offset + 1, length }) }],
    ['iloc extent offset 2³²−1', { extent: (_offset, length) => ({ base: 0, offset: 0xffffffff, length }) }],
    ['iloc extent length 2³²−1', { extent: (offset) => ({ base: 0, offset, length: 0xffffffff }) }],
    ['iloc extent length 0', { extent: (offset) => ({ base: 0, offset, length: 0 }) }],
    [
      'iloc 8-byte offset 2⁶⁴−1',
      { ilocVersion: 1, offsetSize: 8, extent: (_o, length) => ({ base: 0, offset: 2 ** 64 - 1, length }) },
    ],
    ['construction method 1 (idat)', { ilocVersion: 1, constructionMethod: 1 }],
    ['infe count 2³²−1', { iinfVersion: 1, infeCount: 0xffffffff }],
    ['infe count 65535', { infeCount: 0xffff }],
    ['infe count 1 (the Exif entry not counted)', { infeCount: 1 }],
    ['iloc field size 3', { lengthSize: 3 as 4 }],
    ['TIFF offset past the item', { exif: cat(uint(0xfffffff0, 4), JPEG_TIFF_BLOCK) }],
    ['TIFF offset one byte off', { exif: cat(uint(5, 4), ascii('Exif\0\0'), JPEG_TIFF_BLOCK) }],
    ['a thumbnail cut off by the end of the item', { exif: EXIF_ITEM.subarray(0, EXIF_ITEM.length - 2) }],
  ])('%s: null', async (_name, options) => {
    expect(await find(buildHeif({ exif: EXIF_ITEM, ...options }), 'heic')).toBeNull();
  });

  it.each<[string, (b: Uint8Array) => void]>([
    ['meta box claiming 4 GB', (b) => setBe32(b, 28, 0xffffffff)],
    ['meta box claiming less than its children', (b) => setBe32(b, 28, 100)],
    ['iloc claiming 65535 items', (b) => b.set([0xff, 0xff], 87 + 14)],
    ['iloc extent of the Exif item past the end', (b) => setBe32(b, 87 + 14 + 2 + 18 + 10, HEIC.length)],
    ['iinf claiming 65535 entries', (b) => b.set([0xff, 0xff], 157 + 12)],
  ])('the fixture with %s: null', async (_name, patch) => {
    // The fixture's meta: at 28, iloc at 87 (v0, 4/4/4/0, 18-byte items), iinf at 157 (v0).
    expect(String.fromCharCode(...HEIC.subarray(91, 95))).toBe('iloc');
    expect(String.fromCharCode(...HEIC.subarray(161, 165))).toBe('iinf');
    expect(be32(HEIC, 87 + 14 + 2 + 18 + 4)).toBe(3_288_154); // the Exif item's base offset
    expect(await find(patched(HEIC, patch), 'heic')).toBeNull();
  });

  it('accepts the fixture cut right after its Exif item (it ends with the thumbnail), not a byte less', async () => {
    const end = HEIC_THUMB_START + THUMB_LENGTH;
    expect(await find(HEIC.slice(0, end), 'heic')).toMatchObject({ width: 196, height: 110 });
    expect(await find(HEIC.slice(0, end - 1), 'heic')).toBeNull();
  });
});

describe('findExifThumbnail: never throws, never reads much', () => {
  it.each([
    ['photo-12mp.jpg', 'jpeg'],
    ['photo-12mp.heic', 'heic'],
  ] as const)('%s cut at every 97th byte of its first 4 KB: null', async (name, format) => {
    const bytes = fixture(name);
    for (let end = 0; end < 4096; end += 97) expect(await find(bytes.slice(0, end), format)).toBeNull();
  });

  it.each([
    ['photo-12mp.jpg', 'jpeg', JPEG_TIFF, 2048],
    ['photo-12mp.heic', 'heic', 28, 460],
  ] as const)('%s with bytes of its header scrambled: no rejection', async (name, format, from, span) => {
    const bytes = fixture(name);
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0), seed / 2 ** 32);
    // Only the header is scrambled: the rest of the file is one Blob, never copied again.
    const cut = from + span;
    const rest = new Blob([bytes.subarray(cut)]);
    for (let round = 0; round < 150; round++) {
      const head = bytes.slice(0, cut);
      for (let i = 0; i < 4; i++) head[from + Math.floor(random() * span)] = Math.floor(random() * 256);
      const found = await find([head, rest], format);
      if (found) {
        expect(found.width).toBeGreaterThan(0);
        expect(found.height).toBeGreaterThan(0);
        expect(found.blob.size).toBeLessThanOrEqual(64 * 1024);
        expect(found.orientation).toBeGreaterThanOrEqual(1);
        expect(found.orientation).toBeLessThanOrEqual(8);
      }
    }
  });

  it('resolves null when reading the file fails', async () => {
    const failing = new Proxy(new Blob([JPEG]), {
      get(target, key) {
        if (key === 'slice')
          return () => ({ arrayBuffer: () => Promise.reject(new Error('NotReadableError')) });
        return Reflect.get(target, key, target) as unknown;
      },
    });
    await expect(findExifThumbnail(failing, 'jpeg')).resolves.toBeNull();
    await expect(findExifThumbnail(failing, 'heic')).resolves.toBeNull();
  });
});
