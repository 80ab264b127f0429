// When the start-up's deferred work runs: the first screen first, everything else in the gaps.

/** How long the page is left alone after its load before work nobody asked for yet begins. */
export const QUIET_AFTER_LOAD_MS = 3000;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** A task boundary: the browser may handle input and paint before the caller goes on. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves in the browser's next idle period, or after `timeout` ms at the latest. */
export function whenIdle(timeout: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, Math.min(timeout, 50));
  });
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

let quiet: Promise<void> | undefined;

/** Resolves once the page has loaded and then been left quiet for a while (an idle moment). */
export function afterStartUp(): Promise<void> {
  quiet ??= new Promise<void>((resolve) => {
    const loaded = () => void delay(QUIET_AFTER_LOAD_MS).then(() => whenIdle(2000).then(resolve));
    if (document.readyState === 'complete') loaded();
    else window.addEventListener('load', loaded, { once: true });
  });
  return quiet;
}

let markShown: () => void = () => {};
/** Resolves when a photo's first look is on screen (PhotoFirstLook), before the editor's code is in. */
export const firstLookShown = new Promise<void>((resolve) => (markShown = resolve));
export function firstLookPainted(): void {
  markShown();
}
