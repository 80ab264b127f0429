// Pictures for people to look at, written to screenshots/ (which git ignores). No assertions
// here: what a layout must satisfy is checked in tests/e2e/layout.spec.ts, part of `npm test`.
import { test } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { choosePhoto, download, openApp, waitForPhoto } from '../e2e/helpers';

const out = join(import.meta.dirname, '../../screenshots');
mkdirSync(out, { recursive: true });

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`${name} layout before and after a photo`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, hasTouch: name === 'phone', deviceScaleFactor: 1 });
    const page = await context.newPage();
    await openApp(page);
    await page.screenshot({ path: join(out, `${name}-start.png`), fullPage: true });
    await choosePhoto(page, 'photo-12mp.jpg');
    await waitForPhoto(page);
    await page.screenshot({ path: join(out, `${name}-photo.png`), fullPage: true });
    await context.close();
  });
}

for (const lang of ['de', 'ka', 'hy', 'uk', 'lt', 'tg']) {
  test(`phone layout in ${lang}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 760 }, hasTouch: true });
    const page = await context.newPage();
    await openApp(page, `?lang=${lang}&overlay=banner,badge`);
    await choosePhoto(page, 'cat.webp');
    await waitForPhoto(page);
    await page.screenshot({ path: join(out, `phone-${lang}.png`), fullPage: true });
    await context.close();
  });
}

// The design buttons hold the longest words (ka «ღიღილოების», hy «Տերեփուկների»).
for (const lang of ['ka', 'hy', 'de', 'lt']) {
  test(`design buttons in ${lang} at 1024 px`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await openApp(page, `?lang=${lang}`);
    await choosePhoto(page, 'cat.webp');
    await waitForPhoto(page);
    await page
      .locator('.design-panel .toggle-row')
      .screenshot({ path: join(out, `design-buttons-${lang}-1024.png`) });
    await context.close();
  });
}

const longestQuote = (code: string) => {
  const quotes: Record<string, string> = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../locales', `${code}.json`), 'utf8'),
  ).quotes;
  return Object.entries(quotes).sort((a, b) => b[1].length - a[1].length)[0]![0];
};

for (const code of ['ka', 'hy', 'be', 'tg']) {
  test(`exported banner in ${code} with its longest quote, at 1080 and 400 px`, async ({ page }) => {
    const quote = longestQuote(code);
    for (const size of [1080, 400]) {
      await openApp(page, `?lang=${code}&overlay=banner&quote=${quote}&size=${size}`);
      await choosePhoto(page, 'portrait.jpg');
      await waitForPhoto(page);
      const label = await page.locator('.export-buttons .primary').innerText();
      const { bytes } = await download(page, label.trim());
      writeFileSync(join(out, `banner-${code}-${quote}-${size}.png`), bytes);
    }
  });
}

// The partner demo page, as partners will first see the embed: narrow and wide, light and dark.
for (const [width, theme] of [
  [360, 'light'],
  [360, 'dark'],
  [1280, 'light'],
  [1280, 'dark'],
] as const) {
  test(`embed demo at ${width} px, ${theme}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, hasTouch: width < 500 });
    const page = await context.newPage();
    await page.goto(
      `/embed-demo.html?theme=${theme}&accent=${encodeURIComponent(theme === 'dark' ? '#0a7d3b' : '#c2185b')}`,
    );
    const frame = page.frameLocator('iframe');
    await frame
      .getByTestId('file-input')
      .setInputFiles(join(import.meta.dirname, '../fixtures/photo-12mp.jpg'));
    await frame.getByTestId('editor-canvas').waitFor();
    await page.waitForFunction(() => document.querySelector('#demo-log')!.textContent!.includes('resize'));
    await frame.getByRole('button', { name: 'Download' }).click();
    await page.locator('#demo-picture').waitFor();
    await page.screenshot({ path: join(out, `embed-demo-${width}-${theme}.png`), fullPage: true });
    await frame.getByRole('button', { name: 'Close' }).click();
    await page.screenshot({ path: join(out, `embed-demo-${width}-${theme}-closed.png`), fullPage: true });
    await context.close();
  });
}

// The stall's tablet, both ways up, in English and Tajik, with the QR code for the phone.
for (const viewport of [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
]) {
  for (const lang of ['en', 'tg']) {
    test(`kiosk ${viewport.width}×${viewport.height} in ${lang}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, hasTouch: true });
      const page = await context.newPage();
      await page.goto(`/?mode=kiosk&lang=${lang}&overlay=badge,banner&idle=600`);
      await page.screenshot({
        path: join(out, `kiosk-${viewport.width}x${viewport.height}-${lang}-start.png`),
      });
      await choosePhoto(page, 'photo-12mp.jpg');
      await waitForPhoto(page);
      await page.locator('.qr-code').waitFor();
      await page.screenshot({
        path: join(out, `kiosk-${viewport.width}x${viewport.height}-${lang}.png`),
        fullPage: true,
      });
      await context.close();
    });
  }
}

test('the keyboard focus on the canvas selection (the badge, then the banner)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openApp(page, '?overlay=banner,badge');
  await choosePhoto(page, 'photo-12mp.jpg');
  await waitForPhoto(page);
  await page.getByTestId('editor-canvas').focus();
  await page.keyboard.press('Tab'); // the photo
  await page.keyboard.press('Tab'); // the banner
  await page.locator('#editor').screenshot({ path: join(out, 'focus-banner.png') });
  await page.keyboard.press('Tab'); // the badge
  await page.locator('#editor').screenshot({ path: join(out, 'focus-badge.png') });
  await context.close();
});

test('the phone layout at 320 px in Armenian, light and dark', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width: 320, height: 700 },
      hasTouch: true,
      colorScheme,
    });
    const page = await context.newPage();
    await openApp(page, '?lang=hy&overlay=banner,badge');
    await page.screenshot({ path: join(out, `phone-320-hy-${colorScheme}-start.png`), fullPage: true });
    await choosePhoto(page, 'photo-12mp.jpg');
    await waitForPhoto(page);
    await page.screenshot({ path: join(out, `phone-320-hy-${colorScheme}.png`), fullPage: true });
    await context.close();
  }
});

test('while a photo is prepared: the square is there, the progress below it', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await openApp(page);
  await choosePhoto(page, 'photo-12mp.heic'); // a second or more of libheif, after its thumbnail
  await page.getByRole('progressbar').waitFor();
  await page.screenshot({ path: join(out, 'processing.png') });
  await context.close();
});
