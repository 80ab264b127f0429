// Pixels live here, outside the scene: the scene holds only an asset id and a size. Anything
// replaced or dropped is closed at once, so a street-stall tablet does not collect old photos;
// an image still being drawn by an export is leased, and closed when the lease ends instead.
export type AssetImage = ImageBitmap | HTMLCanvasElement;

/** An image held for a piece of work (an export) that must not see it closed under it. */
export interface AssetLease {
  readonly image: AssetImage;
  /** Ends the lease; an image dropped from the store meanwhile is released now. Idempotent. */
  release(): void;
}

/** quiet: the subscribers are not told (whoever changes the store makes sure they re-read it soon). */
export interface QuietOption {
  readonly quiet?: boolean;
}

export interface AssetStore {
  get(id: string): AssetImage | undefined;
  /** Stores an image under `id`, releasing whatever was there. */
  set(id: string, image: AssetImage, options?: QuietOption): void;
  delete(id: string): void;
  /** Drops every image except `keep`. */
  clear(keep?: string, options?: QuietOption): void;
  /** Holds the image now under `id` until released, even if the store drops it meanwhile. */
  lease(id: string): AssetLease | undefined;
  subscribe(listener: () => void): () => void;
  /** Tells the subscribers of the changes made quietly. */
  announce(): void;
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
  const leases = new Map<AssetImage, number>();
  /** Dropped from the store while leased: released when the last lease ends. */
  const orphans = new Set<AssetImage>();
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = (options?: QuietOption) => {
    version++;
    if (!options?.quiet) for (const l of listeners) l();
  };
  const drop = (image: AssetImage | undefined) => {
    if (!image) return;
    if (leases.has(image)) orphans.add(image);
    else releaseImage(image);
  };
  return {
    get: (id) => images.get(id),
    set(id, image, options) {
      const old = images.get(id);
      if (old !== image) drop(old);
      orphans.delete(image);
      images.set(id, image);
      changed(options);
    },
    delete(id) {
      drop(images.get(id));
      images.delete(id);
      changed();
    },
    clear(keep, options) {
      for (const [id, image] of images) {
        if (id === keep) continue;
        drop(image);
        images.delete(id);
      }
      changed(options);
    },
    lease(id) {
      const image = images.get(id);
      if (!image) return undefined;
      leases.set(image, (leases.get(image) ?? 0) + 1);
      let released = false;
      return {
        image,
        release() {
          if (released) return;
          released = true;
          const left = (leases.get(image) ?? 1) - 1;
          if (left > 0) {
            leases.set(image, left);
            return;
          }
          leases.delete(image);
          if (orphans.delete(image)) releaseImage(image);
        },
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    announce: () => {
      for (const l of listeners) l();
    },
    version: () => version,
  };
}
