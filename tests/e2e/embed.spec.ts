import { expect, test, type Frame, type Page } from '@playwright/test';
import { decodePng, fixture, lumaSpread } from './helpers';
import { servePartner, type PartnerSite } from './partnerPages';

// The app on 127.0.0.1, a partner on 127.0.0.2, a stranger on 127.0.0.3: three real origins.
let partner: PartnerSite;
let stranger: PartnerSite;
let appOrigin: string;

test.beforeAll(async ({ baseURL }) => {
  appOrigin = new URL(baseURL!).origin;
  partner = await servePartner('127.0.0.2', appOrigin);
  stranger = await servePartner('127.0.0.3', appOrigin);
});
test.afterAll(async () => {
  await partner.close();
  await stranger.close();
});

interface Received {
  origin: string;
  type: string;
  height?: number;
  hazards: string[];
}
interface ReceivedImage {
  size: number;
  type: string;
  mimeType: string;
  width: number;
  height: number;
  fileName: string;
  head: number[];
}

const received = (page: Page) =>
  page.evaluate(() => (window as unknown as { received: Received[] }).received);
const images = (page: Page) => page.evaluate(() => (window as unknown as { images: ReceivedImage[] }).images);
const errors = (page: Page) => page.evaluate(() => (window as unknown as { errors: string[] }).errors);
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function editorFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().includes('mode=embed'))).toBe(true);
  const frame = page.frames().find((f) => f.url().includes('mode=embed'))!;
  await expect(frame.getByTestId('file-input')).toBeAttached();
  return frame;
}

async function loadPhoto(frame: Frame) {
  await frame.getByTestId('file-input').setInputFiles(fixture('photo-12mp.jpg'));
  // The editor's code loads when a photo is chosen (or once the page is quiet): allow a busy machine.
  await expect(frame.getByTestId('editor-canvas')).toBeVisible({ timeout: 30_000 });
  await expect(frame.locator('#editor')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
}

/** Calls one of the methods embed.js gives the host element. */
const callHost = (page: Page, method: string, ...args: string[]) =>
  page.evaluate(
    ({ method, args }) => {
      const host = document.querySelector('[data-cornflower]') as unknown as Record<
        string,
        (...a: string[]) => void
      >;
      host[method]!(...args);
    },
    { method, args },
  );

test.describe('the embed script on a partner page', () => {
  test('ready and resize arrive, and the iframe follows the content height', async ({ page }) => {
    await page.goto(`${partner.origin}/embed?lang=en&partner=Friends%20of%20Belarus`);
    const frame = await editorFrame(page);
    await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('cornflower:ready');
    const ready = (await received(page)).find((m) => m.type === 'cornflower:ready')!;
    expect(ready.origin).toBe(appOrigin);

    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-downloads allow-forms',
    );
    await expect(iframe).toHaveAttribute('allow', 'camera; web-share; clipboard-write');
    const contentHeight = () =>
      frame.evaluate(() => Math.ceil(document.querySelector('.app')!.getBoundingClientRect().height));
    const frameHeight = () => iframe.evaluate((el) => Math.round(el.getBoundingClientRect().height));
    await expect.poll(frameHeight).toBe(await contentHeight());
    const before = await frameHeight();

    await loadPhoto(frame);
    // The editor with its panels is taller than the picker: the iframe grows to fit, no scrollbar.
    await expect.poll(frameHeight).toBeGreaterThan(before + 100);
    await expect.poll(async () => (await frameHeight()) - (await contentHeight())).toBe(0);
    const resizes = (await received(page)).filter((m) => m.type === 'cornflower:resize');
    expect(resizes.length).toBeGreaterThan(1);
    expect(resizes.at(-1)!.height).toBe(await frameHeight());
  });

  test('Download in the sandboxed iframe downloads, and posts the same picture to the partner', async ({
    page,
  }) => {
    await page.goto(`${partner.origin}/embed?lang=en&partner=Friends%20of%20Belarus&size=720`);
    const frame = await editorFrame(page);
    await loadPhoto(frame);
    // The person is told, in plain words, who else receives the picture.
    await expect(
      frame.getByText(
        `Friends of Belarus (127.0.0.2:${new URL(partner.origin).port}) also receives the picture you download.`,
      ),
    ).toBeVisible();
    await expect(frame.locator('.privacy')).toContainText('Friends of Belarus');

    const downloading = page.waitForEvent('download');
    await frame.getByRole('button', { name: 'Download' }).click();
    const file = await downloading;
    const bytes = (await import('node:fs')).readFileSync(await file.path());
    const png = decodePng(bytes);
    expect([png.width, png.height]).toEqual([720, 720]);
    expect(lumaSpread(png, 0, 0, 720, 720)).toBeGreaterThan(10);

    await expect.poll(async () => (await images(page)).length).toBe(1);
    const [image] = await images(page);
    expect(image).toMatchObject({
      type: 'image/png',
      mimeType: 'image/png',
      width: 720,
      height: 720,
      size: bytes.length,
    });
    expect(image!.fileName).toBe(file.suggestedFilename());
    expect(image!.head).toEqual(PNG_SIGNATURE);
    // The picture went to the partner's origin only: the message came from the app, to this page.
    expect((await received(page)).filter((m) => m.hazards.includes('Blob')).map((m) => m.type)).toEqual([
      'cornflower:image',
    ]);
    // In a frame nobody can tell whether the download was allowed: the picture is shown as well.
    await expect(frame.getByTestId('save-image')).toBeVisible();
  });

  test('request-image asks the person first, naming the partner; after a Download it sends at once', async ({
    page,
  }) => {
    await page.goto(`${partner.origin}/embed?lang=en&partner=Friends%20of%20Belarus`);
    const frame = await editorFrame(page);
    await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('cornflower:ready');

    await callHost(page, 'requestImage');
    await expect.poll(() => errors(page)).toEqual(['noPicture']);

    await loadPhoto(frame);
    await callHost(page, 'requestImage');
    const dialog = frame.getByRole('dialog', { name: 'Friends of Belarus asks for your picture' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`127.0.0.2:${new URL(partner.origin).port}`);
    await dialog.getByRole('button', { name: 'Not now' }).click();
    await expect.poll(() => errors(page)).toEqual(['noPicture', 'declined']);
    expect(await images(page)).toEqual([]);

    await callHost(page, 'requestImage');
    await frame.getByRole('dialog').getByRole('button', { name: 'Send picture' }).click();
    await expect.poll(async () => (await images(page)).length).toBe(1);
    expect((await images(page))[0]).toMatchObject({ width: 1080, height: 1080, type: 'image/png' });

    // Agreed for this photo: the next request is answered without asking again.
    await callHost(page, 'requestImage');
    await expect.poll(async () => (await images(page)).length).toBe(2);
    await expect(frame.getByRole('dialog')).toHaveCount(0);

    // A new photo is a new question (after Start over, so that the new photo is surely the one shown).
    await frame.getByRole('button', { name: 'Start over' }).click();
    await expect(frame.getByRole('button', { name: 'Choose a photo' })).toBeVisible();
    await frame.getByTestId('file-input').setInputFiles(fixture('portrait.jpg'));
    await expect(frame.getByTestId('editor-canvas')).toBeVisible({ timeout: 30_000 });
    await expect(frame.locator('#editor')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await callHost(page, 'requestImage');
    await expect(
      frame.getByRole('dialog', { name: 'Friends of Belarus asks for your picture' }),
    ).toBeVisible();
  });

  test('set-language and set-theme change the editor; bad messages change nothing', async ({ page }) => {
    await page.goto(`${partner.origin}/embed?lang=en&theme=light&accent=%23e4007c`);
    const frame = await editorFrame(page);
    await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('cornflower:ready');
    const lang = () => frame.evaluate(() => document.documentElement.lang);
    const primaryColour = () =>
      frame.evaluate(() => getComputedStyle(document.querySelector('.primary')!).backgroundColor);
    await expect.poll(primaryColour).toBe('rgb(228, 0, 124)');

    // Malformed and unknown messages, straight from the partner's own window: all dropped.
    await page.evaluate(() => {
      const target = document.querySelector('iframe')!.contentWindow!;
      const origin = new URL(document.querySelector('iframe')!.src).origin;
      target.postMessage({ type: 'cornflower:set-language', version: 2, lang: 'pl' }, origin);
      target.postMessage({ type: 'cornflower:set-language', version: 1, lang: 'xx' }, origin);
      target.postMessage({ type: 'cornflower:set-language', version: 1, lang: 'pl', html: '<b>' }, origin);
      target.postMessage(
        { type: 'cornflower:set-theme', version: 1, accent: 'red; background:url(x)' },
        origin,
      );
      target.postMessage('cornflower:set-language', origin);
    });
    await callHost(page, 'setLanguage', 'uk');
    await expect.poll(lang).toBe('uk');
    await expect(frame.getByRole('button', { name: /Оберіть фото|фото/i }).first()).toBeVisible();
    expect(await primaryColour()).toBe('rgb(228, 0, 124)');

    await callHost(page, 'setTheme', 'dark', '#0a7d3b');
    await expect.poll(primaryColour).toBe('rgb(10, 125, 59)');
    await expect
      .poll(() => frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
      .toBe('rgb(15, 21, 36)');
  });

  test('a sandbox without allow-downloads gets the picture to press and hold, never a silent failure', async ({
    page,
  }) => {
    const src = `/?mode=embed&lang=en&parentOrigin=${encodeURIComponent(partner.origin)}`;
    await page.goto(
      `${partner.origin}/frame?sandbox=allow-scripts%20allow-same-origin%20allow-forms&src=${encodeURIComponent(src)}`,
    );
    const frame = await editorFrame(page);
    await loadPhoto(frame);
    await frame.getByRole('button', { name: 'Download' }).click();
    const image = frame.getByTestId('save-image');
    await expect(image).toBeVisible();
    await expect(frame.getByRole('dialog')).toContainText('Your picture is ready');
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1080);
    // The person pressed Download: the partner still gets its copy.
    await expect
      .poll(async () => (await received(page)).filter((m) => m.type === 'cornflower:image').length)
      .toBe(1);
  });
});

test.describe('a page that is not the partner', () => {
  for (const [name, parentOrigin] of [
    ['without parentOrigin', undefined],
    ['with a false parentOrigin', 'partner'],
  ] as const) {
    test(`${name} never receives the picture in any form and cannot change the language`, async ({
      page,
    }) => {
      const claimed = parentOrigin
        ? `&parentOrigin=${encodeURIComponent(partner.origin)}&partner=Friends`
        : '';
      const src = `/?mode=embed&lang=en${claimed}`;
      await page.goto(
        `${stranger.origin}/frame?sandbox=allow-scripts%20allow-same-origin%20allow-downloads%20allow-forms&src=${encodeURIComponent(src)}`,
      );
      const frame = await editorFrame(page);
      await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('cornflower:ready');
      await loadPhoto(frame);
      // No partner is named: nobody but the person gets the picture.
      await expect(frame.getByText(/also receives the picture/)).toHaveCount(0);
      await expect(frame.locator('.privacy')).toHaveText(/never leaves your device/);

      const downloading = page.waitForEvent('download');
      await frame.getByRole('button', { name: 'Download' }).click();
      await downloading;
      // The frame counts what reaches it, after the app's own listener has had each message.
      await frame.evaluate(() => {
        const w = window as unknown as { heard: number };
        w.heard = 0;
        window.addEventListener('message', () => w.heard++);
      });
      await page.evaluate(() => {
        const target = document.querySelector('iframe')!.contentWindow!;
        for (const origin of ['*', new URL(document.querySelector('iframe')!.src).origin]) {
          target.postMessage({ type: 'cornflower:request-image', version: 1 }, origin);
          target.postMessage({ type: 'cornflower:set-language', version: 1, lang: 'pl' }, origin);
        }
      });
      await expect.poll(() => frame.evaluate(() => (window as unknown as { heard: number }).heard)).toBe(4);
      // Something the app says after that, so anything it would have answered has arrived: a resize.
      const count = (await received(page)).length;
      await frame.evaluate(() => {
        const spacer = document.createElement('div');
        spacer.style.height = '50px';
        document.querySelector('.app')!.append(spacer);
      });
      await expect.poll(async () => (await received(page)).length).toBeGreaterThan(count);
      await expect(frame.getByRole('dialog', { name: /asks for your picture/ })).toHaveCount(0);

      const all = await received(page);
      expect(all.flatMap((m) => m.hazards)).toEqual([]);
      expect(new Set(all.map((m) => m.type))).toEqual(new Set(['cornflower:ready', 'cornflower:resize']));
      expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    });
  }
});

test.describe('the embed layout', () => {
  test.use({ viewport: { width: 320, height: 700 }, colorScheme: 'dark' });

  test('fits a 320 px column without sideways scrolling, in the person’s dark scheme by default', async ({
    page,
  }) => {
    await page.goto(`${partner.origin}/embed?lang=uk&overlay=banner&partner=Friends`);
    const frame = await editorFrame(page);
    await loadPhoto(frame);
    const sizes = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(sizes.client).toBe(320);
    expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
    // No theme given: the person's own scheme (dark here), with our default accent.
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(15, 21, 36)',
    );
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('.primary')!).color)).toBe(
      'rgb(255, 255, 255)',
    );
    // No page header in embed mode: the partner's page is the page.
    await expect(frame.locator('header')).toHaveCount(0);
  });
});
