// A page still running an older version can ask for a chunk that the server (or a newer service
// worker's precache) no longer has: Vite then fires `vite:preloadError`. Reloading brings the
// current version; doing it once per build means a chunk that is missing there too cannot loop.
// https://vite.dev/guide/build#load-error-handling

const KEY = 'cornflower.reloadedFor';

/**
 * Reloads unless this build has already reloaded for a missing chunk in this tab, or the device
 * is offline (a reload would show the browser's offline page instead of the person's work).
 * Returns whether it reloads.
 */
export function reloadOnceForMissingChunk(
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined,
  build: string,
  online: boolean,
  reload: () => void,
): boolean {
  if (!online || !storage) return false;
  try {
    if (storage.getItem(KEY) === build) return false;
    storage.setItem(KEY, build);
  } catch {
    return false; // no way to remember having tried: better no reload than a loop
  }
  reload();
  return true;
}

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage; // throws in sandboxed frames
  } catch {
    return undefined;
  }
}

export function watchForMissingChunks(): void {
  window.addEventListener('vite:preloadError', (event) => {
    // The entry chunk's URL carries the build's hash: a new version is a new build to try once.
    const build = import.meta.url;
    if (reloadOnceForMissingChunk(sessionStore(), build, navigator.onLine, () => window.location.reload())) {
      event.preventDefault();
    } else {
      console.warn('Cornflower: a part of the app could not be loaded, and reloading did not help.');
    }
  });
}
