// Layout rules a screenshot alone would not enforce (the pictures themselves: `npm run screenshots`).
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { choosePhoto, openApp, waitForPhoto } from './helpers';

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test(`${name} layout: nothing overflows, every button is a touch target`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, hasTouch: name === 'phone', deviceScaleFactor: 1 });
    const page = await context.newPage();
    await openApp(page);
    await choosePhoto(page, 'photo-12mp.jpg');
    await waitForPhoto(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Touch targets: every button is at least 44 px tall.
    const small = await page
      .locator('button:visible')
      .evaluateAll((buttons) =>
        buttons
          .filter((b) => b.getBoundingClientRect().height < 44)
          .map((b) => b.textContent || b.getAttribute('aria-label')),
      );
    expect(small).toEqual([]);
    await context.close();
  });
}

for (const lang of ['de', 'ka', 'hy', 'uk', 'lt', 'tg']) {
  test(`phone layout in ${lang}: nothing overflows, nothing is cut`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 760 }, hasTouch: true });
    const page = await context.newPage();
    await openApp(page, `?lang=${lang}&overlay=banner,badge`);
    await choosePhoto(page, 'cat.webp');
    await waitForPhoto(page);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    // No button or label whose text is wider than its box (long words in long languages).
    const clipped = await page
      .locator('button:visible, label:visible, legend:visible')
      .evaluateAll((elements) =>
        elements.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
      );
    expect(clipped).toEqual([]);
    await context.close();
  });
}

/**
 * Words in the design buttons split across lines anywhere but after a hyphen (a hard one, or a
 * soft hyphen U+00AD, which shows as one at the break): such a word reads as two.
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.locator('.design-panel button.toggle').evaluateAll((buttons) => {
    const broken: string[] = [];
    const lineOf = (node: Node, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const rect = range.getClientRects()[0];
      return rect ? Math.round(rect.top + rect.height / 2) : NaN;
    };
    for (const button of buttons) {
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          for (let i = match.index + 1; i < match.index + match[0].length; i++) {
            const lineBreak = lineOf(node, i) !== lineOf(node, i - 1);
            if (lineBreak && !'-\u00ad\u2010'.includes(text[i - 1]!)) {
              broken.push(`${text.slice(match.index, i)}/${text.slice(i, match.index + match[0].length)}`);
            }
          }
        }
      }
      if (button.scrollWidth > button.clientWidth + 1) broken.push(`${button.textContent} (overflows)`);
    }
    return broken;
  });
}

const headings = Object.fromEntries(
  LANGUAGE_CODES.map((code) => [
    code,
    JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', `${code}.json`), 'utf8')).overlay
      .heading as string,
  ]),
);

for (const width of [1024, 1280, 360]) {
  test(`design buttons at ${width} px: no word breaks mid-word, in any language`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await openApp(page, '?lang=en');
    await choosePhoto(page, 'grayscale.png');
    await waitForPhoto(page);
    const found: Record<string, string[]> = {};
    for (const lang of LANGUAGE_CODES) {
      await page.locator('select:has(option[value="ka"])').selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('#design-heading')).toHaveText(headings[lang]!);
      const broken = await brokenWords(page);
      if (broken.length) found[lang] = broken;
    }
    expect(found).toEqual({});
    await context.close();
  });
}

/**
 * What sticks out sideways at the page's width: the page scrolling sideways, an element reaching past
 * the viewport's edge, or a control or text whose words are wider than its box (cut off or spilling).
 */
function sidewaysProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const scroll = document.documentElement.scrollWidth - width;
    if (scroll > 0) problems.push(`the page scrolls ${scroll} px sideways`);
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} «${(e.textContent ?? '').trim().slice(0, 30)}»`;
    for (const e of document.querySelectorAll<HTMLElement>('body *')) {
      if (!e.checkVisibility({ visibilityProperty: true }) || e.closest('.visually-hidden, svg')) continue;
      const box = e.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5)
        problems.push(`${describe(e)} spans ${Math.round(box.left)}…${Math.round(box.right)} of ${width} px`);
      else if (
        e.matches('button, label, legend, h1, h2, p, option, select, .select, .slider') &&
        e.scrollWidth > e.clientWidth + 1
      )
        problems.push(`${describe(e)} is ${e.scrollWidth} px wide inside ${e.clientWidth} px`);
    }
    return problems;
  });
}

// The narrowest phone (320 px CSS, e.g. an iPhone SE at 1×) in every language, before and after a photo.
for (const state of ['start screen', 'editor with a photo'] as const) {
  test(`320 px, ${state}, every language: no sideways scrolling, nothing cut`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      hasTouch: true,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await openApp(page, '?lang=en&overlay=badge,banner');
    if (state === 'editor with a photo') {
      await choosePhoto(page, 'photo-12mp.jpg');
      await waitForPhoto(page);
      // The banner's own words: the longest control set the panel has.
      await page.locator('.design-panel select').selectOption('custom');
    }
    const found: Record<string, string[]> = {};
    for (const lang of LANGUAGE_CODES) {
      await page.locator('select:has(option[value="ka"])').selectOption(lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('.design-panel h2')).toHaveText(headings[lang]!);
      // The language's font is in before anything is measured (Georgian and Armenian bring their own).
      await page.evaluate(() => document.fonts.ready);
      const problems = await sidewaysProblems(page);
      if (problems.length) found[lang] = problems;
    }
    expect(found).toEqual({});
    await context.close();
  });
}

const hy = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/hy.json'), 'utf8'));

test('one hand on a 360 px phone: Download stays at the foot of the screen, covering nothing it leaves', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true });
  const page = await context.newPage();
  await openApp(page, '?lang=hy&overlay=banner,badge');
  await choosePhoto(page, 'photo-12mp.jpg');
  await waitForPhoto(page);
  const download = page.locator('.export-buttons button.primary');
  // Within the lowest fifth of the screen: at the top of the page, halfway, at the end.
  for (const share of [0, 0.5, 1]) {
    await page.evaluate((share) => {
      const max = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo(0, max * share);
    }, share);
    await expect
      .poll(async () => (await download.boundingBox())?.y ?? 0, {
        message: `Download at ${share * 100}% down`,
      })
      .toBeGreaterThan(740 * 0.8);
    const box = (await download.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
  }
  // At the end of the page, Start over (the last control) is above the bar, not under it.
  const bar = (await page.locator('.export-buttons').boundingBox())!;
  const startOver = (await page.getByRole('button', { name: 'Սկսել նորից' }).boundingBox())!;
  expect(startOver.y + startOver.height).toBeLessThanOrEqual(bar.y);
  // A control reached by the keyboard is clear of the bar too (focus is never hidden under it).
  await page.getByRole('button', { name: 'Փոխել լուսանկարը' }).focus();
  await page.locator('.export-panel select').first().focus();
  const focused = (await page.locator('.export-panel select').first().boundingBox())!;
  expect(focused.y + focused.height).toBeLessThanOrEqual(bar.y);
  // The canvas (at the top) still shows in full when the page is at its start.
  await page.evaluate(() => window.scrollTo(0, 0));
  const canvas = (await page.getByTestId('editor-canvas').boundingBox())!;
  expect(canvas.y + canvas.height).toBeLessThanOrEqual(bar.y);

  // After a download the bar says so, where the person pressed, and grows by that line: the page's
  // end still clears it.
  const downloaded = page.waitForEvent('download');
  await download.click();
  await downloaded;
  const status = page.locator('.export-buttons .export-status');
  await expect(status).toHaveText(hy.export.done);
  expect((await status.boundingBox())!.y).toBeGreaterThan(740 * 0.8);
  const taller = (await page.locator('.export-buttons').boundingBox())!;
  expect(taller.height).toBeGreaterThan(bar.height);
  await expect
    .poll(async () => {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const end = (await page.getByRole('button', { name: 'Սկսել նորից' }).boundingBox())!;
      return end.y + end.height <= taller.y;
    })
    .toBe(true);
  await context.close();
});

test('on a wide screen, and in an embed, Download stays in its panel', async ({ browser }) => {
  for (const [query, width] of [
    ['', 1280],
    ['?mode=embed', 360],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await openApp(page, query);
    await choosePhoto(page, 'portrait.jpg');
    await waitForPhoto(page);
    expect(await page.locator('.export-buttons').evaluate((e) => getComputedStyle(e).position), query).toBe(
      'static',
    );
    await context.close();
  }
});
