// The live camera: Take a photo → preview → Capture → the same import as a chosen file. Chromium's
// fake camera (a moving test pattern) covers the real getUserMedia path; a stub camera (a canvas
// stream of a picture we know) covers mirroring, switching, sizes and every refusal.
import { expect, test, type Page } from '@playwright/test';
import { chromeArgs, chromePath } from '../support/chrome-path.mjs';
import {
  decodePng,
  download,
  fixture,
  lumaSpread,
  meanColour,
  openApp,
  structure,
  waitForPhoto,
} from './helpers';

declare global {
  interface Window {
    __cameraStreams: MediaStream[];
    /** Every canvas a JPEG was made from, with its size at that moment. */
    __jpegCanvases: { canvas: HTMLCanvasElement; width: number; height: number }[];
    /** How many camera tracks were still live each time a camera was asked for. */
    __liveAtOpen: number[];
    /** The camera each stream came from. */
    __cameraIds: (string | undefined)[];
  }
}

// Every test may use Chromium's fake cameras (two, which do not say which way they face); the
// stubbed ones replace getUserMedia before the app runs.
test.use({
  launchOptions: {
    executablePath: chromePath(),
    args: [
      ...chromeArgs,
      '--use-fake-device-for-media-stream=device-count=2',
      '--use-fake-ui-for-media-stream',
    ],
  },
});

/** Init script: records every camera stream and every canvas that makes a JPEG. */
function recordCamera() {
  window.__cameraStreams = [];
  window.__jpegCanvases = [];
  window.__liveAtOpen = [];
  window.__cameraIds = [];
  const toBlob = HTMLCanvasElement.prototype.toBlob;
  HTMLCanvasElement.prototype.toBlob = function (callback, type, quality) {
    if (type === 'image/jpeg')
      window.__jpegCanvases.push({ canvas: this, width: this.width, height: this.height });
    return toBlob.call(this, callback, type, quality);
  };
  const devices = navigator.mediaDevices;
  const getUserMedia = devices.getUserMedia.bind(devices);
  devices.getUserMedia = async (constraints) => {
    const live = window.__cameraStreams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live');
    window.__liveAtOpen.push(live.length);
    const stream = await getUserMedia(constraints);
    window.__cameraStreams.push(stream);
    window.__cameraIds.push(stream.getVideoTracks()[0]?.getSettings().deviceId);
    return stream;
  };
}

interface StubCamera {
  readonly width?: number;
  readonly height?: number;
  /** getUserMedia rejects with an error of this name instead. */
  readonly error?: string;
}

/**
 * Init script: a front camera ('user') and a back one ('environment'), each a canvas stream with a
 * red left half and a blue right half (the back camera: green and yellow), so a mirrored picture
 * shows. Which one opens follows the facingMode asked for, as on a phone.
 */
function stubCamera({ width = 640, height = 480, error }: StubCamera) {
  const devices = navigator.mediaDevices;
  devices.enumerateDevices = async () =>
    ['front', 'back'].map(
      (id) =>
        ({ kind: 'videoinput', deviceId: id, label: id, groupId: id, toJSON: () => ({}) }) as MediaDeviceInfo,
    );
  devices.getUserMedia = async (constraints) => {
    if (error) throw new DOMException('Stub camera refuses', error);
    const video = typeof constraints?.video === 'object' ? constraints.video : {};
    const asked = video.facingMode;
    const facing =
      typeof asked === 'object' && !Array.isArray(asked) && 'ideal' in asked ? asked.ideal : 'user';
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d')!;
    const [left, right] =
      facing === 'environment' ? ['rgb(30,200,60)', 'rgb(240,220,20)'] : ['rgb(220,30,30)', 'rgb(30,60,220)'];
    const paint = () => {
      context.fillStyle = left;
      context.fillRect(0, 0, width / 2, height);
      context.fillStyle = right;
      context.fillRect(width / 2, 0, width / 2, height);
    };
    paint();
    // A canvas stream makes a frame only when the canvas is drawn on.
    const timer = setInterval(paint, 40);
    const stream = canvas.captureStream(25);
    const track = stream.getVideoTracks()[0]!;
    const settings = track.getSettings.bind(track);
    track.getSettings = () => ({
      ...settings(),
      facingMode: String(facing),
      deviceId: facing === 'user' ? 'front' : 'back',
    });
    const stop = track.stop.bind(track);
    track.stop = () => {
      clearInterval(timer);
      stop();
    };
    return stream;
  };
}

const trackStates = (page: Page) =>
  page.evaluate(() => window.__cameraStreams.flatMap((s) => s.getTracks().map((t) => t.readyState)));

async function expectCameraOff(page: Page) {
  const states = await trackStates(page);
  expect(states.length).toBeGreaterThan(0);
  expect(states).toEqual(states.map(() => 'ended'));
}

async function openCamera(page: Page) {
  await page.getByRole('button', { name: 'Take a photo' }).click();
  const view = page.getByRole('dialog', { name: 'Take a photo' });
  await expect(view).toBeVisible();
  return view;
}

/** Waits until the preview really plays frames, and Capture says it can be used. */
async function waitForPreview(page: Page) {
  const video = page.getByLabel('Camera preview');
  await expect(video).toBeVisible();
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState >= 2 && !v.paused && v.currentTime > 0))
    .toBe(true);
  await expect(page.getByRole('button', { name: 'Capture' })).toBeEnabled();
  return video;
}

test('Take a photo → Capture: the frame goes through the import, the camera is off, Download is a picture', async ({
  page,
}) => {
  await page.addInitScript(recordCamera);
  await openApp(page);
  const view = await openCamera(page);
  // Focus moves into the view at once.
  await expect(view.getByRole('button', { name: 'Capture' })).toBeFocused();
  await waitForPreview(page);
  expect(await trackStates(page)).toContain('live');

  await view.getByRole('button', { name: 'Capture' }).click();
  await expect(view).toBeHidden();
  // Off the moment the picture is taken, not when the import is done.
  await expectCameraOff(page);
  await waitForPhoto(page);

  const canvases = await page.evaluate(() =>
    window.__jpegCanvases.map((c) => ({ ...c, canvas: [c.canvas.width, c.canvas.height] })),
  );
  expect(canvases.length).toBe(1);
  expect(canvases[0]!.width).toBeGreaterThan(0);
  expect(Math.max(canvases[0]!.width, canvases[0]!.height)).toBeLessThanOrEqual(4096);
  // Zeroed after use: its memory is given back at once (iOS has a small budget for canvases).
  expect(canvases[0]!.canvas).toEqual([0, 0]);

  await page.getByLabel('Size', { exact: true }).selectOption('720');
  const png = decodePng((await download(page)).bytes);
  expect([png.width, png.height]).toEqual([720, 720]);
  // The fake camera's pattern, not an empty or flat canvas.
  expect(lumaSpread(png, 0, 0, 720, 720)).toBeGreaterThan(10);
  expect(structure(png)).toBeGreaterThan(5);
  await expectCameraOff(page);
});

test("cameras that do not say which way they face (Chromium's fake pair) are switched in turn", async ({
  page,
}) => {
  await page.addInitScript(recordCamera);
  await openApp(page);
  const view = await openCamera(page);
  await waitForPreview(page);
  const switchCamera = view.getByRole('button', { name: 'Switch camera' });
  for (const opened of [2, 3]) {
    await switchCamera.click();
    await expect.poll(() => page.evaluate(() => window.__cameraIds.length)).toBe(opened);
    await waitForPreview(page);
  }
  const [first, second, third] = await page.evaluate(() => window.__cameraIds);
  expect(first).toBeTruthy();
  expect(second).not.toBe(first);
  expect(third).toBe(first);
  // Each camera was stopped before the next was asked for: phones cannot run two at once.
  expect(await page.evaluate(() => window.__liveAtOpen)).toEqual([0, 0, 0]);
  await view.getByRole('button', { name: 'Close' }).click();
  await expectCameraOff(page);
});

test('the front camera previews as a mirror; the captured picture is not mirrored', async ({ page }) => {
  await page.addInitScript(stubCamera, {});
  await page.addInitScript(recordCamera);
  await openApp(page);
  // Keyboard only: the button, Enter, and Capture has the focus.
  await page.getByRole('button', { name: 'Take a photo' }).focus();
  await page.keyboard.press('Enter');
  const capture = page.getByRole('button', { name: 'Capture' });
  await expect(capture).toBeFocused();
  const video = await waitForPreview(page);

  expect(await video.evaluate((v) => getComputedStyle(v).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  // On screen the camera's left (red) is on the right, as in a mirror.
  const shown = decodePng(await video.screenshot());
  const w = shown.width;
  const h = shown.height;
  // (Inside the square guide: outside it the preview is dimmed.)
  expect(meanColour(shown, w * 0.2, h * 0.3, w * 0.4, h * 0.7)[2]).toBeGreaterThan(150);
  expect(meanColour(shown, w * 0.6, h * 0.3, w * 0.8, h * 0.7)[0]).toBeGreaterThan(150);

  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expectCameraOff(page);
  await waitForPhoto(page);

  // The picture as the camera saw it: red on the left, blue on the right (the badge sits bottom right).
  const png = decodePng((await download(page)).bytes);
  expect([png.width, png.height]).toEqual([1080, 1080]);
  const [r1, g1, b1] = meanColour(png, 80, 300, 460, 700);
  expect(r1).toBeGreaterThan(180);
  expect(Math.max(g1, b1)).toBeLessThan(80);
  const [r2, , b2] = meanColour(png, 620, 80, 1000, 400);
  expect(b2).toBeGreaterThan(180);
  expect(r2).toBeLessThan(80);
});

test('switching cameras: the back camera is not mirrored, each camera stops before the next opens', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(stubCamera, {});
  await page.addInitScript(recordCamera);
  await openApp(page);
  const view = await openCamera(page);
  const video = await waitForPreview(page);
  await view.getByRole('button', { name: 'Use the back camera' }).click();
  await expect(view.getByRole('button', { name: 'Use the front camera' })).toBeVisible();
  await waitForPreview(page);
  expect(await video.evaluate((v) => getComputedStyle(v).transform)).toBe('none');
  await view.getByRole('button', { name: 'Use the front camera' }).click();
  await waitForPreview(page);
  expect(await video.evaluate((v) => getComputedStyle(v).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  expect(await page.evaluate(() => window.__liveAtOpen)).toEqual([0, 0, 0]);
  expect((await trackStates(page)).filter((s) => s === 'live')).toHaveLength(1);

  // Touch targets on a phone.
  for (const name of ['Close', 'Capture', 'Use the back camera']) {
    const box = await view.getByRole('button', { name }).boundingBox();
    expect(Math.min(box!.width, box!.height), name).toBeGreaterThanOrEqual(48);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('Close, Escape and a hidden page each turn the camera off and give the focus back', async ({ page }) => {
  await page.addInitScript(stubCamera, {});
  await page.addInitScript(recordCamera);
  await openApp(page);
  const takePhoto = page.getByRole('button', { name: 'Take a photo' });

  let view = await openCamera(page);
  await waitForPreview(page);
  await view.getByRole('button', { name: 'Close' }).click();
  await expect(view).toBeHidden();
  await expectCameraOff(page);
  await expect(takePhoto).toBeFocused();

  view = await openCamera(page);
  await waitForPreview(page);
  await page.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await expectCameraOff(page);
  await expect(takePhoto).toBeFocused();

  view = await openCamera(page);
  await waitForPreview(page);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(view).toBeHidden();
  await expectCameraOff(page);
  expect(await page.evaluate(() => window.__cameraStreams.length)).toBe(3);
  // Nothing was captured.
  await expect(page.getByTestId('editor-canvas')).toBeHidden();
});

test('a camera frame over 4096 px is scaled down to fit 4096×4096', async ({ page }) => {
  // Wide rather than large: the cap is tested, not the machine.
  await page.addInitScript(stubCamera, { width: 5000, height: 1000 });
  await page.addInitScript(recordCamera);
  await openApp(page);
  const view = await openCamera(page);
  await waitForPreview(page);
  await view.getByRole('button', { name: 'Capture' }).click();
  await waitForPhoto(page);
  const sizes = await page.evaluate(() => window.__jpegCanvases.map((c) => [c.width, c.height]));
  expect(sizes).toEqual([[4096, 819]]);
  await expectCameraOff(page);
});

const PROBLEMS = [
  ['NotAllowedError', /camera is blocked for this page/],
  ['NotFoundError', /No camera was found/],
  ['OverconstrainedError', /No camera was found/],
  ['NotReadableError', /could not be started: another app/],
  ['AbortError', /could not be started: another app/],
  ['SecurityError', /only works on a secure \(https\) page/],
] as const;

for (const [error, message] of PROBLEMS) {
  test(`camera refused with ${error}: its message, and a photo can still be chosen`, async ({ page }) => {
    await page.addInitScript(stubCamera, { error });
    await openApp(page);
    const view = await openCamera(page);
    await expect(view.getByRole('alert')).toHaveText(message);
    await expect(view.getByRole('button', { name: 'Capture' })).toBeHidden();
    const choose = view.getByRole('button', { name: 'Choose a photo' });
    await expect(choose).toBeFocused();
    if (error !== 'NotAllowedError') return;

    const chooser = page.waitForEvent('filechooser');
    await choose.click();
    await (await chooser).setFiles(fixture('photo-12mp.jpg'));
    await expect(view).toBeHidden();
    await waitForPhoto(page);
  });
}

test('the messages are translated', async ({ page }) => {
  await page.addInitScript(stubCamera, { error: 'NotAllowedError' });
  await openApp(page, '?lang=de');
  await page.getByRole('button', { name: 'Foto aufnehmen' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Die Kamera ist für diese Seite gesperrt/);
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Foto auswählen' })).toBeVisible();
});

test('without getUserMedia, Take a photo falls back to the capture file input', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'mediaDevices', { configurable: true, get: () => undefined });
  });
  await openApp(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Take a photo' }).click();
  const fileChooser = await chooser;
  expect(await fileChooser.element().getAttribute('capture')).toBe('user');
  await fileChooser.setFiles(fixture('portrait.jpg'));
  await waitForPhoto(page);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
