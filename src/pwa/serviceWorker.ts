// The offline copy of the app: a service worker that precaches the whole build (vite.config.ts).
// A new version never takes over while someone is editing: it installs in the background and waits,
// and is applied when the person starts over (the shells call applyUpdateIfWaiting()) or when a
// page starts while one is waiting. Applying means the waiting worker takes control and this page
// reloads, from the new precache.

type Container = Pick<ServiceWorkerContainer, 'register' | 'addEventListener' | 'controller'>;

export interface ServiceWorkerUpdates {
  /** Registers the worker; a version left waiting (other tabs held it back) is applied now. */
  register(url: string, scope: string): Promise<void>;
  /**
   * Applies a waiting new version: true when it is being applied and the page is about to reload.
   * With none waiting, it looks for one, to apply at the next start over.
   */
  applyUpdateIfWaiting(): boolean;
}

export function createServiceWorkerUpdates(container: Container, reload: () => void): ServiceWorkerUpdates {
  let registration: ServiceWorkerRegistration | undefined;
  let applying = false;

  // Every open tab sees the new worker take control; only the one that asked for it reloads, the
  // others keep the person's work (should they miss a chunk later, chunkReload.ts reloads them).
  container.addEventListener('controllerchange', () => {
    if (applying) reload();
  });

  function applyWaiting(): boolean {
    const waiting = registration?.waiting;
    // No controller: this is the first install, which activates by itself (clientsClaim).
    if (!waiting || !container.controller) return false;
    if (!applying) {
      applying = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    }
    return true;
  }

  return {
    async register(url, scope) {
      try {
        registration = await container.register(url, { scope });
      } catch {
        return; // no offline copy this time (private mode, storage refused): the app works online
      }
      applyWaiting();
    },
    applyUpdateIfWaiting() {
      if (applyWaiting()) return true;
      // A kiosk stays on one page for days: browsers check for updates on navigation only.
      registration?.update().catch(() => {});
      return false;
    },
  };
}

const updates =
  typeof navigator !== 'undefined' && 'serviceWorker' in navigator
    ? createServiceWorkerUpdates(navigator.serviceWorker, () => window.location.reload())
    : undefined;

/** Registers the service worker once the page has loaded; production builds only. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !updates) return;
  const base = import.meta.env.BASE_URL;
  const start = () => void updates.register(`${base}sw.js`, base);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/** For a shell's start over: true when a new version is being applied and the page will reload. */
export function applyUpdateIfWaiting(): boolean {
  return updates?.applyUpdateIfWaiting() ?? false;
}
