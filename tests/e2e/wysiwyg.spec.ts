import { expect, test, type Page } from '@playwright/test';
import { choosePhoto, decodePng, download, openApp, waitForPhoto } from './helpers';

type Png = ReturnType<typeof decodePng>;

/** Centre of the clearly cornflower-blue pixels, as fractions of the picture's side. */
function blueCentre(png: Png): { x: number; y: number; n: number } {
  let sx = 0;
  let sy = 0;
  let n = 0;
  for (let y = 0; y < png.height; y += 2) {
    for (let x = 0; x < png.width; x += 2) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (b > 120 && b > r + 50 && b > g + 20) {
        sx += x;
        sy += y;
        n++;
      }
    }
  }
  return { x: sx / n / png.width, y: sy / n / png.height, n };
}

async function dragBy(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

test('a badge dragged past the edge it is clamped to stays where the export draws it', async ({ page }) => {
  await openApp(page);
  await choosePhoto(page, 'grayscale.png'); // grey: the only blue is the badge
  await waitForPhoto(page);
  const canvas = page.getByTestId('editor-canvas');
  const box = (await canvas.boundingBox())!;
  const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });

  // First drag: far past the right edge; the scene clamps the badge against it.
  await dragBy(page, at(0.81, 0.81), at(1.4, 0.81));
  // Second drag: from where it now sits, further past the same edge. The scene does not change
  // (clamped to the same place), so nothing re-renders: the node must still end where the scene is.
  const clamped = blueCentre(decodePng(await canvas.screenshot()));
  await dragBy(page, at(clamped.x, clamped.y), at(clamped.x + 0.5, clamped.y - 0.3));

  await page.keyboard.press('Escape'); // no handles in the screenshot
  await page.mouse.move(0, 0);
  const onScreen = blueCentre(decodePng(await canvas.screenshot()));
  const exported = blueCentre(decodePng((await download(page)).bytes));
  expect(onScreen.n).toBeGreaterThan(100);
  expect(Math.abs(onScreen.x - exported.x)).toBeLessThan(0.02);
  expect(Math.abs(onScreen.y - exported.y)).toBeLessThan(0.02);
});
