// One person after another in one page, as at a street stall: choose the 12 MP photo, wait for the
// editor, Download, Start over. Shared by the people bench (tests/bench/people.mjs) and the memory
// e2e test (tests/e2e/memory.spec.ts), which both count what the page still holds after a GC.
//
// The driver keeps out of what it measures. Playwright's locators run its injected script in the
// page's own JS heap (selector engines, accessible names), whose objects and compiled code would be
// counted as the app's; and its setInputFiles never releases an element handle it makes, so every
// call kept that picker's whole detached DOM tree alive (≈ 60 nodes and 4 listeners a person,
// whatever the app did). So: CDP only, results by value, the same few expressions every time (V8
// compiles each once), and real mouse clicks.
import { join } from 'node:path';

export const PHOTO = join(import.meta.dirname, '../fixtures/photo-12mp.jpg');

/** Evaluates `expression` (awaiting a promise) in the page's main world; only the value comes back. */
export async function evaluate(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/** An expression: a promise that resolves once `condition` holds, polled; rejects after 60 s. */
const until = (condition) => `new Promise((resolve, reject) => {
  const t0 = performance.now();
  const check = () => {
    if (${condition}) resolve(true);
    else if (performance.now() - t0 > 60000) reject(new Error(${JSON.stringify(`timed out: ${condition}`)}));
    else setTimeout(check, 20);
  };
  check();
})`;

// Back at the picker, and the side panels (a deferred render behind the canvas) have followed.
const PICKER_READY = until(
  `document.querySelector('[data-testid="file-input"]') && !document.querySelector('.stage-live, .photo-controls')`,
);
const EDITOR_READY = until(
  `document.querySelector('.stage-live [data-testid="editor-canvas"]')?.checkVisibility() &&
   document.querySelector('#editor')?.getAttribute('aria-busy') === 'false'`,
);

/** The centre of the first visible, enabled button that reads `text`, scrolled into view. */
const buttonCentre = (text) => `new Promise((resolve, reject) => {
  const t0 = performance.now();
  const find = () => {
    const button = [...document.querySelectorAll('button')].find(
      (b) => b.textContent.trim() === ${JSON.stringify(text)} && !b.disabled && b.checkVisibility(),
    );
    if (!button) {
      if (performance.now() - t0 > 60000) reject(new Error(${JSON.stringify(`no button: ${text}`)}));
      else setTimeout(find, 20);
      return;
    }
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    resolve({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  };
  find();
})`;

async function clickButton(page, cdp, text) {
  const { x, y } = await evaluate(cdp, buttonCentre(text));
  await page.mouse.click(x, y);
}

/** Chooses `file` in the picker's file input as a person does: a real File, a real `change`. */
export async function chooseFile(cdp, file) {
  const objectGroup = 'cornflower-people';
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector('[data-testid="file-input"]')`,
    objectGroup,
  });
  try {
    await cdp.send('DOM.setFileInputFiles', { objectId: result.objectId, files: [file] });
  } finally {
    // Released, or the inspector would keep the input (and, once detached, its tree) alive.
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
  }
}

/** Opens `url` and waits for the photo picker; true when it is the kiosk shell. */
export async function openForPeople(page, cdp, url) {
  await page.goto(url);
  await evaluate(cdp, PICKER_READY);
  return evaluate(cdp, `document.querySelector('.kiosk') !== null`);
}

/** One person: choose the photo, wait for the editor, Download, Start over, back at the picker. */
export async function onePerson(page, cdp, photo = PHOTO) {
  await evaluate(cdp, PICKER_READY);
  await chooseFile(cdp, photo);
  await evaluate(cdp, EDITOR_READY);
  const download = page.waitForEvent('download');
  await clickButton(page, cdp, 'Download');
  await (await download).path(); // written in full
  // Kiosk mode has two Start over buttons (the top bar's and the editor's): the first will do.
  await clickButton(page, cdp, 'Start over');
  await evaluate(cdp, PICKER_READY);
}

/**
 * What the page holds after a full GC: JS heap (bytes), Blink's own heap (DOM, canvases, timeline
 * entries), ArrayBuffer stores, DOM nodes, JS event listeners, and the marks and measures in the
 * performance timeline. `Performance.enable` must have been sent on `cdp`.
 */
export async function measureAfterGc(cdp) {
  // Two frames first: a render React deferred lands, and the page is at rest.
  await evaluate(cdp, `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`);
  // Twice: objects freed by the first pass can release more (weak maps, finalisers) in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const entries = await evaluate(
    cdp,
    `performance.getEntriesByType('mark').length + performance.getEntriesByType('measure').length`,
  );
  return {
    heap: usedSize,
    blink: embedderHeapUsedSize,
    buffers: backingStorageSize,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    entries,
  };
}
