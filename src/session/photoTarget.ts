import { sceneReducer } from '../scene/actions';
import type { PhotoPlacement, Scene } from '../scene/types';
import type { AssetImage, AssetStore } from '../state/assets';
import type { ImportTarget } from './photoImport';

/**
 * Puts a new photo on screen at once, in the task its pixels arrive, ahead of the shell's render
 * (the editor's stage draws it under what it shows); true when it did. See setPainter.
 */
export type PhotoPainter = (photo: PhotoPlacement, image: AssetImage) => boolean;

interface PhotoScene {
  /** The scene now. */
  scene(): Scene;
  /** A new history from `scene`; its listeners told when `later` comes, else at once. */
  restart(scene: Scene, later?: Promise<void>): void;
  readonly assets: AssetStore;
  /** The stage's painter of a new photo, if there is one now. */
  painter(): PhotoPainter | null;
  /** Resolves once what was just drawn has reached the screen (see PhotoPipeline.afterShown). */
  readonly afterShown?: () => Promise<void>;
}

/**
 * What an import's photo does to the session's scene and pixels: a new photo on screen (drawn
 * ahead of the page's render where it can be), its sharp copy in place, or taken away.
 */
export function photoTarget({
  scene: now,
  restart,
  assets,
  painter,
  afterShown,
}: PhotoScene): Pick<ImportTarget, 'show' | 'sharpen' | 'withdraw'> {
  const overlays = () => now().overlays;
  const withPhoto = (assetId: string, image: AssetImage): Scene =>
    sceneReducer(
      { photo: null, overlays: overlays() },
      { type: 'photoLoaded', assetId, width: image.width, height: image.height },
    );
  /** The painter's answer; one that fails (a canvas gone, a detached image) has drawn nothing usable. */
  const paintAhead = (photo: PhotoPlacement, image: AssetImage): boolean => {
    try {
      return painter()?.(photo, image) ?? false;
    } catch {
      return false;
    }
  };

  return {
    show(assetId, image, firstLook) {
      performance.mark('cornflower:shown');
      // A new photo starts a new history: undo must never bring back a photo whose pixels are gone.
      // The scene measures the photo in this first image's pixels; PhotoNode scales whichever image
      // it draws to that size, so the sharp copy (same aspect) later replaces it in place.
      const scene = withPhoto(assetId, image);
      // A first look into an empty square: the stage draws it now, so it is on screen at the very
      // next frame, and the shell's render (the new scene's nodes: the same picture) follows that
      // frame instead of holding it back. The store is changed quietly then (its subscribers would
      // render at once), and told with the listeners. A sharp copy with no first look before it is
      // followed at once by 'ready', which renders anyway: not painted twice.
      const later = firstLook && !now().photo ? afterShown : undefined;
      const painted = Boolean(later && scene.photo && paintAhead(scene.photo, image));
      assets.clear(undefined, { quiet: painted });
      assets.set(assetId, image, { quiet: painted });
      restart(scene, painted ? later?.() : undefined);
    },
    sharpen(assetId, image) {
      assets.clear(assetId);
      assets.set(assetId, image);
      // The sharp copy is the truth about the photo's shape. A first look of another shape (a
      // thumbnail placeholder, a header that disagrees with the decoder) re-measures the photo,
      // so the scene never covers the frame with a photo that is really narrower than it thinks.
      const photo = now().photo;
      if (photo?.assetId !== assetId) return;
      const shape = image.width / image.height / (photo.width / photo.height);
      if (Math.abs(shape - 1) > 0.005) restart(withPhoto(assetId, image));
    },
    withdraw(assetId) {
      assets.delete(assetId);
      if (now().photo?.assetId === assetId) restart({ photo: null, overlays: overlays() });
    },
  };
}
