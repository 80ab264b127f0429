// Kiosk mode (`?mode=kiosk`): a street stall's tablet, one person after another.
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { chromeArgs, chromePath } from '../support/chrome-path.mjs';
import { decodePng, fixture } from './helpers';

declare global {
  interface Window {
    __objectUrls: { created: string[]; revoked: string[] };
    __cameraStreams: MediaStream[];
  }
}

// Chromium's fake camera, for the camera-during-reset test.
test.use({
  launchOptions: {
    executablePath: chromePath(),
    args: [...chromeArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
  },
});

/** Init script: every object URL made and revoked, and every camera stream. */
function recordUrls() {
  window.__objectUrls = { created: [], revoked: [] };
  window.__cameraStreams = [];
  const create = URL.createObjectURL.bind(URL);
  const revoke = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    const url = create(object);
    window.__objectUrls.created.push(url);
    return url;
  };
  URL.revokeObjectURL = (url) => {
    window.__objectUrls.revoked.push(url);
    revoke(url);
  };
  const devices = navigator.mediaDevices;
  if (devices) {
    const getUserMedia = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      window.__cameraStreams.push(stream);
      return stream;
    };
  }
}

async function openKiosk(page: Page, query: string) {
  await page.addInitScript(recordUrls);
  await page.goto(`/?mode=kiosk${query}`);
  await expect(page.getByTestId('file-input')).toBeAttached();
}

async function loadPhoto(page: Page) {
  await page.getByTestId('file-input').setInputFiles(fixture('photo-12mp.jpg'));
  // The editor's code loads when a photo is chosen (or once the page is quiet): allow a busy machine.
  await expect(page.getByTestId('editor-canvas')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#editor')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
}

/** Everything the page keeps: localStorage, IndexedDB databases, and Cache Storage entries. */
const storedThings = (page: Page) =>
  page.evaluate(async () => {
    const local = Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`);
    const session = Object.keys(sessionStorage);
    const databases = (await indexedDB.databases?.())?.map((d) => d.name ?? '') ?? [];
    const cached: { url: string; type: string }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        cached.push({ url: request.url, type: response?.headers.get('content-type') ?? '' });
      }
    }
    return { local, session, databases, cached };
  });

test('after a short idle a countdown shows, then the kiosk forgets the person entirely', async ({ page }) => {
  await openKiosk(page, '&idle=3&lang=en');
  await loadPhoto(page);
  await page.locator('.kiosk-bar select').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Herunterladen' }).click();
  await downloading;
  await expect(page.getByTestId('picture-count')).toContainText('1');

  // Hands off: the countdown comes first, in the person's language, then the reset.
  const countdown = page.getByTestId('idle-countdown');
  await expect(countdown).toBeVisible();
  await expect(countdown).toContainText(/\d/);
  await expect(countdown).toBeHidden({ timeout: 15_000 });

  // Back to the start screen, in the stall's language; nothing of the person can be downloaded.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Choose a photo' })).toBeVisible();
  for (const button of await page.locator('.export-buttons button').all())
    await expect(button).toBeDisabled();
  await expect(page.getByTestId('editor-canvas')).toBeHidden();
  await expect(page.locator('img[src^="blob:"]')).toHaveCount(0);
  // The counter is the volunteers': it stays.
  await expect(page.getByTestId('picture-count')).toContainText('1');

  // Every object URL the person's picture had is revoked, and no longer opens.
  const { created, revoked } = await page.evaluate(() => window.__objectUrls);
  expect(created.length).toBeGreaterThan(0);
  expect(created.filter((url) => !revoked.includes(url))).toEqual([]);
  const stillOpen = await page.evaluate(async (urls) => {
    const open: string[] = [];
    for (const url of urls)
      if (
        await fetch(url).then(
          () => true,
          () => false,
        )
      )
        open.push(url);
    return open;
  }, created);
  expect(stillOpen).toEqual([]);

  // Nothing of the person in any storage: the counter (a day and a number) is all.
  const stored = await storedThings(page);
  expect(stored.local).toEqual([
    expect.stringMatching(/^cornflower\.kiosk\.picturesToday=\{"day":"\d{4}-\d\d-\d\d","count":1\}$/),
  ]);
  expect(stored.session.filter((key) => !key.startsWith('cornflower.reloadedFor'))).toEqual([]);
  expect(stored.databases).toEqual([]);
  const origin = new URL(page.url()).origin;
  for (const entry of stored.cached) {
    expect(entry.url.startsWith(`${origin}/`), entry.url).toBe(true);
    // The app's own files only: no picture, no photo (our icons are the only PNGs).
    if (/^image\/(png|jpeg|webp|heic)/.test(entry.type)) expect(entry.url).toMatch(/\/icons\/|favicon/);
  }
});

test('a tap during the countdown keeps the person’s work', async ({ page }) => {
  // 14 s: 4 s of quiet, then 10 s of countdown.
  await openKiosk(page, '&idle=14&lang=en');
  await loadPhoto(page);
  const countdown = page.getByTestId('idle-countdown');
  await expect(countdown).toContainText(/in [1-6] s/, { timeout: 20_000 });
  const box = (await countdown.getByRole('button').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  // The countdown starts again from the top, after a new quiet time: the reset it was heading for
  // never came, and the photo is still there.
  await expect(countdown).toContainText(/in (10|9) s/, { timeout: 20_000 });
  await expect(page.getByTestId('editor-canvas')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download' })).toBeEnabled();
});

test('Start over in the bar resets at once, to the stall’s language', async ({ page }) => {
  await openKiosk(page, '&lang=en&idle=600');
  await loadPhoto(page);
  await page.locator('.kiosk-bar select').selectOption('tg');
  await expect(page.locator('html')).toHaveAttribute('lang', 'tg');
  await page.locator('.kiosk-start-over').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Choose a photo' })).toBeVisible();
  await expect(page.getByTestId('editor-canvas')).toBeHidden();
  await expect(page.getByTestId('idle-countdown')).toHaveCount(0);
  // The person's choice of language was never saved: a reload starts in the stall's language too.
  expect(await page.evaluate(() => localStorage.getItem('cornflower.lang'))).toBeNull();
});

test('the camera stops when an idle reset comes while it is open', async ({ page }) => {
  await openKiosk(page, '&idle=3&lang=en');
  await page.getByRole('button', { name: 'Take a photo' }).click();
  await expect(page.getByRole('dialog', { name: 'Take a photo' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__cameraStreams.length)).toBeGreaterThan(0);
  await expect(page.getByTestId('idle-countdown')).toBeVisible();
  await expect(page.getByTestId('idle-countdown')).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('dialog', { name: 'Take a photo' })).toHaveCount(0);
  const live = await page.evaluate(
    () => window.__cameraStreams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length,
  );
  expect(live).toBe(0);
});

test('the QR code opens the standard app with the person’s language and design', async ({
  page,
  baseURL,
}) => {
  await openKiosk(page, '&lang=ka&overlay=banner,badge&quote=truth&idle=600');
  await loadPhoto(page);
  const decode = async () => {
    const png = decodePng(await page.locator('.qr-code').screenshot());
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    return found?.data ?? null;
  };
  await expect.poll(decode).not.toBeNull();
  const link = new URL((await decode())!);
  expect(link.origin + link.pathname).toBe(`${new URL(baseURL!).origin}/`);
  expect(Object.fromEntries(link.searchParams)).toEqual({
    lang: 'ka',
    overlay: 'banner,badge',
    quote: 'truth',
  });

  // Another language chosen at the stall: the code follows.
  await page.locator('.kiosk-bar select').selectOption('hy');
  await expect.poll(async () => new URL((await decode()) ?? 'http://x/').searchParams.get('lang')).toBe('hy');
});

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
]) {
  for (const lang of ['en', 'tg']) {
    test(`a ${viewport.width}×${viewport.height} tablet in ${lang}: targets of 48 px and more, no sideways scrolling`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport, hasTouch: true });
      const page = await context.newPage();
      await openKiosk(page, `&lang=${lang}&idle=600`);
      await loadPhoto(page);
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'button, select, input[type="range"], input[type="checkbox"], label.switch',
          ),
        ]
          .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
          .filter((el) => !el.closest('.stage-standby, .visually-hidden, .picture-counter'))
          .map((el) => ({ el, box: el.getBoundingClientRect() }))
          .filter(({ el, box }) => {
            // A checkbox's target is its label (the whole row).
            const target =
              el instanceof HTMLInputElement && el.type === 'checkbox'
                ? el.closest('label')!.getBoundingClientRect()
                : box;
            return target.height < 48 || target.width < 48;
          })
          .map(
            ({ el, box }) =>
              `${el.tagName} "${el.textContent?.trim() || el.getAttribute('aria-label')}" ${Math.round(box.width)}×${Math.round(box.height)}`,
          ),
      );
      expect(small).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    });
  }
}

test('Send to your phone hands the picture to the share sheet, and the kiosk asks to keep its offline copy', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as {
      __shared: { name: string; type: string; size: number }[];
      __persist: number;
    };
    w.__shared = [];
    w.__persist = 0;
    navigator.canShare = (data?: ShareData) => Boolean(data?.files?.length);
    navigator.share = async (data?: ShareData) => {
      for (const file of data?.files ?? [])
        w.__shared.push({ name: file.name, type: file.type, size: file.size });
    };
    if (navigator.storage) {
      navigator.storage.persisted = async () => false;
      navigator.storage.persist = async () => {
        w.__persist++;
        return true;
      };
    }
  });
  await openKiosk(page, '&lang=en&idle=600');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __persist: number }).__persist))
    .toBe(1);
  await loadPhoto(page);
  await page.getByRole('button', { name: 'Send to your phone' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared))
    .toEqual([{ name: 'cornflower-userpic.png', type: 'image/png', size: expect.any(Number) }]);
  await expect(page.getByTestId('picture-count')).toContainText('1');
});

test('the standard page never asks for persistent storage', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __persist: number };
    w.__persist = 0;
    if (navigator.storage) navigator.storage.persist = async () => (w.__persist++, true);
  });
  await page.goto('/?lang=en');
  await loadPhoto(page);
  expect(await page.evaluate(() => (window as unknown as { __persist: number }).__persist)).toBe(0);
});
