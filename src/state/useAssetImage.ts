import { useSyncExternalStore } from 'react';
import type { AssetImage, AssetStore } from './assets';

/** The image stored under `id`, re-read when the preview is swapped for the sharp copy. */
export function useAssetImage(assets: AssetStore, id: string | undefined): AssetImage | undefined {
  useSyncExternalStore(assets.subscribe, assets.version);
  return id ? assets.get(id) : undefined;
}
