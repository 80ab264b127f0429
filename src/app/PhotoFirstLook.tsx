import { useLayoutEffect, useRef, useState, type ComponentProps } from 'react';
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
export function PhotoFirstLook({ scene, image, label }: ComponentProps<typeof EditorStage>) {
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
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

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = Math.min(window.devicePixelRatio || 1, MAX_CANVAS_SIDE / MAX_SIDE);
    canvas.width = Math.round(size * ratio);
    canvas.height = Math.round(size * ratio);
    if (!photo || !image) return;
    const scale = (photo.scale * size * photo.width) / image.width;
    context.scale(ratio, ratio);
    context.translate(photo.x * size, photo.y * size);
    context.rotate((photo.rotation * Math.PI) / 180);
    context.scale(scale, scale);
    context.imageSmoothingQuality = 'high';
    context.drawImage(image, -image.width / 2, -image.height / 2, image.width, image.height);
    const frame = requestAnimationFrame(() => {
      performance.mark('cornflower:paint', { detail: { width: image.width, height: image.height } });
      firstLookPainted();
    });
    return () => cancelAnimationFrame(frame);
  }, [photo, image, size]);

  return (
    <div className="stage-box" ref={boxRef}>
      <div className="stage-frame" style={{ width: size, height: size }} role="img" aria-label={label}>
        <canvas ref={canvasRef} style={{ width: size, height: size, display: 'block' }} />
      </div>
    </div>
  );
}
