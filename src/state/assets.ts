// Pixels live here, outside the scene: the scene holds only an asset id and a size. Anything
// replaced or dropped is closed at once, so a street-stall tablet does not collect old photos.
export type AssetImage = ImageBitmap | HTMLCanvasElement;

export interface AssetStore {
  get(id: string): AssetImage | undefined;
  /** Stores an image under `id`, closing whatever was there. */
  set(id: string, image: AssetImage): void;
  delete(id: string): void;
  /** Drops every image except `keep`. */
  clear(keep?: string): void;
  subscribe(listener: () => void): () => void;
  version(): number;
}

/** Frees an image's pixels now rather than at garbage collection. */
export function releaseImage(image: AssetImage | undefined): void {
  if (!image) return;
  if ('close' in image) image.close();
  // A canvas holds its pixels until it is resized; zero frees them at once (iOS counts canvas memory).
  else image.width = image.height = 0;
}

export function createAssetStore(): AssetStore {
  const images = new Map<string, AssetImage>();
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version++;
    for (const l of listeners) l();
  };
  return {
    get: (id) => images.get(id),
    set(id, image) {
      const old = images.get(id);
      if (old !== image) releaseImage(old);
      images.set(id, image);
      changed();
    },
    delete(id) {
      releaseImage(images.get(id));
      images.delete(id);
      changed();
    },
    clear(keep) {
      for (const [id, image] of images) {
        if (id === keep) continue;
        releaseImage(image);
        images.delete(id);
      }
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
