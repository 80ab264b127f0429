import type Konva from 'konva';
import type { PhotoPlacement } from '../scene/types';
import type { AssetImage } from '../state/assets';

/**
 * Draws a new photo straight onto the content layer's canvas, under what is there (the overlays
 * over the empty square), placed as PhotoNode will place it: the same picture Konva draws once the
 * photo's node is in, there one render sooner. Konva's next draw of the layer replaces it.
 */
export function paintPhotoUnder(
  layer: Konva.Layer,
  photo: PhotoPlacement,
  image: AssetImage,
  size: number,
): void {
  const canvas = layer.getCanvas();
  const context = canvas.getContext()._context;
  const ratio = canvas.getPixelRatio();
  const scale = (photo.scale * size * photo.width) / image.width;
  context.save();
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.globalCompositeOperation = 'destination-over';
  context.translate(photo.x * size, photo.y * size);
  context.rotate((photo.rotation * Math.PI) / 180);
  context.scale(scale, scale);
  context.drawImage(image, -image.width / 2, -image.height / 2, image.width, image.height);
  context.restore();
}

/**
 * Whether a photo drawn into `element` now is seen at the next frame: the tab shown, the element
 * rendered and not hidden (the stand-by stage is `visibility: hidden`). Else the page's own render
 * shows it, as without a painter: a hidden tab renders no frame to wait for.
 */
export function paintsOnScreen(element: Element | null | undefined): boolean {
  return (
    document.visibilityState === 'visible' &&
    Boolean(element?.checkVisibility?.({ visibilityProperty: true, opacityProperty: true }))
  );
}
