import { afterEach, describe, expect, it, vi } from 'vitest';
import { inspectFile } from '../../src/image/inspectFile';
import { quickPreview } from '../../src/image/quickPreview';
import { previewJpeg } from '../../src/workers/decode/previewJpeg';
import { close, load, meanColour, withOrientation } from './imageHelpers';

const signal = () => new AbortController().signal;

/** Counts the ImageDecoders made on this page from now on (the global stubbed: unstub after). */
function countImageDecoders(): { readonly made: number } {
  const counter = { made: 0 };
  const Native = ImageDecoder;
  vi.stubGlobal(
    'ImageDecoder',
    class extends Native {
      constructor(init: ImageDecoderInit) {
        super(init);
        counter.made++;
      }
    },
  );
  return counter;
}

/** Counts the workers started on this page from now on (the global stubbed: unstub after). */
function countWorkers(): { readonly made: number } {
  const counter = { made: 0 };
  const NativeWorker = Worker;
  vi.stubGlobal(
    'Worker',
    class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        counter.made++;
      }
    },
  );
  return counter;
}

async function asBitmap(preview: HTMLCanvasElement | ImageBitmap): Promise<ImageBitmap> {
  return createImageBitmap(preview);
}

describe('quickPreview', () => {
  it('decodes a big JPEG small, and it is the same picture', async () => {
    const file = await load('photo-12mp.jpg');
    const preview = await quickPreview(file, signal());
    if (!preview) throw new Error('no preview');
    expect(Math.max(preview.width, preview.height)).toBeLessThanOrEqual(1008);
    expect(preview.width / preview.height).toBeCloseTo(4032 / 3024, 2);
    const full = await createImageBitmap(file);
    const small = await asBitmap(preview);
    for (const [x0, y0] of [
      [0, 0],
      [0.5, 0],
      [0, 0.5],
      [0.5, 0.5],
    ] as const) {
      expect(
        close(meanColour(small, x0, y0, x0 + 0.5, y0 + 0.5), meanColour(full, x0, y0, x0 + 0.5, y0 + 0.5), 6),
      ).toBe(true);
    }
  });

  it("paints a HEIC at once from its embedded thumbnail, cut to the photo's shape", async () => {
    const heic = await load('photo-12mp.heic');
    const preview = await quickPreview(heic, signal());
    if (!preview) throw new Error('no preview for the HEIC');
    // The fixture's thumbnail is 196×110 (16:9, stale): the placeholder has the photo's 4:3.
    expect(preview.width / preview.height).toBeCloseTo(4032 / 3024, 2);
    const photo = await createImageBitmap(await load('photo-12mp.jpg'));
    const small = await asBitmap(preview);
    for (const [x0, y0] of [
      [0, 0],
      [0.5, 0],
      [0, 0.5],
      [0.5, 0.5],
    ] as const) {
      expect(
        close(
          meanColour(small, x0, y0, x0 + 0.5, y0 + 0.5),
          meanColour(photo, x0, y0, x0 + 0.5, y0 + 0.5),
          12,
        ),
      ).toBe(true);
    }
  });

  it("never takes a JPEG's stale thumbnail (another shape) for the photo", async () => {
    const preview = await quickPreview(await load('photo-12mp.jpg'), signal());
    if (!preview) throw new Error('no preview');
    // The 16:9 thumbnail is refused; the 1/8-scale decode (504 px wide) is the first look.
    expect(preview.width).toBe(504);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** Every message the page posts to a worker, by type; `rewrite` may change one on its way. */
  function watchWorkerMessages(rewrite = (message: { type: string }) => message) {
    const asked: string[] = [];
    const post = Worker.prototype.postMessage;
    vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (
      this: Worker,
      message: { type: string },
      options?: StructuredSerializeOptions | Transferable[],
    ) {
      asked.push(message.type);
      post.call(this, rewrite(message), options as StructuredSerializeOptions);
    });
    return asked;
  }

  it("decodes a JPEG's first look in the decode worker, not on this thread", async () => {
    // On this thread the decode waited for the page's own work (the render of the new photo).
    const onThisThread = countImageDecoders();
    const asked = watchWorkerMessages();
    const preview = await quickPreview(await load('photo-12mp.jpg'), signal());
    expect(asked).toEqual(['preview']);
    expect(onThisThread.made).toBe(0);
    expect(preview).toBeInstanceOf(ImageBitmap);
    expect(preview!.width).toBe(504);
  });

  it('an abort answers at once and stops the decode; the same worker then serves the next photo', async () => {
    const file = await load('photo-12mp.jpg');
    const inspection = await inspectFile(file);
    await quickPreview(file, signal(), inspection); // a warm worker, kept idle
    const asked = watchWorkerMessages(); // on the native prototype, before Worker is wrapped
    const workers = countWorkers();
    const stop = new AbortController();
    const first = quickPreview(file, stop.signal, inspection);
    expect(asked).toEqual(['preview']); // asked at once, with the inspection in hand
    stop.abort();
    expect(await first).toBeNull();
    expect(asked).toEqual(['preview', 'cancelPreview']);
    expect((await quickPreview(file, signal(), inspection))?.width).toBe(504);
    expect(workers.made).toBe(0);
  });

  it("asked with the header still being read: a refused header stops the worker's look, and the same worker serves the next", async () => {
    const file = await load('photo-12mp.jpg');
    await quickPreview(file, signal(), await inspectFile(file)); // a warm worker, kept idle
    const asked = watchWorkerMessages();
    const workers = countWorkers();
    let refuse!: (error: unknown) => void;
    const inspection = new Promise<never>((_resolve, reject) => (refuse = reject));
    const look = quickPreview(file, signal(), inspection);
    expect(asked).toEqual(['preview']); // before the header is in
    refuse(new Error('notImage'));
    expect(await look).toBeNull();
    expect(asked).toEqual(['preview', 'cancelPreview']);
    expect((await quickPreview(file, signal(), await inspectFile(file)))?.width).toBe(504);
    expect(workers.made).toBe(0);
  });

  it("falls back to an <img> when the worker's decode fails", async () => {
    // The worker is handed an empty file in place of the photo: its ImageDecoder fails, it answers null.
    watchWorkerMessages((message) =>
      message.type === 'preview' ? { ...message, file: new Blob([], { type: 'image/jpeg' }) } : message,
    );
    const preview = await quickPreview(await load('photo-12mp.jpg'), signal());
    expect(preview).toBeInstanceOf(HTMLCanvasElement);
    expect(Math.max(preview!.width, preview!.height)).toBe(720);
  });

  it('shows an EXIF-rotated photo upright', async () => {
    const bytes = new Uint8Array(await (await load('photo-12mp.jpg')).arrayBuffer());
    const preview = await quickPreview(new Blob([withOrientation(bytes, 6)]), signal());
    if (!preview) throw new Error('no preview');
    expect(preview.height).toBeGreaterThan(preview.width);
    const upright = await createImageBitmap(new Blob([withOrientation(bytes, 6)]));
    const small = await asBitmap(preview);
    expect(close(meanColour(small, 0, 0, 1, 0.5), meanColour(upright, 0, 0, 1, 0.5), 6)).toBe(true);
  });

  it('previews big non-JPEG images through an <img> on a small canvas', async () => {
    const canvas = new OffscreenCanvas(2400, 1600);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#c02030';
    context.fillRect(0, 0, 1200, 1600);
    context.fillStyle = '#2040c0';
    context.fillRect(1200, 0, 1200, 1600);
    const png = await canvas.convertToBlob({ type: 'image/png' });
    const preview = await quickPreview(png, signal());
    expect(preview).toBeInstanceOf(HTMLCanvasElement);
    expect([preview!.width, preview!.height]).toEqual([720, 480]);
    const small = await asBitmap(preview!);
    expect(close(meanColour(small, 0, 0, 0.45, 1), [192, 32, 48], 4)).toBe(true);
    expect(close(meanColour(small, 0.55, 0, 1, 1), [32, 64, 192], 4)).toBe(true);
  });

  it('previews nothing for small photos, HEIC without a thumbnail, SVG, bombs, bad files, or after an abort', async () => {
    for (const name of [
      'portrait.jpg',
      'generated/quadrants.heic',
      'generated/script.svg',
      'generated/bomb-20000x20000.png',
      'truncated.jpg',
      'empty.jpg',
    ]) {
      expect(await quickPreview(await load(name), signal()), name).toBeNull();
    }
    const aborted = new AbortController();
    aborted.abort();
    expect(await quickPreview(await load('photo-12mp.jpg'), aborted.signal)).toBeNull();
  });
});

describe("the decode worker's first look, asked before the page has the header", () => {
  afterEach(() => vi.unstubAllGlobals());

  /** photo-12mp.jpg with its frame header (SOF0) claiming `width`×`height`. */
  async function claiming(width: number, height: number): Promise<Blob> {
    const bytes = new Uint8Array(await (await load('photo-12mp.jpg')).arrayBuffer());
    // Segment by segment (the EXIF block holds a thumbnail with a SOF0 of its own).
    for (let i = 2; i < bytes.length - 9; i += 2 + ((bytes[i + 2]! << 8) | bytes[i + 3]!)) {
      if (bytes[i + 1] !== 0xc0) continue;
      bytes.set([height >> 8, height & 255, width >> 8, width & 255], i + 5);
      return new Blob([bytes], { type: 'image/jpeg' });
    }
    throw new Error('no SOF0');
  }

  it('reads the header itself: a bomb, a small photo or a non-JPEG gets no decoder at all', async () => {
    const decoders = countImageDecoders();
    const stop = new AbortController();
    for (const [name, file] of [
      ['a JPEG claiming 12000×12000 (144 MP)', await claiming(12000, 12000)],
      ['a 512² JPEG', await load('portrait.jpg')],
      ['a PNG bomb', await load('generated/bomb-20000x20000.png')],
      ['a HEIC', await load('photo-12mp.heic')],
      ['a text file', await load('not-an-image.jpg')],
    ] as const) {
      expect(await previewJpeg(file, stop.signal), name).toBeUndefined();
      expect(decoders.made, name).toBe(0);
    }
    const look = await previewJpeg(await load('photo-12mp.jpg'), stop.signal);
    expect(decoders.made).toBe(1);
    expect([look?.width, look?.height]).toEqual([504, 378]);
    look?.close();
  });

  it('stops before the decode when the page says stop meanwhile', async () => {
    const decoders = countImageDecoders();
    const stop = new AbortController();
    const look = previewJpeg(await load('photo-12mp.jpg'), stop.signal);
    stop.abort();
    expect(await look).toBeUndefined();
    expect(decoders.made).toBe(0);
  });
});
