// axe-core on every screen a person meets, in three scripts (Latin, Georgian, Cyrillic), at a
// desktop and a phone size, light and dark: any violation of any impact fails (the WCAG 2.0–2.2
// A/AA rules axe has, and its best practices). Then what axe does not check: focus rings against
// what is around them, and motion when less is asked for. One page per combination, in parallel.
import { expect, test, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { USER_AGENTS } from '../support/userAgents';
import { expectNoAxeViolations as expectClean, focusRingProblems, movingElements, sharedNames } from './a11y';
import { choosePhoto, openApp, waitForPhoto } from './helpers';

test.describe.configure({ mode: 'parallel' });

type Strings = { [key: string]: string | Strings };
const strings = (lang: string): Strings =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', `${lang}.json`), 'utf8'));
const text = (tree: Strings, path: string): string =>
  path.split('.').reduce<string | Strings>((node, key) => (node as Strings)[key]!, tree) as string;

const LANGS = ['en', 'ka', 'be'] as const;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [
  ['1280', DESKTOP],
  ['390', PHONE],
] as const;
const SCHEMES = ['light', 'dark'] as const;

async function newPage(
  browser: Browser,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark',
  extra: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    colorScheme,
    hasTouch: viewport.width < 600,
    // The offline copy's worker would precache the whole build in every context: not what is checked.
    serviceWorkers: 'block',
    ...extra,
  });
  return context.newPage();
}

async function openIn(page: Page, lang: string, query = '') {
  await openApp(page, `?lang=${lang}${query}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

async function expectRings(page: Page, state: string, atLeast: number) {
  const { problems, stops } = await focusRingProblems(page);
  expect(problems, `focus rings on ${state}`).toEqual([]);
  expect(stops, `Tab stops on ${state}`).toBeGreaterThanOrEqual(atLeast);
}

for (const lang of LANGS) {
  const words = strings(lang);
  for (const [size, viewport] of VIEWPORTS) {
    for (const scheme of SCHEMES) {
      const name = `${lang} ${size} ${scheme}`;

      // One page walks through every state. It has an in-app browser's user agent, so Download shows
      // the picture to press and hold; closed, the export panel says the picture is ready, as after
      // a download (the test below checks that state with an ordinary browser too).
      test(`axe: start, error, editor, shortcuts help, press-and-hold, ready in ${name}`, async ({
        browser,
      }) => {
        const page = await newPage(browser, viewport, scheme, { userAgent: USER_AGENTS.facebookAndroid });
        await openIn(page, lang, '&overlay=badge,banner&size=400');
        await expectClean(page, `the start screen (${name})`);

        // What appears over a checked page is checked by itself: the rest is as it was.
        await choosePhoto(page, 'not-an-image.jpg');
        await expect(page.getByRole('alert')).toContainText(text(words, 'errors.notImage'));
        await expectClean(page, `a refused file's error (${name})`, '.error-alert');

        await choosePhoto(page, 'photo-12mp.jpg');
        await waitForPhoto(page);
        // The banner's own words, so the text field is in the page too.
        await page.getByLabel(text(words, 'banner.quote'), { exact: true }).selectOption('custom');
        await expect(page.getByLabel(text(words, 'banner.customLabel'))).toBeVisible();
        await expectClean(page, `the editor with a photo (${name})`);
        expect(await sharedNames(page), `names shared by two controls or regions (${name})`).toEqual([]);
        // Focus rings do not depend on the language: checked once per size and scheme.
        if (lang === 'en') await expectRings(page, `the editor (${name})`, 20);

        // The keyboard shortcuts help, from its button; Escape closes it and gives the focus back.
        const helpButton = page.getByRole('button', { name: text(words, 'keyboard.title') });
        await helpButton.click();
        await expect(page.getByRole('dialog', { name: text(words, 'keyboard.title') })).toBeVisible();
        await expectClean(page, `the keyboard shortcuts help (${name})`, 'dialog[open]');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
        await expect(helpButton).toBeFocused();

        await page.locator('.export-buttons button').first().click();
        const dialog = page.getByRole('dialog', { name: text(words, 'inApp.title') });
        await expect(dialog).toBeVisible();
        await expect(dialog.getByRole('img')).toHaveJSProperty('complete', true);
        await expectClean(page, `the press-and-hold dialog (${name})`, 'dialog[open]');
        await dialog.getByRole('button', { name: text(words, 'inApp.close') }).click();
        await expect(dialog).toBeHidden();
        await expect(page.locator('.export-status')).toHaveText(text(words, 'export.done'));
        await expectClean(page, `the export step (${name})`);
        await page.context().close();
      });
    }
  }
}

// An ordinary browser's download, once per language: the export step as most people see it.
for (const [lang, viewport, scheme] of [
  ['en', DESKTOP, 'light'],
  ['ka', PHONE, 'dark'],
  ['be', PHONE, 'light'],
] as const) {
  const name = `${lang} ${viewport.width} ${scheme}`;
  test(`axe: the export step after a download in ${name}`, async ({ browser }) => {
    const page = await newPage(browser, viewport, scheme);
    await openIn(page, lang, '&overlay=badge,banner&size=400');
    await choosePhoto(page, 'portrait.jpg');
    await waitForPhoto(page);
    const downloaded = page.waitForEvent('download');
    await page.locator('.export-buttons button').first().click();
    await downloaded;
    await expect(page.locator('.export-status')).toHaveText(text(strings(lang), 'export.done'));
    await expectClean(page, `the export step (${name})`);
    await page.context().close();
  });
}

for (const [label, query, viewport, scheme] of [
  ['embed, dark, partner accent', '?mode=embed&theme=dark&accent=%23e4007c', PHONE, 'light'],
  ['embed, light, partner accent', '?mode=embed&theme=light&accent=%23e4007c', DESKTOP, 'dark'],
  ["embed, the person's dark scheme", '?mode=embed', PHONE, 'dark'],
  ['kiosk', '?mode=kiosk', DESKTOP, 'light'],
  ['kiosk', '?mode=kiosk', DESKTOP, 'dark'],
] as const) {
  test(`axe and focus rings: ${label} start screen, ${viewport.width} ${scheme}`, async ({ browser }) => {
    const page = await newPage(browser, viewport, scheme);
    await openApp(page, `${query}&overlay=badge,banner`);
    await expectClean(page, `${label} (${viewport.width} ${scheme})`);
    await expectRings(page, `${label} (${viewport.width} ${scheme})`, 12);
    await page.context().close();
  });
}

test('reduced motion: nothing animates or transitions when less motion is asked for', async ({ browser }) => {
  // The busy bar and the camera's shutter show only at moments: one of each is put in the page.
  const moments = (page: Page) =>
    page.evaluate(() =>
      document
        .querySelector('.editor')!
        .insertAdjacentHTML(
          'beforeend',
          '<div class="progress"><div class="progress-bar"></div></div><div class="camera-shutter-ring"></div>',
        ),
    );
  const moving = await newPage(browser, PHONE, 'light');
  await openApp(moving, '?lang=en&overlay=badge,banner');
  await moments(moving);
  // Without the preference they do move: the check below sees animations where there are some.
  expect(await movingElements(moving)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^div\.progress-bar::after: animation slide/),
      expect.stringMatching(/^div\.camera-shutter-ring: .*transition transform/),
    ]),
  );
  await moving.context().close();

  const page = await newPage(browser, PHONE, 'light', { reducedMotion: 'reduce' });
  await openApp(page, '?lang=en&overlay=badge,banner');
  await moments(page);
  expect(await movingElements(page), 'the start screen').toEqual([]);
  await choosePhoto(page, 'portrait.jpg');
  await waitForPhoto(page);
  expect(await movingElements(page), 'the editor').toEqual([]);
  await page.context().close();
});
