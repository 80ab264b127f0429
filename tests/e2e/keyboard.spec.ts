import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { blueShare, choosePhoto, decodePng, openApp, pixel, waitForPhoto } from './helpers';

type Png = ReturnType<typeof decodePng>;

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus: the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Enter on the focused Download button; the downloaded PNG. */
async function downloadWithEnter(page: Page): Promise<Png> {
  const waiting = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  return decodePng(readFileSync(await (await waiting).path()));
}

/** Centre and extent of the clearly blue pixels above `below` (the badge; the banner sits lower). */
function badgeIn(png: Png, below: number) {
  let [sx, sy, n, x0, x1] = [0, 0, 0, Infinity, -Infinity];
  for (let y = 0; y < Math.min(below, png.height); y += 2) {
    for (let x = 0; x < png.width; x += 2) {
      const [r, g, b] = pixel(png, x, y);
      if (b > 120 && b > r + 50 && b > g + 20) {
        sx += x;
        sy += y;
        n++;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
      }
    }
  }
  return { x: sx / n / png.width, y: sy / n / png.height, width: (x1 - x0) / png.width, n };
}

test('a picture made with the keyboard alone: select the badge, move it, resize it, add the banner, download', async ({
  page,
}) => {
  await openApp(page);
  await choosePhoto(page, 'grayscale.png'); // grey: the only blue is the badge and the banner
  await waitForPhoto(page);
  const canvas = page.getByTestId('editor-canvas');
  const announcer = page.getByTestId('announcer');
  const description = page.getByTestId('editor-description');
  const downloadButton = page.getByRole('button', { name: 'Download' });
  await expect(announcer).toHaveText(/Photo ready/);
  await expect(canvas).toHaveAttribute('role', 'application');
  await expect(canvas).toHaveAccessibleName(/./);

  // The badge as it starts (bottom right, 30 % wide), seen on screen: the export draws the same.
  const start = badgeIn(decodePng(await canvas.screenshot()), Infinity);
  expect(start.x).toBeGreaterThan(0.75);
  expect(start.y).toBeGreaterThan(0.75);

  // Into the canvas; Tab walks the selection: the photo, then the badge.
  await tabTo(page, canvas);
  await expect(canvas).not.toHaveAttribute('data-selection');
  await page.keyboard.press('Tab');
  await expect(canvas).toHaveAttribute('data-selection', 'photo');
  await expect(announcer).toHaveText('Photo selected.');
  await page.keyboard.press('Tab');
  await expect(canvas).toHaveAttribute('data-selection', 'badge');
  await expect(announcer).toHaveText('Cornflower badge selected.');
  expect(await isFocused(canvas)).toBe(true);

  // Move it: Shift+arrows go 10 % of the side a press, from (0.81, 0.81) to (0.21, 0.21).
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowLeft');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+ArrowUp');
  await expect(announcer).toHaveText('Cornflower badge now at the top left.');
  await expect(description).toContainText('The cornflower badge at the top left, 30%');

  // Resize it: three presses of + make it 1.1³ as wide.
  for (let i = 0; i < 3; i++) await page.keyboard.press('+');
  // (Said with the last move if it came within the announcer's quiet time.)
  await expect(announcer).toContainText("Badge size: 40% of the picture's width.");

  // Tab past the last item leaves the canvas, and lets go of the badge.
  await page.keyboard.press('Tab');
  expect(await isFocused(canvas)).toBe(false);
  await expect(canvas).not.toHaveAttribute('data-selection');

  // Add the banner with the keyboard: Tab to its switch, Space.
  const bannerSwitch = page.getByRole('button', { name: 'Quote banner' });
  await tabTo(page, bannerSwitch);
  await page.keyboard.press('Space');
  await expect(bannerSwitch).toHaveAttribute('aria-pressed', 'true');
  await expect(announcer).toContainText('Quote banner now at the bottom.');

  await tabTo(page, downloadButton);
  const after = await downloadWithEnter(page);
  await expect(announcer).toContainText('Picture downloaded: cornflower-userpic.png.');

  // The export has each move: the badge at (0.21, 0.21)…
  const badge = badgeIn(after, after.height * 0.62);
  expect(badge.n).toBeGreaterThan(100);
  expect(Math.abs(badge.x - 0.21)).toBeLessThan(0.02);
  expect(Math.abs(badge.y - 0.21)).toBeLessThan(0.02);
  // …1.1³ = 1.33 times as wide as it was…
  expect(badge.width / start.width).toBeGreaterThan(1.25);
  expect(badge.width / start.width).toBeLessThan(1.41);
  // …and the banner across the bottom (the photo is grey).
  expect(blueShare(after, 0, after.height * 0.75, after.width * 0.6, after.height)).toBeGreaterThan(0.5);

  // Each run of presses was one undo step: the banner, then the three +, then all twelve moves.
  await page.keyboard.press('Control+z');
  await expect(bannerSwitch).toHaveAttribute('aria-pressed', 'false');
  const size = page.getByRole('slider', { name: 'Badge size' });
  await expect(size).not.toHaveValue('0.3');
  await page.keyboard.press('Control+z');
  await expect(size).toHaveValue('0.3');
  await expect(description).toContainText('at the top left');
  await page.keyboard.press('Control+z');
  await expect(description).toContainText('The cornflower badge at the bottom right, 30%');
});

test('[ and ] turn the selected badge, Escape lets go, ? opens the shortcuts from the one keymap', async ({
  page,
}) => {
  await openApp(page);
  await choosePhoto(page, 'grayscale.png');
  await waitForPhoto(page);
  const canvas = page.getByTestId('editor-canvas');
  await tabTo(page, canvas);
  await page.keyboard.press('Shift+Tab'); // from nothing, Shift+Tab selects the last: the badge
  await expect(canvas).toHaveAttribute('data-selection', 'badge');
  await expect(page.getByTestId('announcer')).toHaveText('Cornflower badge selected.');
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await page.keyboard.press('[');
  await expect(page.getByTestId('announcer')).toHaveText('Badge rotation: 5°.');
  await page.keyboard.press('Escape');
  await expect(canvas).not.toHaveAttribute('data-selection');
  await expect(page.getByTestId('announcer')).toHaveText('Nothing selected.');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  for (const [keys, action] of [
    ['Tab', 'Select the next part'],
    ['Shift+←', 'Move it in bigger steps'],
    ['[', 'Turn it to the left'],
    ['Ctrl+Shift+Z', 'Redo'],
    ['?', 'Show this list'],
  ] as const)
    await expect(help.getByRole('row').filter({ hasText: action })).toContainText(keys);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  // The dialog gives the focus back where it was.
  expect(await isFocused(canvas)).toBe(true);

  // The visible button opens it too.
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(help).toBeVisible();
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the selection is seen: focus ring and handles on the badge at ${viewport.width}×${viewport.height}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await openApp(page);
    await choosePhoto(page, 'grayscale.png');
    await waitForPhoto(page);
    const canvas = page.getByTestId('editor-canvas');
    const box = (await canvas.boundingBox())!;
    const plain = decodePng(await page.screenshot({ clip: box }));

    await tabTo(page, canvas);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(canvas).toHaveAttribute('data-selection', 'badge');
    await canvas.scrollIntoViewIfNeeded();
    await expect(canvas).toHaveCSS('outline-style', 'solid');
    const ring = Number.parseFloat(await canvas.evaluate((el) => getComputedStyle(el).outlineWidth));
    expect(ring).toBeGreaterThanOrEqual(2);
    const focused = await canvas.boundingBox();
    await page.screenshot({
      path: `screenshots/keyboard-selection-${viewport.width}.png`,
      clip: { x: 0, y: Math.max(0, focused!.y - 60), width: viewport.width, height: focused!.height + 120 },
    });
    // The transformer's corner handles: white faces on the grey photo at the badge box's corners.
    const shot = decodePng(await page.screenshot({ clip: focused! }));
    const corner = { x: 0.66 * shot.width, y: 0.66 * shot.height };
    const white = (png: Png) => {
      let n = 0;
      for (let dy = -4; dy <= 4; dy++)
        for (let dx = -4; dx <= 4; dx++) {
          const [r, g, b] = pixel(png, corner.x + dx, corner.y + dy);
          if (r > 235 && g > 235 && b > 235) n++;
        }
      return n;
    };
    expect(white(shot)).toBeGreaterThan(5);
    expect(white(plain)).toBe(0);
    await context.close();
  });
}
