import { expect, test } from '@playwright/test';
import { USER_AGENTS } from '../support/userAgents';
import {
  blueShare,
  choosePhoto,
  decodePng,
  download,
  expectedCover,
  fixture,
  meanDifference,
  openApp,
  waitForPhoto,
} from './helpers';
import { readFileSync } from 'node:fs';

test('size and format come from the URL: JPEG at 400 px', async ({ page }) => {
  await openApp(page, '?size=400&format=jpeg');
  await choosePhoto(page, 'portrait.jpg');
  await waitForPhoto(page);
  const { fileName, bytes } = await download(page);
  expect(fileName).toBe('cornflower-userpic.jpg');
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  // SOF0 carries the size: find it and read height/width.
  const sof = bytes.indexOf(Buffer.from([0xff, 0xc0]));
  expect(bytes.readUInt16BE(sof + 5)).toBe(400);
  expect(bytes.readUInt16BE(sof + 7)).toBe(400);
});

test('every export size is offered and honoured', async ({ page }) => {
  await openApp(page);
  await choosePhoto(page, 'cat.webp');
  await waitForPhoto(page);
  for (const size of [400, 720, 2048]) {
    await page.getByLabel('Size', { exact: true }).selectOption(String(size));
    const png = decodePng((await download(page)).bytes);
    expect([png.width, png.height]).toEqual([size, size]);
  }
});

test('undo and redo edits; start over leaves nothing behind', async ({ page }) => {
  await openApp(page);
  await choosePhoto(page, 'cat.webp');
  await waitForPhoto(page);
  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();
  await page.getByRole('button', { name: 'Cornflower wreath' }).click();
  await expect(page.getByRole('button', { name: 'Cornflower wreath' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await undo.click();
  await expect(page.getByRole('button', { name: 'Cornflower wreath' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await redo.click();
  await expect(page.getByRole('button', { name: 'Cornflower wreath' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('button', { name: 'Cornflower wreath' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByTestId('editor-canvas')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Choose a photo' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download' })).toBeDisabled();
});

test('the badge snaps to a corner preset', async ({ page }) => {
  await openApp(page);
  await choosePhoto(page, 'grayscale.png'); // a grey photo: any blue is the badge
  await waitForPhoto(page);
  await page.getByRole('radio', { name: 'Top left' }).click();
  const png = decodePng((await download(page)).bytes);
  expect(blueShare(png, 20, 20, 360, 360)).toBeGreaterThan(0.15);
  expect(blueShare(png, 720, 720, 1060, 1060)).toBeLessThan(0.01);
});

test('a photo pasted from the clipboard loads', async ({ page }) => {
  await openApp(page);
  const base64 = readFileSync(fixture('portrait.png')).toString('base64');
  await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
  }, base64);
  await waitForPhoto(page);
});

test('a photo dropped on the page loads', async ({ page }) => {
  await openApp(page);
  const base64 = readFileSync(fixture('cat.webp')).toString('base64');
  await page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'cat.webp', { type: 'image/webp' }));
    document.body.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
    );
  }, base64);
  await waitForPhoto(page);
});

test('shows progress while a large photo is prepared', async ({ page }) => {
  await openApp(page);
  await choosePhoto(page, 'photo-12mp.heic');
  const progress = page.getByRole('progressbar', { name: 'Preparing your photo…' });
  await expect(progress).toBeVisible();
  await expect(progress.getByText('Preparing your photo…')).toBeVisible();
  expect((await progress.boundingBox())?.height).toBeGreaterThan(4);
  await expect(page.locator('#editor')).toHaveAttribute('aria-busy', 'true');
  await waitForPhoto(page);
  await expect(progress).toHaveCount(0);
});

test('until the first look, the progress sits over the empty square, and nothing in the square takes the focus', async ({
  page,
}) => {
  // The HEIC decoder is held back: the photo stays in preparation (a small HEIC has no first look).
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.context().route('**/libheif-bundle-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page);
  // A press first, as a person does: the editor's code loads, its stage (a focusable region) is there.
  await page.mouse.click(5, 5);
  await expect(page.locator('#editor .stage-standby [data-testid="editor-canvas"]')).toBeAttached({
    timeout: 30_000,
  });
  await choosePhoto(page, 'generated/quadrants.heic');
  const progress = page.getByRole('progressbar', { name: 'Preparing your photo…' });
  await expect(progress).toBeVisible();
  const square = (await page.locator('#editor .stage-live .stage-frame').boundingBox())!;
  const bar = (await progress.locator('.progress-bar').boundingBox())!;
  expect(bar.y).toBeGreaterThan(square.y);
  expect(bar.y + bar.height).toBeLessThan(square.y + square.height);
  // Inert: Tab and a script's focus() both pass it by.
  const frame = page.locator('#editor .stage-live .stage-frame');
  expect(await frame.evaluate((e) => ((e as HTMLElement).focus(), document.activeElement === e))).toBe(false);
  release();
  await waitForPhoto(page);
  await expect(progress).toHaveCount(0);
  await page.getByTestId('editor-canvas').focus();
  await expect(page.getByTestId('editor-canvas')).toBeFocused();
});

for (const [app, userAgent] of Object.entries({
  facebook: USER_AGENTS.facebookIos,
  instagram: USER_AGENTS.instagram,
  messenger: USER_AGENTS.messenger,
  telegram: USER_AGENTS.telegramAndroid,
})) {
  test(`inside ${app}'s browser the picture is shown to press and hold`, async ({ browser }) => {
    const context = await browser.newContext({
      userAgent,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    const page = await context.newPage();
    let downloaded = false;
    page.on('download', () => (downloaded = true));
    await openApp(page);
    await choosePhoto(page, 'portrait.jpg');
    await waitForPhoto(page);
    await page.getByRole('button', { name: 'Download' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Press and hold');
    await expect(dialog).toContainText('Open in browser');
    const image = dialog.getByRole('img', { name: /profile picture/i });
    await expect(image).toBeVisible();
    const size = await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    expect(size).toEqual([1080, 1080]);
    expect(await image.getAttribute('src')).toMatch(/^blob:/);
    expect(downloaded).toBe(false);
    await context.close();
  });
}

test('an ordinary browser downloads without the dialog', async ({ browser }) => {
  const context = await browser.newContext({ userAgent: USER_AGENTS.chromeDesktop });
  const page = await context.newPage();
  await openApp(page);
  await choosePhoto(page, 'portrait.jpg');
  await waitForPhoto(page);
  const { fileName } = await download(page);
  expect(fileName).toBe('cornflower-userpic.png');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await context.close();
});

test('where the browser can share files, Share hands over the finished picture', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: { name: string; type: string; size: number }[] = [];
    Object.assign(window, { __shared: shared });
    Object.defineProperty(navigator, 'canShare', { value: (data: ShareData) => Boolean(data.files?.length) });
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        for (const file of data.files ?? [])
          shared.push({ name: file.name, type: file.type, size: file.size });
      },
    });
  });
  await openApp(page);
  await choosePhoto(page, 'portrait.jpg');
  await waitForPhoto(page);
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.locator('.export-status')).toHaveText('Your picture is ready.');
  // Said once, by the page's one live region: no second region repeats it.
  await expect(page.getByTestId('announcer')).toHaveText('Picture shared.');
  await expect(page.getByRole('status')).toHaveCount(1);
  const shared = await page.evaluate(
    () => (window as unknown as { __shared: { name: string; type: string; size: number }[] }).__shared,
  );
  expect(shared).toHaveLength(1);
  expect(shared[0]).toMatchObject({ name: 'cornflower-userpic.png', type: 'image/png' });
  expect(shared[0]!.size).toBeGreaterThan(10_000);
});

test('a second photo cancels one still being processed', async ({ page }) => {
  // Watch the decode workers: what they are asked, what they answer, which are terminated.
  await page.addInitScript(() => {
    type Entry = { event: 'decode' | 'done' | 'terminated'; worker: number; id?: number; size?: number };
    const log: Entry[] = [];
    let workers = 0;
    let started: (entry: Entry) => void = () => undefined;
    const bigDecodeStarted = new Promise<Entry>((resolve) => (started = resolve));
    Object.assign(window, { __workerLog: log, __bigDecodeStarted: bigDecodeStarted });
    const Native = window.Worker;
    window.Worker = class extends Native {
      readonly #n = ++workers;
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (event: MessageEvent<{ type?: string; id?: number }>) => {
          if (event.data?.type === 'done') log.push({ event: 'done', worker: this.#n, id: event.data.id });
        });
      }
      override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]) {
        const m = message as { type?: string; id?: number; file?: Blob };
        if (m?.type === 'decode') {
          const entry: Entry = { event: 'decode', worker: this.#n, id: m.id, size: m.file?.size ?? 0 };
          log.push(entry);
          if (entry.size! > 1_000_000) started(entry);
        }
        super.postMessage(message, options as StructuredSerializeOptions);
      }
      override terminate() {
        log.push({ event: 'terminated', worker: this.#n });
        super.terminate();
      }
    };
  });
  type Entry = { event: string; worker: number; id?: number; size?: number };
  const workerLog = () => page.evaluate(() => (window as unknown as { __workerLog: Entry[] }).__workerLog);

  await openApp(page);
  await choosePhoto(page, 'photo-12mp.heic'); // over a second of libheif
  await expect(page.getByRole('progressbar')).toBeVisible();
  // The moment the HEIC reaches its worker, the cat is pasted (the picker is hidden while a photo is
  // prepared; paste and drop still work). In the page: no round trip to the test runner, which can
  // take longer than the decode on a busy machine.
  const heic = await page.evaluate(
    async (data) => {
      const decoding = await (window as unknown as { __bigDecodeStarted: Promise<Entry> }).__bigDecodeStarted;
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'cat.webp', { type: 'image/webp' }));
      window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true }));
      const log = (window as unknown as { __workerLog: Entry[] }).__workerLog;
      return { ...decoding, finishedBefore: log.some((e) => e.event === 'done' && e.id === decoding.id) };
    },
    readFileSync(fixture('cat.webp')).toString('base64'),
  );
  expect(heic.finishedBefore).toBe(false);
  await waitForPhoto(page);

  // Wait until the HEIC's decode is over one way or the other: its worker terminated (cancelled),
  // or its bitmap delivered (not cancelled: then it would replace the cat).
  const ended = async () =>
    (await workerLog())
      .filter(
        (e) =>
          (e.event === 'terminated' && e.worker === heic.worker) || (e.event === 'done' && e.id === heic.id),
      )
      .map((e) => e.event);
  await expect.poll(ended, { timeout: 30_000 }).not.toEqual([]);
  expect(await ended()).toEqual(['terminated']);
  await expect(page.locator('#editor')).toHaveAttribute('aria-busy', 'false');
  const cat = decodePng((await download(page)).bytes);
  const notBadge = (x: number, y: number) => x > 700 && y > 700;
  expect(meanDifference(cat, await expectedCover(page, 'cat.webp'), notBadge)).toBeLessThan(4);

  // The app is still usable: the next photo loads and exports.
  await choosePhoto(page, 'portrait.jpg');
  await expect
    .poll(async () => {
      const png = decodePng((await download(page)).bytes);
      return meanDifference(png, await expectedCover(page, 'portrait.jpg'), notBadge);
    })
    .toBeLessThan(4);
});

test('a picture that takes a moment is said to be on its way, then said to be downloaded', async ({
  page,
}) => {
  await openApp(page, '?size=2048');
  await choosePhoto(page, 'photo-12mp.jpg');
  await waitForPhoto(page);
  // A slow phone: the 2048 px picture then takes seconds, far past the announcer's quarter second.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const announcer = page.getByTestId('announcer');
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  await expect(announcer).toContainText('Creating your picture…');
  await downloaded;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(announcer).toHaveText('Picture downloaded: cornflower-userpic.png.');
});
