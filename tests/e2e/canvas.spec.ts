import { expect, test, type Page } from '@playwright/test';
import {
  blueShare,
  choosePhoto,
  decodePng,
  download,
  meanDifference,
  openApp,
  pixel,
  waitForPhoto,
} from './helpers';

async function canvasBox(page: Page) {
  const box = await page.getByTestId('editor-canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return box;
}

/** The bounding box of the clearly blue pixels (the badge, on a grey photo). */
function blueBounds(png: ReturnType<typeof decodePng>) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const [r, g, b] = pixel(png, x, y);
      if (b > 120 && b > r + 50 && b > g + 20) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
    }
  }
  expect(x1 - x0).toBeGreaterThan(20);
  return { x0, y0, x1, y1 };
}

/** Share of pixels that differ between two screenshots of the same size. */
function changedShare(a: ReturnType<typeof decodePng>, b: ReturnType<typeof decodePng>) {
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!);
    if (d + Math.abs(a.data[i + 2]! - b.data[i + 2]!) > 30) changed++;
  }
  return changed / (a.data.length / 4);
}

/** Share of near-white pixels in a box. */
function whiteShare(png: ReturnType<typeof decodePng>, x0: number, y0: number, x1: number, y1: number) {
  let white = 0;
  let all = 0;
  for (let y = Math.round(y0); y < y1; y++) {
    for (let x = Math.round(x0); x < x1; x++) {
      const [r, g, b] = pixel(png, x, y);
      all++;
      if (r > 235 && g > 235 && b > 235) white++;
    }
  }
  return white / all;
}

const opaqueCorners = (png: ReturnType<typeof decodePng>) =>
  [
    pixel(png, 1, 1),
    pixel(png, png.width - 2, 1),
    pixel(png, 1, png.height - 2),
    pixel(png, png.width - 2, png.height - 2),
  ].every((p) => p[3] === 255);

test('dragging, zooming and rotating the photo never uncovers a corner', async ({ page }) => {
  await openApp(page, '?overlay=frame');
  await page.getByRole('button', { name: 'Cornflower wreath' }).click(); // no overlays: photo only
  await choosePhoto(page, 'cat.webp'); // 451×300: room to pan sideways
  await waitForPhoto(page);
  const before = decodePng((await download(page)).bytes);

  const box = await canvasBox(page);
  // Drag far to the right: the photo stops at its edge.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 1.5, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  const dragged = decodePng((await download(page)).bytes);
  expect(meanDifference(before, dragged)).toBeGreaterThan(5);
  expect(opaqueCorners(dragged)).toBe(true);

  // Wheel zoom in, then a fine rotation and a quarter turn.
  await page.mouse.move(box.x + box.width / 3, box.y + box.height / 3);
  await page.mouse.wheel(0, -600);
  await expect(page.getByRole('slider', { name: 'Zoom' })).not.toHaveValue('1');
  await page.getByRole('slider', { name: 'Rotation' }).fill('23');
  await page.getByRole('button', { name: 'Rotate right 90°' }).click();
  const turned = decodePng((await download(page)).bytes);
  expect(opaqueCorners(turned)).toBe(true);
  expect(meanDifference(dragged, turned)).toBeGreaterThan(5);

  // Undo steps back through them; Fit photo restores the cover.
  await page.getByRole('button', { name: 'Fit photo' }).click();
  await expect(page.getByRole('slider', { name: 'Zoom' })).toHaveValue('1');
});

test('the badge can be dragged, and selected for resize handles', async ({ page }) => {
  await openApp(page);
  await choosePhoto(page, 'grayscale.png');
  await waitForPhoto(page);
  const box = await canvasBox(page);
  // The badge starts bottom-right (centre at 81 % of the side); drag it to the top-left.
  const from = { x: box.x + box.width * 0.81, y: box.y + box.height * 0.81 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.2, { steps: 10 });
  await page.mouse.up();
  const png = decodePng((await download(page)).bytes);
  expect(blueShare(png, 30, 30, 400, 400)).toBeGreaterThan(0.1);
  expect(blueShare(png, 760, 760, 1060, 1060)).toBeLessThan(0.01);

  // Selected (it was just dragged), the badge shows the transformer's corner handles on screen,
  // which sit on the corners of its square box: beyond the round badge, on the grey photo.
  const selected = decodePng(await page.getByTestId('editor-canvas').screenshot());
  await page.getByTestId('editor-canvas').focus();
  await page.keyboard.press('Escape');
  await expect
    .poll(async () => {
      const shot = decodePng(await page.getByTestId('editor-canvas').screenshot());
      return changedShare(selected, shot);
    })
    .toBeGreaterThan(0.001);
  const plain = decodePng(await page.getByTestId('editor-canvas').screenshot());
  const badge = blueBounds(plain);
  const corners = [
    [badge.x0, badge.y0],
    [badge.x1, badge.y0],
    [badge.x0, badge.y1],
    [badge.x1, badge.y1],
  ] as const;
  for (const [x, y] of corners) {
    // Deselected, a corner of the box is photo (the badge is round)…
    expect(blueShare(plain, x - 5, y - 5, x + 5, y + 5)).toBe(0);
    // …selected, a handle is drawn there: its blue outline and white face.
    expect(blueShare(selected, x - 8, y - 8, x + 8, y + 8)).toBeGreaterThan(0.05);
    expect(whiteShare(selected, x - 5, y - 5, x + 5, y + 5)).toBeGreaterThan(0.1);
  }
  // …but the export never does: deselected, it exports the same picture.
  const deselected = decodePng((await download(page)).bytes);
  expect(meanDifference(png, deselected)).toBeLessThan(0.5);

  await page.getByRole('button', { name: 'Undo' }).click();
  const undone = decodePng((await download(page)).bytes);
  expect(blueShare(undone, 760, 760, 1060, 1060)).toBeGreaterThan(0.15);
});

test('the circle preview dims the corners on screen only', async ({ page }) => {
  await openApp(page);
  await choosePhoto(page, 'portrait.jpg');
  await waitForPhoto(page);
  const corner = async () => {
    const shot = await page.getByTestId('editor-canvas').screenshot();
    const png = decodePng(shot);
    return pixel(png, 3, 3);
  };
  const plain = await corner();
  await page.getByLabel('Preview as a circle').check();
  const dimmed = await corner();
  expect(dimmed[0] + dimmed[1] + dimmed[2]).toBeGreaterThan(plain[0] + plain[1] + plain[2] + 60);
  const exported = decodePng((await download(page)).bytes);
  const [r, g, b] = pixel(exported, 3, 3);
  expect(Math.abs(r - plain[0]) + Math.abs(g - plain[1]) + Math.abs(b - plain[2])).toBeLessThan(60);
});

test('keyboard: arrows pan the focused canvas, + and − zoom', async ({ page }) => {
  await openApp(page, '?overlay=frame');
  await page.getByRole('button', { name: 'Cornflower wreath' }).click(); // no overlays: photo only
  await choosePhoto(page, 'cat.webp'); // 451×300: room to pan sideways
  await waitForPhoto(page);
  const before = decodePng((await download(page)).bytes);
  await page.getByTestId('editor-canvas').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  const left = decodePng((await download(page)).bytes);
  expect(meanDifference(before, left)).toBeGreaterThan(3);
  // The photo moved; as many presses the other way bring it back to where it was.
  await page.getByTestId('editor-canvas').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  const back = decodePng((await download(page)).bytes);
  expect(meanDifference(before, back)).toBeLessThan(0.5);
  // Shift moves five times as far.
  await page.getByTestId('editor-canvas').focus();
  await page.keyboard.press('Shift+ArrowRight');
  const far = decodePng((await download(page)).bytes);
  expect(meanDifference(before, far)).toBeGreaterThan(meanDifference(before, left));

  await page.getByTestId('editor-canvas').focus();
  await page.keyboard.press('+');
  await expect(page.getByRole('slider', { name: 'Zoom' })).not.toHaveValue('1');
  await page.keyboard.press('-');
  await expect(page.getByRole('slider', { name: 'Zoom' })).toHaveValue('1');
});

test('pinching with two fingers zooms the photo', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await openApp(page);
  await choosePhoto(page, 'cat.webp');
  await waitForPhoto(page);
  const box = await canvasBox(page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const cdp = await context.newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints:
        type === 'touchEnd'
          ? []
          : [
              { x: cx - spread, y: cy, id: 1 },
              { x: cx + spread, y: cy, id: 2 },
            ],
    });
  await touch('touchStart', 40);
  for (let spread = 45; spread <= 120; spread += 15) await touch('touchMove', spread);
  await touch('touchEnd', 0);
  const zoom = Number(await page.getByRole('slider', { name: 'Zoom' }).inputValue());
  expect(zoom).toBeGreaterThan(2);
  // One pinch is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('slider', { name: 'Zoom' })).toHaveValue('1');
  await context.close();
});

test('the badge resizes and turns with the transformer handles', async ({ page }) => {
  await openApp(page);
  await choosePhoto(page, 'grayscale.png');
  await waitForPhoto(page);
  const box = await canvasBox(page);
  const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
  const sizeSlider = page.getByRole('slider', { name: 'Badge size' });
  const before = Number(await sizeSlider.inputValue());

  // Select the badge (centre at 81 % of the side, 30 % wide), then pull its top-left handle outwards.
  // The handles are there once the selection is (the announcer says so): not before.
  await page.mouse.click(at(0.81, 0.81).x, at(0.81, 0.81).y);
  await expect(page.getByTestId('announcer')).toHaveText('Cornflower badge selected.');
  const handle = at(0.66, 0.66);
  await page.mouse.move(handle.x, handle.y);
  await page.mouse.down();
  await page.mouse.move(at(0.58, 0.58).x, at(0.58, 0.58).y, { steps: 6 });
  await page.mouse.up();
  // The slider follows once React has drawn the new size: wait for it rather than read it at once.
  await expect.poll(async () => Number(await sizeSlider.inputValue())).toBeGreaterThan(before + 0.05);
  const after = Number(await sizeSlider.inputValue());

  // The rotation handle sits above the top edge's middle: drag it round to the right.
  const top = at(0.81, 0.81 - after / 2);
  const rotater = { x: top.x, y: top.y - 26 };
  await page.mouse.move(rotater.x, rotater.y);
  await page.mouse.down();
  await page.mouse.move(at(0.99, 0.81).x, at(0.99, 0.81).y, { steps: 6 });
  await page.mouse.up();
  // The turn is its own undo step: undo it and the size stays, undo again and the size goes back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sizeSlider).toHaveValue(String(after));
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sizeSlider).toHaveValue(String(before));
});
