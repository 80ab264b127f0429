import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/image/errors';
import type { ImportedPhoto } from '../../src/image/importPhoto';
import type { Inspection } from '../../src/image/inspectFile';
import type { RenderRequest } from '../../src/export/renderScene';
import { createEditorSession } from '../../src/session/editorSession';
import type { PhotoPipeline } from '../../src/session/photoImport';
import type { AssetImage } from '../../src/state/assets';

type FakeBitmap = ImageBitmap & { closed: boolean };
const bitmap = (width: number, height: number): FakeBitmap => {
  const b = { width, height, closed: false, close: () => void (b.closed = true) };
  return b as unknown as FakeBitmap;
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A pipeline whose every step the test completes by hand: no timing, no real decoder. */
function manualPipeline() {
  const files = new Map<
    Blob,
    {
      preview: ReturnType<typeof deferred<AssetImage | null>>;
      sharp: ReturnType<typeof deferred<ImportedPhoto>>;
    }
  >();
  const of = (file: Blob) => {
    let entry = files.get(file);
    if (!entry) {
      entry = { preview: deferred(), sharp: deferred() };
      files.set(file, entry);
    }
    return entry;
  };
  const pipeline: PhotoPipeline = {
    inspect: async (file) => {
      if (file.size === 0) throw new ImportError('empty');
      const head = await file.slice(0, 4).text();
      if (head === 'text') throw new ImportError('notImage');
      return { format: 'jpeg', header: { width: 4032, height: 3024 } } as unknown as Inspection;
    },
    quickPreview: (file, signal) => {
      signal.addEventListener('abort', () => of(file).preview.resolve(null));
      return of(file).preview.promise;
    },
    importPhoto: (file, { signal }) => {
      signal.addEventListener('abort', () =>
        of(file).sharp.reject(new DOMException('aborted', 'AbortError')),
      );
      return of(file).sharp.promise;
    },
  };
  return { pipeline, of };
}

const sharpPhoto = (b: ImageBitmap): ImportedPhoto => ({
  bitmap: b,
  width: b.width,
  height: b.height,
  format: 'jpeg',
  sourceWidth: b.width * 2,
  sourceHeight: b.height * 2,
});

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function setUp(previewFirst = false, afterShown?: () => Promise<void>) {
  const { pipeline: manual, of } = manualPipeline();
  const started: Blob[] = [];
  const pipeline: PhotoPipeline = {
    ...manual,
    previewFirst,
    ...(afterShown ? { afterShown } : {}),
    importPhoto: (file, options) => {
      started.push(file);
      return manual.importPhoto(file, options);
    },
  };
  const renders: { request: RenderRequest; done: ReturnType<typeof deferred<Blob>> }[] = [];
  const render = (request: RenderRequest) => {
    const done = deferred<Blob>();
    renders.push({ request, done });
    return done.promise;
  };
  const session = createEditorSession({ overlays: ['badge'] }, { pipeline, render });
  return { session, of, renders, started };
}

const photoFile = (name: string) => new Blob([`jpeg-${name}`]);

/** Loads `name` to the end: no preview, then its sharp copy. Resolves with that copy. */
async function loadSharp(
  { session, of }: Pick<ReturnType<typeof setUp>, 'session' | 'of'>,
  name: string,
  size = 512,
): Promise<FakeBitmap> {
  const file = photoFile(name);
  const loading = session.newPhoto(file);
  await flush();
  of(file).preview.resolve(null);
  const sharp = bitmap(size, size);
  of(file).sharp.resolve(sharpPhoto(sharp));
  await loading;
  return sharp;
}

describe('editor session: the photo on screen is always whole and sharp, or none', () => {
  it('shows the preview, then the sharp copy in place', async () => {
    const { session, of } = setUp();
    const file = photoFile('big');
    const loading = session.newPhoto(file);
    await flush();
    const preview = bitmap(160, 120);
    of(file).preview.resolve(preview);
    await flush();
    expect(session.photoImage()).toBe(preview);
    expect(session.getSnapshot().importStatus).toBe('processing');
    const sharp = bitmap(2160, 1620);
    of(file).sharp.resolve(sharpPhoto(sharp));
    await loading;
    expect(session.photoImage()).toBe(sharp);
    expect(preview.closed).toBe(true);
    expect(session.getSnapshot().importStatus).toBe('ready');
    // The scene keeps the preview's measure; PhotoNode scales the sharp copy to it.
    expect(session.getSnapshot().history.present.photo).toMatchObject({ width: 160, height: 120 });
  });

  it('a first look of another shape than the sharp copy is re-measured when the sharp copy lands', async () => {
    const { session, of } = setUp();
    const file = photoFile('big');
    const loading = session.newPhoto(file);
    await flush();
    of(file).preview.resolve(bitmap(160, 160)); // a square placeholder for a 4:3 photo
    await flush();
    of(file).sharp.resolve(sharpPhoto(bitmap(2160, 1620)));
    await loading;
    expect(session.getSnapshot().history.present.photo).toMatchObject({ width: 2160, height: 1620 });
  });

  it('with previewFirst, the sharp decode starts only once the first look is decoded', async () => {
    const { session, of, started } = setUp(true);
    const file = photoFile('big');
    const loading = session.newPhoto(file);
    await flush();
    expect(started).toHaveLength(0); // the preview decodes alone
    of(file).preview.resolve(bitmap(160, 120));
    await flush();
    expect(started).toEqual([file]);
    of(file).sharp.resolve(sharpPhoto(bitmap(2160, 1620)));
    await loading;
    expect(session.getSnapshot().importStatus).toBe('ready');
  });

  it("the sharp decode waits for the first look's frame, and never when nothing was shown", async () => {
    const frame = deferred<void>();
    const { session, of, started } = setUp(true, () => frame.promise);
    const file = photoFile('big');
    const loading = session.newPhoto(file);
    await flush();
    of(file).preview.resolve(bitmap(160, 120));
    await flush();
    expect(session.getSnapshot().importStatus).toBe('processing');
    expect(started).toHaveLength(0); // the first look is on its way to the screen
    frame.resolve();
    await flush();
    expect(started).toEqual([file]);
    of(file).sharp.resolve(sharpPhoto(bitmap(2160, 1620)));
    await loading;

    // No first look (a small photo): the decode starts at once, no frame to wait for.
    const never = setUp(true, () => new Promise<void>(() => undefined));
    const small = photoFile('small');
    void never.session.newPhoto(small);
    await flush();
    never.of(small).preview.resolve(null);
    await flush();
    expect(never.started).toEqual([small]);
    never.session.startOver();
  });

  it('without it, both start at once', async () => {
    const { session, started } = setUp(false);
    const file = photoFile('big');
    void session.newPhoto(file);
    await flush();
    expect(started).toEqual([file]);
    session.startOver();
  });

  it('a bad file chosen while the sharp copy decodes is refused, and the decode goes on to the sharp copy', async () => {
    const { session, of } = setUp();
    const big = photoFile('big');
    const loading = session.newPhoto(big);
    await flush();
    const preview = bitmap(160, 120);
    of(big).preview.resolve(preview);
    await flush();

    await session.newPhoto(new Blob(['text file named .jpg']));
    expect(session.getSnapshot().importError).toEqual({ code: 'notImage' });
    expect(session.getSnapshot().importStatus).toBe('processing');

    const sharp = bitmap(2160, 1620);
    of(big).sharp.resolve(sharpPhoto(sharp));
    await loading;
    expect(session.photoImage()).toBe(sharp);
    expect(session.getSnapshot().importStatus).toBe('ready');
  });

  it('a file that looks like a photo but fails withdraws the preview it cancelled: never a blurry export', async () => {
    const { session, of } = setUp();
    const big = photoFile('big');
    void session.newPhoto(big);
    await flush();
    const preview = bitmap(160, 120);
    of(big).preview.resolve(preview);
    await flush();
    expect(session.getSnapshot().history.present.photo).not.toBeNull();

    const cutOff = photoFile('truncated');
    const failing = session.newPhoto(cutOff);
    await flush();
    // The big photo's decode was cancelled: its preview must not stay as "the photo".
    expect(preview.closed).toBe(true);
    expect(session.getSnapshot().history.present.photo).toBeNull();
    of(cutOff).preview.resolve(null);
    of(cutOff).sharp.reject(new ImportError('truncated'));
    await failing;
    expect(session.getSnapshot().importError).toEqual({ code: 'truncated' });
    expect(session.getSnapshot().history.present.photo).toBeNull();
    expect(session.photoImage()).toBeUndefined();
  });

  it('a failed file leaves a finished photo untouched', async () => {
    const { session, of } = setUp();
    const sharp = await loadSharp({ session, of }, 'first');

    const cutOff = photoFile('truncated');
    const failing = session.newPhoto(cutOff);
    await flush();
    of(cutOff).preview.resolve(null);
    of(cutOff).sharp.reject(new ImportError('truncated'));
    await failing;
    expect(session.photoImage()).toBe(sharp);
    expect(sharp.closed).toBe(false);
    expect(session.getSnapshot().importError?.code).toBe('truncated');
  });

  it('Start over during an export does not close the bitmap the export draws; it closes it afterwards', async () => {
    const { session, of, renders } = setUp();
    const sharp = await loadSharp({ session, of }, 'one');

    const exporting = session.renderPicture({ quote: '', attribution: '' });
    expect(renders[0]!.request.image).toBe(sharp);
    session.startOver();
    expect(session.getSnapshot().history.present.photo).toBeNull();
    expect(sharp.closed).toBe(false); // still being drawn
    renders[0]!.done.resolve(new Blob(['png']));
    const picture = await exporting;
    expect(picture).toMatchObject({ fileName: 'cornflower-userpic.png', width: 1080, height: 1080 });
    expect(sharp.closed).toBe(true); // and gone once the export is done
  });

  it('a new photo during an export does not close the old bitmap under it', async () => {
    const { session, of, renders } = setUp();
    const old = await loadSharp({ session, of }, 'one');

    const exporting = session.renderPicture({ quote: '', attribution: '' });
    const next = photoFile('two');
    const loadingNext = session.newPhoto(next);
    await flush();
    of(next).preview.resolve(null);
    of(next).sharp.resolve(sharpPhoto(bitmap(300, 300)));
    await loadingNext;
    expect(old.closed).toBe(false);
    renders[0]!.done.reject(new Error('encoder failed'));
    await expect(exporting).rejects.toThrow('encoder failed');
    expect(old.closed).toBe(true);
  });

  it('Start over cancels an import in progress and leaves nothing', async () => {
    const { session, of } = setUp();
    const file = photoFile('big');
    const loading = session.newPhoto(file);
    await flush();
    const preview = bitmap(160, 120);
    of(file).preview.resolve(preview);
    await flush();
    session.edit({ type: 'badgeChanged', x: 0.3 });
    session.startOver();
    await loading;
    const snap = session.getSnapshot();
    expect(snap.history.present.photo).toBeNull();
    expect(snap.history.past).toHaveLength(0);
    expect(snap.importStatus).toBe('idle');
    expect(preview.closed).toBe(true);
    expect(session.assets.get('photo-1')).toBeUndefined();
  });
});

describe('editor session: the first look, as early as it can be', () => {
  /** A pipeline whose header read the test completes by hand, and which records each first look asked for. */
  function earlyPipeline() {
    const inspections: ReturnType<typeof deferred<Inspection>>[] = [];
    const looks: { file: Blob; signal: AbortSignal; look: ReturnType<typeof deferred<AssetImage | null>> }[] =
      [];
    const pipeline: PhotoPipeline = {
      inspect: () => {
        const inspection = deferred<Inspection>();
        inspections.push(inspection);
        return inspection.promise;
      },
      quickPreview: (file, signal) => {
        const look = deferred<AssetImage | null>();
        signal.addEventListener('abort', () => look.resolve(null));
        looks.push({ file, signal, look });
        return look.promise;
      },
      importPhoto: () => new Promise<ImportedPhoto>(() => undefined),
    };
    const session = createEditorSession(
      { overlays: ['badge'] },
      { pipeline, render: () => new Promise(() => {}) },
    );
    return { session, inspections, looks };
  }
  const jpegInspection = { format: 'jpeg', header: { width: 4032, height: 3024 } } as unknown as Inspection;

  it('is asked for the moment the file comes, before its header is read; a refused file stops it', async () => {
    const { session, inspections, looks } = earlyPipeline();
    const text = photoFile('text');
    void session.newPhoto(text);
    expect(looks.map((l) => l.file)).toEqual([text]); // at once, not after the header
    expect(looks[0]!.signal.aborted).toBe(false);
    inspections[0]!.reject(new ImportError('notImage'));
    await flush();
    expect(looks[0]!.signal.aborted).toBe(true);
    expect(session.getSnapshot().importError).toEqual({ code: 'notImage' });
    expect(session.getSnapshot().importStatus).toBe('idle');
  });

  it("shows nothing before the header has passed, and a newer file stops the older one's", async () => {
    const { session, inspections, looks } = earlyPipeline();
    const first = photoFile('first');
    const second = photoFile('second');
    void session.newPhoto(first);
    const look = bitmap(504, 378);
    looks[0]!.look.resolve(look); // decoded before its header was read on this side
    await flush();
    expect(session.photoImage()).toBeUndefined();
    void session.newPhoto(second);
    inspections[0]!.resolve(jpegInspection);
    await flush();
    expect(looks[0]!.signal.aborted).toBe(true);
    expect(session.photoImage()).toBeUndefined();
    expect((look as FakeBitmap).closed).toBe(true); // what it brought is released
    inspections[1]!.resolve(jpegInspection);
    const secondLook = bitmap(504, 378);
    looks[1]!.look.resolve(secondLook);
    await flush();
    expect(session.photoImage()).toBe(secondLook);
    session.startOver();
  });
  it('Start over while the header is read stops the first look at once; what it still brings is released', async () => {
    const { session, inspections, looks } = earlyPipeline();
    void session.newPhoto(photoFile('first'));
    const look = bitmap(504, 378);
    looks[0]!.look.resolve(look);
    session.startOver();
    expect(looks[0]!.signal.aborted).toBe(true); // not only once the header is in
    inspections[0]!.resolve(jpegInspection);
    await flush();
    expect(look.closed).toBe(true);
    expect(session.photoImage()).toBeUndefined();
    expect(session.getSnapshot().importStatus).toBe('idle');
  });
});

describe("editor session: a new photo painted ahead of the shell's render", () => {
  /** A session whose frames the test ends by hand (frames.next()), counting what its listeners hear. */
  function painted(paint: (photo: unknown, image: AssetImage) => boolean = () => true) {
    let frame = deferred<void>();
    const frames = {
      next: async () => {
        const ended = frame;
        frame = deferred<void>();
        ended.resolve();
        await flush();
      },
    };
    const setup = setUp(true, () => frame.promise);
    const calls: { photo: unknown; image: AssetImage }[] = [];
    setup.session.setPainter((photo, image) => (calls.push({ photo, image }), paint(photo, image)));
    const heard = { session: 0, assets: 0 };
    setup.session.subscribe(() => heard.session++);
    setup.session.assets.subscribe(() => heard.assets++);
    return { ...setup, frames, calls, heard };
  }

  /** Chooses `name` and lets its first look (504×378) arrive. */
  async function firstLook(setup: ReturnType<typeof painted>, name: string) {
    const file = photoFile(name);
    void setup.session.newPhoto(file);
    await flush();
    const look = bitmap(504, 378);
    const before = { ...setup.heard };
    setup.of(file).preview.resolve(look);
    await flush();
    return { file, look, before };
  }

  it('into an empty square: drawn at once; the listeners and the asset store told after its frame, once', async () => {
    const setup = painted();
    const { look, before } = await firstLook(setup, 'big');
    expect(setup.calls).toEqual([{ photo: setup.session.getSnapshot().history.present.photo, image: look }]);
    expect(setup.session.photoImage()).toBe(look); // the session's own state is current at once
    expect(setup.heard).toEqual(before);
    await setup.frames.next();
    expect(setup.heard).toEqual({ session: before.session + 1, assets: before.assets + 1 });
    setup.session.startOver();
  });

  it('a change in the meantime tells at once, and the frame then tells nothing more', async () => {
    const setup = painted();
    const { before } = await firstLook(setup, 'big');
    setup.session.setOutput({ size: 720 });
    expect(setup.heard.session).toBe(before.session + 1);
    await setup.frames.next();
    expect(setup.heard.session).toBe(before.session + 1);
    setup.session.startOver();
  });

  it('a painter that cannot (the stage not on screen) or fails: shown and told at once', async () => {
    for (const paint of [
      () => false,
      () => {
        throw new Error('no canvas');
      },
    ]) {
      const setup = painted(paint);
      const { look, before } = await firstLook(setup, 'big');
      expect(setup.calls).toHaveLength(1);
      expect(setup.session.photoImage()).toBe(look);
      expect(setup.heard.session).toBeGreaterThan(before.session);
      expect(setup.heard.assets).toBeGreaterThan(before.assets);
      setup.session.startOver();
    }
  });

  it('not over a photo on screen (it can only draw under it), nor a sharp copy with no first look', async () => {
    const setup = painted();
    const { file } = await firstLook(setup, 'big');
    await setup.frames.next();
    setup.of(file).sharp.resolve(sharpPhoto(bitmap(2160, 1620)));
    await flush();
    expect(setup.calls).toHaveLength(1);
    const { before } = await firstLook(setup, 'next');
    expect(setup.calls).toHaveLength(1);
    expect(setup.heard.session).toBeGreaterThan(before.session);

    setup.session.startOver();
    const small = photoFile('small');
    void setup.session.newPhoto(small);
    await flush();
    setup.of(small).preview.resolve(null);
    await flush();
    setup.of(small).sharp.resolve(sharpPhoto(bitmap(512, 512)));
    await flush();
    expect(setup.calls).toHaveLength(1);
    expect(setup.session.getSnapshot().importStatus).toBe('ready');
  });
});
