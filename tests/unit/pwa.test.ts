import { describe, expect, it, vi } from 'vitest';
import { reloadOnceForMissingChunk } from '../../src/pwa/chunkReload';
import { requestPersistentStorage } from '../../src/pwa/persist';
import { createServiceWorkerUpdates } from '../../src/pwa/serviceWorker';

/** A stand-in for navigator.serviceWorker and one registration, driven by hand. */
function fakeContainer({ controlled = true } = {}) {
  const listeners: Array<() => void> = [];
  const waiting = { postMessage: vi.fn() };
  const registration = { waiting: null as typeof waiting | null, update: vi.fn(() => Promise.resolve()) };
  const container = {
    controller: controlled ? ({} as ServiceWorker) : null,
    register: vi.fn(() => Promise.resolve(registration as unknown as ServiceWorkerRegistration)),
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'controllerchange') listeners.push(listener);
    },
  };
  const takeControl = () => listeners.forEach((l) => l());
  return { container: container as unknown as ServiceWorkerContainer, registration, waiting, takeControl };
}

describe('service worker updates', () => {
  it('a new version waits; start over applies it, and only then does the page reload', async () => {
    const sw = fakeContainer();
    const reload = vi.fn();
    const updates = createServiceWorkerUpdates(sw.container, reload);
    await updates.register('/sw.js', '/');
    expect(updates.applyUpdateIfWaiting()).toBe(false);
    expect(sw.registration.update).toHaveBeenCalledTimes(1); // looks for one, for next time

    sw.registration.waiting = sw.waiting; // found in the background: nothing happens yet
    expect(sw.waiting.postMessage).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();

    expect(updates.applyUpdateIfWaiting()).toBe(true);
    expect(sw.waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(updates.applyUpdateIfWaiting()).toBe(true); // a second click asks no second time
    expect(sw.waiting.postMessage).toHaveBeenCalledTimes(1);
    sw.takeControl();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a version left waiting by other tabs is applied when a page starts', async () => {
    const sw = fakeContainer();
    sw.registration.waiting = sw.waiting;
    const reload = vi.fn();
    await createServiceWorkerUpdates(sw.container, reload).register('/sw.js', '/');
    expect(sw.waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });

  it('another tab taking the new version does not reload this one', async () => {
    const sw = fakeContainer();
    const reload = vi.fn();
    await createServiceWorkerUpdates(sw.container, reload).register('/sw.js', '/');
    sw.takeControl();
    expect(reload).not.toHaveBeenCalled();
  });

  it('the first install (no controller yet) is not an update', async () => {
    const sw = fakeContainer({ controlled: false });
    sw.registration.waiting = sw.waiting;
    const updates = createServiceWorkerUpdates(sw.container, vi.fn());
    await updates.register('/sw.js', '/');
    expect(updates.applyUpdateIfWaiting()).toBe(false);
    expect(sw.waiting.postMessage).not.toHaveBeenCalled();
  });

  it('a refused registration leaves the app working online', async () => {
    const sw = fakeContainer();
    vi.mocked(sw.container.register).mockRejectedValueOnce(new Error('SecurityError'));
    const updates = createServiceWorkerUpdates(sw.container, vi.fn());
    await expect(updates.register('/sw.js', '/')).resolves.toBeUndefined();
    expect(updates.applyUpdateIfWaiting()).toBe(false);
  });
});

describe('reload once for a missing chunk', () => {
  const store = () => {
    const values = new Map<string, string>();
    return {
      getItem: (k: string) => values.get(k) ?? null,
      setItem: (k: string, v: string) => void values.set(k, v),
    };
  };

  it('reloads once per build, never in a loop', () => {
    const storage = store();
    const reload = vi.fn();
    expect(reloadOnceForMissingChunk(storage, '/assets/index-A.js', true, reload)).toBe(true);
    expect(reloadOnceForMissingChunk(storage, '/assets/index-A.js', true, reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    // A later version that misses a chunk of a still newer one gets its own single try.
    expect(reloadOnceForMissingChunk(storage, '/assets/index-B.js', true, reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });

  it('does not reload offline, or where it cannot remember having tried', () => {
    const reload = vi.fn();
    expect(reloadOnceForMissingChunk(store(), 'b', false, reload)).toBe(false);
    expect(reloadOnceForMissingChunk(undefined, 'b', true, reload)).toBe(false);
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(reloadOnceForMissingChunk(full, 'b', true, reload)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('persistent storage (kiosk)', () => {
  it('asks only when not yet persisted, and never throws', async () => {
    const persist = vi.fn(() => Promise.resolve(true));
    expect(await requestPersistentStorage({ persisted: () => Promise.resolve(false), persist })).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    const again = vi.fn(() => Promise.resolve(true));
    expect(await requestPersistentStorage({ persisted: () => Promise.resolve(true), persist: again })).toBe(
      true,
    );
    expect(again).not.toHaveBeenCalled();
    expect(
      await requestPersistentStorage({ persisted: () => Promise.reject(new Error('x')), persist: again }),
    ).toBe(false);
    expect(await requestPersistentStorage(undefined)).toBe(false);
  });
});
