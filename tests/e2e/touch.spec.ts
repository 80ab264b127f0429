import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { choosePhoto, openApp, waitForPhoto } from './helpers';

type Point = { x: number; y: number };

/** Two fingers about `centre`, `spread` px apart, the line between them at `degrees`. */
function fingers(centre: Point, spread: number, degrees: number) {
  const r = (degrees * Math.PI) / 180;
  const dx = (Math.cos(r) * spread) / 2;
  const dy = (Math.sin(r) * spread) / 2;
  return [
    { x: centre.x - dx, y: centre.y - dy, id: 1 },
    { x: centre.x + dx, y: centre.y + dy, id: 2 },
  ];
}

/** A two-finger gesture through CDP: spread from..to px while the fingers turn by `twist` degrees. */
async function pinch(cdp: CDPSession, centre: Point, from: number, to: number, twist: number, steps = 8) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(centre, from, 0) });
  for (let i = 1; i <= steps; i++)
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: fingers(centre, from + ((to - from) * i) / steps, (twist * i) / steps),
    });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function tap(cdp: CDPSession, at: Point) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ ...at, id: 1 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

const viewportState = (page: Page) =>
  page.evaluate(() => ({ scrollY: window.scrollY, scale: window.visualViewport?.scale ?? 1 }));

/**
 * Keeps, for every two-finger touchmove that reaches the window, whether the page took it from the
 * browser (cancelled) or the browser was already scrolling or zooming with it (not cancelable).
 */
const watchTwoFingerMoves = (page: Page) =>
  page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { twoFingerMoves: string[] }).twoFingerMoves = seen;
    window.addEventListener('touchmove', (e) => {
      if (e.touches.length === 2)
        seen.push(e.defaultPrevented ? 'cancelled' : e.cancelable ? 'open' : 'browser');
    });
  });
const twoFingerMoves = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { twoFingerMoves: string[] };
    return w.twoFingerMoves.splice(0);
  });

test('pinch zooms and twist turns the photo, or the selected badge; the page never moves', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await openApp(page);
  await choosePhoto(page, 'cat.webp');
  await waitForPhoto(page);
  const canvas = page.getByTestId('editor-canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const at = (fx: number, fy: number) => ({ x: box.x + box.width * fx, y: box.y + box.height * fy });
  const zoom = page.getByRole('slider', { name: 'Zoom' });
  const rotation = page.getByRole('slider', { name: 'Rotation' });
  const badgeSize = page.getByRole('slider', { name: 'Badge size' });
  const cdp = await context.newCDPSession(page);
  const still = await viewportState(page);
  // The browser's own pinch and pan are off on the canvas…
  await expect(canvas).toHaveCSS('touch-action', 'none');
  await watchTwoFingerMoves(page);

  // The photo: fingers 40 → 120 px apart (×3) turning 30° clockwise, off the badge.
  await pinch(cdp, at(0.35, 0.4), 40, 120, 30);
  await expect.poll(async () => Number(await zoom.inputValue())).toBeGreaterThan(2.5);
  // 30° less the few degrees a pinch may turn without meaning to.
  const turned = Number(await rotation.inputValue());
  expect(turned).toBeGreaterThan(20);
  expect(turned).toBeLessThanOrEqual(30);
  await expect(badgeSize).toHaveValue('0.3');
  // …and the page cancelled every two-finger move, so the browser never scrolled or zoomed with it.
  const moves = await twoFingerMoves(page);
  expect(moves.length).toBeGreaterThan(4);
  expect(moves.filter((m) => m !== 'cancelled')).toEqual([]);
  expect(await viewportState(page)).toEqual(still);

  // One gesture, one undo step: zoom and turn go back together.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(zoom).toHaveValue('1');
  await expect(rotation).toHaveValue('0');

  // The badge (centre at 81 %, 30 % wide): a tap selects it, then the pinch and twist are its own.
  // (The Undo click may have scrolled the page, to bring the button out from under the Download bar:
  // what counts is that the gestures don't move it, so the canvas is brought back where it was.)
  await page.evaluate((y) => window.scrollTo(0, y), still.scrollY);
  await expect.poll(() => viewportState(page)).toEqual(still);
  await tap(cdp, at(0.81, 0.81));
  await expect(canvas).toHaveAttribute('data-selection', 'badge');
  await pinch(cdp, at(0.81, 0.81), 30, 60, -40);
  await expect.poll(async () => Number(await badgeSize.inputValue())).toBeGreaterThan(0.5);
  await expect(page.getByTestId('editor-description')).toContainText(/The cornflower badge .*, turned -3\d°/);
  await expect(zoom).toHaveValue('1');
  await expect(rotation).toHaveValue('0');
  expect((await twoFingerMoves(page)).filter((m) => m !== 'cancelled')).toEqual([]);
  expect(await viewportState(page)).toEqual(still);
  await context.close();
});
