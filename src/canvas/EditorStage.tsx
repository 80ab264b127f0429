import type Konva from 'konva';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { zoomOf, type SceneAction } from '../scene/actions';
import type { Scene } from '../scene/types';
import type { AssetImage } from '../state/assets';
import type { BannerText } from '../scene/types';
import { CirclePreview } from './CirclePreview';
import { touchDistance, wheelZoomFactor, type PinchState } from './gestures';
import { Layer, Stage, Transformer } from './konva';
import { SceneContent } from './SceneContent';
import { useSquareSize } from './useSquareSize';

interface Props {
  readonly scene: Scene;
  readonly image: AssetImage | undefined;
  readonly bannerText: BannerText;
  readonly fontsVersion: number;
  readonly circlePreview: boolean;
  readonly label: string;
  readonly hint: string;
  /** Every edit goes out as a scene action; a mergeKey joins a continuous gesture into one undo step. */
  readonly onEdit: (action: SceneAction, mergeKey?: string) => void;
}

const KEY_STEP = 0.02;

/**
 * The on-screen editor: a controlled react-konva stage with one content layer (the same nodes the
 * export draws) and one selection layer (transformer handles, circle preview) that never exports.
 */
export function EditorStage({
  scene,
  image,
  bannerText,
  fontsVersion,
  circlePreview,
  label,
  hint,
  onEdit,
}: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const badgeRef = useRef<Konva.Group>(null);
  const transformerRef = useRef<Konva.Transformer>(null);
  const pinch = useRef<PinchState | null>(null);
  const gesture = useRef({ id: 0, lastWheel: 0 });
  const size = useSquareSize(boxRef);
  const hintId = useId();
  const [badgeSelected, setBadgeSelected] = useState(false);

  const hasBadge = scene.overlays.some((o) => o.kind === 'badge');
  const selected = badgeSelected && hasBadge;
  const photo = scene.photo;

  useEffect(() => {
    const transformer = transformerRef.current;
    if (!transformer) return;
    transformer.nodes(selected && badgeRef.current ? [badgeRef.current] : []);
    transformer.getLayer()?.batchDraw();
  }, [selected, scene, size]);

  // A new photo is drawn in the same task it arrives in, not at Konva's next batched frame: the
  // browser then shows it at the very next frame, up to one frame (~17 ms) sooner.
  useLayoutEffect(() => {
    if (image) stageRef.current?.draw();
  }, [image]);

  // For `npm run bench`: mark when a new image (quick preview, then the sharp copy) is on screen.
  // Konva draws on the next animation frame; a frame callback queued after it runs once it has drawn.
  useEffect(() => {
    if (!image) return;
    const frame = requestAnimationFrame(() =>
      performance.mark('cornflower:paint', { detail: { width: image.width, height: image.height } }),
    );
    return () => cancelAnimationFrame(frame);
  }, [image]);

  const newGesture = () => `g${++gesture.current.id}`;

  const zoomAt = (factor: number, anchor: { x: number; y: number }, mergeKey: string) => {
    if (!photo) return;
    onEdit({ type: 'photoZoomed', zoom: zoomOf(photo) * factor, anchor }, mergeKey);
  };

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    if (!photo) return;
    e.evt.preventDefault();
    const pointer = stageRef.current?.getPointerPosition() ?? { x: size / 2, y: size / 2 };
    // Wheel events within a short pause belong to one gesture: one undo step.
    const now = e.evt.timeStamp;
    if (now - gesture.current.lastWheel > 400) newGesture();
    gesture.current.lastWheel = now;
    zoomAt(
      wheelZoomFactor(e.evt.deltaY, e.evt.deltaMode),
      { x: pointer.x / size, y: pointer.y / size },
      `wheel${gesture.current.id}`,
    );
  };

  const onTouchMove = (e: Konva.KonvaEventObject<TouchEvent>) => {
    const stage = stageRef.current;
    if (!stage || !photo || e.evt.touches.length !== 2) return;
    e.evt.preventDefault();
    const touch = touchDistance(e.evt.touches, stage);
    if (!touch) return;
    // Two fingers: stop the one-finger drag that began the gesture, and pinch instead.
    stage.find('.photo').forEach((node) => node.isDragging() && node.stopDrag());
    if (!pinch.current) {
      pinch.current = { startDistance: touch.distance, startZoom: zoomOf(photo) };
      newGesture();
      return;
    }
    const zoom = (pinch.current.startZoom * touch.distance) / pinch.current.startDistance;
    onEdit(
      { type: 'photoZoomed', zoom, anchor: { x: touch.centre.x / size, y: touch.centre.y / size } },
      `pinch${gesture.current.id}`,
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? KEY_STEP * 5 : KEY_STEP;
    const arrows: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = arrows[e.key];
    if (move) {
      e.preventDefault();
      const badge = scene.overlays.find((o) => o.kind === 'badge');
      if (selected && badge) onEdit({ type: 'badgeChanged', x: badge.x + move[0], y: badge.y + move[1] });
      else if (photo) onEdit({ type: 'photoMoved', x: photo.x - move[0], y: photo.y - move[1] });
    } else if ((e.key === '+' || e.key === '=') && photo) {
      e.preventDefault();
      zoomAt(1.1, { x: 0.5, y: 0.5 }, newGesture());
    } else if (e.key === '-' && photo) {
      e.preventDefault();
      zoomAt(1 / 1.1, { x: 0.5, y: 0.5 }, newGesture());
    } else if (e.key === 'Escape') {
      setBadgeSelected(false);
    }
  };

  return (
    <div className="stage-box" ref={boxRef}>
      <p id={hintId} className="visually-hidden" data-testid="editor-description">
        {hint}
      </p>
      <div
        className="stage-frame"
        style={{ width: size, height: size }}
        tabIndex={0}
        role="group"
        aria-label={label}
        aria-describedby={hintId}
        data-testid="editor-canvas"
        onKeyDown={onKeyDown}
      >
        <Stage
          ref={stageRef}
          width={size}
          height={size}
          onWheel={onWheel}
          onTouchMove={onTouchMove}
          onTouchEnd={() => (pinch.current = null)}
          onMouseDown={(e) => e.target === e.target.getStage() && setBadgeSelected(false)}
        >
          <Layer>
            <SceneContent
              scene={scene}
              size={size}
              image={image}
              bannerText={bannerText}
              fontsVersion={fontsVersion}
              interaction={{
                badgeRef,
                onPhotoMoved: (x, y) => onEdit({ type: 'photoMoved', x, y }),
                onPhotoPointerDown: () => setBadgeSelected(false),
                onBadgeSelect: () => setBadgeSelected(true),
                onBadgeChange: (change) => onEdit({ type: 'badgeChanged', ...change }),
              }}
            />
          </Layer>
          <Layer>
            {circlePreview && <CirclePreview size={size} />}
            <Transformer
              ref={transformerRef}
              keepRatio
              centeredScaling
              rotateEnabled
              flipEnabled={false}
              enabledAnchors={['top-left', 'top-right', 'bottom-left', 'bottom-right']}
              anchorSize={size < 400 ? 22 : 14}
              anchorCornerRadius={12}
              anchorStroke="#1747a6"
              borderStroke="#1747a6"
              rotateAnchorOffset={size < 400 ? 34 : 26}
              boundBoxFunc={(oldBox, newBox) =>
                newBox.width < size * 0.08 || newBox.width > size * 0.9 ? oldBox : newBox
              }
            />
          </Layer>
        </Stage>
      </div>
    </div>
  );
}
