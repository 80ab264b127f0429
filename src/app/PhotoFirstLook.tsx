import { useEffect, useLayoutEffect, useRef, useState, type ComponentProps } from 'react';
import { paintsOnScreen } from '../canvas/paintAhead';
import type { PhotoPlacement, Scene } from '../scene/types';
import type { AssetImage } from '../state/assets';
import type { EditorStage } from '../canvas/EditorStage';
import { firstLookPainted } from './startUp';

/** The editor's square never grows past this many CSS pixels (src/canvas/konva.ts: EDITOR_MAX_SIDE). */
const MAX_SIDE = 640;
/** iOS Safari refuses any canvas over 4096² (src/canvas/konva.ts: MAX_CANVAS_SIDE). */
const MAX_CANVAS_SIDE = 4096;

/**
 * The photo on a plain canvas, for the moments before the editor's code is in: a photo chosen
 * before it (src/app/lazyParts.ts loads it at the first sign of intent, and a file can be the
 * first) is on screen as soon as it is decoded, not once Konva has loaded and built its stage.
 * It draws the photo exactly where the editor will (PhotoNode's placement), in a frame of the
 * same size, so the editor takes over without anything moving; the overlays come with it.
 * Deliberately nothing to interact with, and not the editor's canvas (no test id, no keys).
 */
export function PhotoFirstLook({ scene, image, label, onPainter }: ComponentProps<typeof EditorStage>) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  /** The scene there was when the painter drew a new photo, ahead of the render that brings it. */
  const paintedAhead = useRef<Scene | null>(null);
  const sceneNow = useRef(scene);
  const [size, setSize] = useState(320);
  const photo = scene.photo;

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const update = () => setSize(Math.max(160, Math.min(MAX_SIDE, Math.floor(box.clientWidth))));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // Drawn from the scene; a render of this component's own (its size) before the painted photo's
  // render keeps that photo. A new scene without it (withdrawn, Start over) draws it away.
  useLayoutEffect(() => {
    sceneNow.current = scene;
    const canvas = canvasRef.current;
    if (!canvas || paintedAhead.current === scene) return;
    paintedAhead.current = null;
    if (!draw(canvas, size, photo, image) || !image) return;
    const frame = requestAnimationFrame(() => painted(image));
    return () => cancelAnimationFrame(frame);
  }, [scene, photo, image, size]);

  // The session's painter of a new photo (see EditorStage): drawn in the task it arrives.
  useEffect(() => {
    if (!onPainter) return;
    onPainter((placed, newImage) => {
      const canvas = canvasRef.current;
      if (!canvas || !paintsOnScreen(canvas) || !draw(canvas, size, placed, newImage, 'low')) return false;
      paintedAhead.current = sceneNow.current;
      // The editor's code waits for a first look on screen; the bench's mark comes with the render.
      requestAnimationFrame(firstLookPainted);
      return true;
    });
    return () => onPainter(null);
  }, [onPainter, size]);

  return (
    <div className="stage-box" ref={boxRef}>
      <div className="stage-frame" style={{ width: size, height: size }} role="img" aria-label={label}>
        <canvas ref={canvasRef} style={{ width: size, height: size, display: 'block' }} />
      </div>
    </div>
  );
}

/** The first look's frame is on screen: for `npm run bench`, and for the editor's code, which waits for it. */
function painted(image: AssetImage): void {
  performance.mark('cornflower:paint', { detail: { width: image.width, height: image.height } });
  firstLookPainted();
}

/** The canvas cleared at `size`, and the photo drawn where PhotoNode would draw it; false without a 2D context. */
function draw(
  canvas: HTMLCanvasElement,
  size: number,
  photo: PhotoPlacement | null,
  image: AssetImage | undefined,
  /** 'low' ahead of the render (a frame or two on screen; 'high' took 5 ms of that frame). */
  quality: ImageSmoothingQuality = 'high',
): boolean {
  const context = canvas.getContext('2d');
  if (!context) return false;
  const ratio = Math.min(window.devicePixelRatio || 1, MAX_CANVAS_SIDE / MAX_SIDE);
  const side = Math.round(size * ratio);
  if (canvas.width !== side || canvas.height !== side) canvas.width = canvas.height = side;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, side, side);
  if (!photo || !image) return true;
  const scale = (photo.scale * size * photo.width) / image.width;
  context.scale(ratio, ratio);
  context.translate(photo.x * size, photo.y * size);
  context.rotate((photo.rotation * Math.PI) / 180);
  context.scale(scale, scale);
  context.imageSmoothingQuality = quality;
  context.drawImage(image, -image.width / 2, -image.height / 2, image.width, image.height);
  return true;
}
