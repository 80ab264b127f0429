// Browsers may evict an origin's storage, the offline copy included, when the device runs short.
// A kiosk (a street stall's tablet, offline for days) asks to be kept. The standard page never
// asks: Firefox shows a permission prompt for it, and a visitor's browser may evict at will.

/** Asks to keep this origin's storage; resolves whether it is kept. Never throws. */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
