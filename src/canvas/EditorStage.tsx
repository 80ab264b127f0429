import type Konva from 'konva';
import type { Box } from 'konva/lib/shapes/Transformer';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { zoomOf, type SceneAction } from '../scene/actions';
import type { SelectionTarget } from '../scene/selection';
import type { BannerText, Scene } from '../scene/types';
import type { AssetImage } from '../state/assets';
import { CirclePreview } from './CirclePreview';
import { pinchChange, touchFingers, wheelZoomFactor, type TwoFingers } from './gestures';
import { Layer, Stage, Transformer } from './konva';
import { SceneContent } from './SceneContent';
import { SelectionOutline } from './SelectionOutline';
import { useSquareSize } from './useSquareSize';

interface Props {
  readonly scene: Scene;
  readonly image: AssetImage | undefined;
  readonly bannerText: BannerText;
  readonly fontsVersion: number;
  readonly circlePreview: boolean;
  /** The canvas's accessible name. */
  readonly label: string;
  /** The picture in words, and how to work it: the canvas's accessible description. */
  readonly description: string;
  /** What the keys, a pinch and the handles act on; the session keeps it. */
  readonly selection: SelectionTarget | null;
  readonly onSelect: (target: SelectionTarget | null) => void;
  /** The keyboard, handled by the shell from the one keymap; the stage only gives it the focus. */
  readonly onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void;
  /** Every edit goes out as a scene action; a mergeKey joins a continuous gesture into one undo step. */
  readonly onEdit: (action: SceneAction, mergeKey?: string) => void;
}

/** A two-finger gesture: what it works on, chosen when it starts, and how that was then. */
interface Pinch {
  readonly start: TwoFingers;
  readonly target: 'photo' | 'badge';
  readonly zoom: number;
  readonly size: number;
  readonly rotation: number;
}

type PointerEvent = Konva.KonvaEventObject<MouseEvent | TouchEvent>;
// A second finger landing on the badge or the photo is part of a pinch, not a new choice.
const isExtraFinger = (e: PointerEvent) => 'touches' in e.evt && e.evt.touches.length > 1;

/**
 * The on-screen editor: a controlled react-konva stage with one content layer (the same nodes the
 * export draws) and one selection layer (transformer handles, outlines, circle preview) that never exports.
 */
export function EditorStage({
  scene,
  image,
  bannerText,
  fontsVersion,
  circlePreview,
  label,
  description,
  selection,
  onSelect,
  onKeyDown,
  onEdit,
}: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const badgeRef = useRef<Konva.Group>(null);
  const transformerRef = useRef<Konva.Transformer>(null);
  const pinch = useRef<Pinch | null>(null);
  const gesture = useRef({ id: 0, lastWheel: 0 });
  const size = useSquareSize(boxRef);
  const descriptionId = useId();

  const badge = scene.overlays.find((o) => o.kind === 'badge');
  const photo = scene.photo;

  useEffect(() => {
    const transformer = transformerRef.current;
    if (!transformer) return;
    transformer.nodes(selection === 'badge' && badgeRef.current ? [badgeRef.current] : []);
    transformer.getLayer()?.batchDraw();
  }, [selection, scene, size]);

  // touch-action: none (styles.css) keeps the page from panning and zooming under the canvas where
  // it is supported; Safari also needs its own pinch refused (gesturestart), and React's touch
  // listeners are passive, so a native one cancels a two-finger move.
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const refuse = (e: Event) => e.preventDefault();
    const refuseTwoFingers = (e: TouchEvent) => e.touches.length > 1 && e.preventDefault();
    frame.addEventListener('gesturestart', refuse);
    frame.addEventListener('touchmove', refuseTwoFingers, { passive: false });
    return () => {
      frame.removeEventListener('gesturestart', refuse);
      frame.removeEventListener('touchmove', refuseTwoFingers);
    };
  }, []);

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

  // Stable, so a re-render in the middle of a handle drag hands the transformer nothing new.
  const keepBadgeSize = useCallback(
    (oldBox: Box, newBox: Box) => (newBox.width < size * 0.08 || newBox.width > size * 0.9 ? oldBox : newBox),
    [size],
  );

  const newGesture = () => `g${++gesture.current.id}`;

  const onWheel = (e: Konva.KonvaEventObject<WheelEvent>) => {
    if (!photo) return;
    e.evt.preventDefault();
    const pointer = stageRef.current?.getPointerPosition() ?? { x: size / 2, y: size / 2 };
    // Wheel events within a short pause belong to one gesture: one undo step.
    const now = e.evt.timeStamp;
    if (now - gesture.current.lastWheel > 400) newGesture();
    gesture.current.lastWheel = now;
    onEdit(
      {
        type: 'photoZoomed',
        zoom: zoomOf(photo) * wheelZoomFactor(e.evt.deltaY, e.evt.deltaMode),
        anchor: { x: pointer.x / size, y: pointer.y / size },
      },
      `wheel${gesture.current.id}`,
    );
  };

  // Two fingers pinch to zoom and twist to turn: the selected badge if it is selected, else the photo.
  // The gesture starts when the second finger lands (or at its first move, if its start was missed).
  const twoFingers = (e: Konva.KonvaEventObject<TouchEvent>) => {
    const stage = stageRef.current;
    if (!stage || e.evt.touches.length !== 2) return null;
    e.evt.preventDefault();
    // Two fingers: stop the one-finger drag that began the gesture, and pinch instead.
    stage.find('.photo, .badge').forEach((node) => node.isDragging() && node.stopDrag());
    return touchFingers(e.evt.touches, stage);
  };

  const beginPinch = (start: TwoFingers) => {
    const target = selection === 'badge' && badge ? 'badge' : photo ? 'photo' : null;
    if (!target) return;
    pinch.current = {
      start,
      target,
      zoom: photo ? zoomOf(photo) : 1,
      size: badge?.size ?? 0,
      rotation: (target === 'badge' ? badge?.rotation : photo?.rotation) ?? 0,
    };
    newGesture();
  };

  // A drag the second finger stopped ends with a move: part of the pinch's undo step, not one of its own.
  const pinchKey = () => (pinch.current ? `pinch${gesture.current.id}` : undefined);

  const onTouchStart = (e: Konva.KonvaEventObject<TouchEvent>) => {
    const fingers = twoFingers(e);
    if (fingers) beginPinch(fingers);
  };

  const onTouchMove = (e: Konva.KonvaEventObject<TouchEvent>) => {
    const fingers = twoFingers(e);
    if (!fingers) return;
    const started = pinch.current;
    if (!started) {
      beginPinch(fingers);
      return;
    }
    const { scale, rotation } = pinchChange(started.start, fingers);
    const mergeKey = pinchKey();
    if (started.target === 'badge') {
      onEdit(
        { type: 'badgeChanged', size: started.size * scale, rotation: started.rotation + rotation },
        mergeKey,
      );
      return;
    }
    onEdit(
      {
        type: 'photoZoomed',
        zoom: started.zoom * scale,
        anchor: { x: fingers.centre.x / size, y: fingers.centre.y / size },
      },
      mergeKey,
    );
    onEdit({ type: 'photoRotated', rotation: started.rotation + rotation }, mergeKey);
  };

  return (
    <div className="stage-box" ref={boxRef}>
      <p id={descriptionId} className="visually-hidden" data-testid="editor-description">
        {description}
      </p>
      {/* role="application": the canvas takes the arrow keys itself, so a screen reader passes them on. */}
      <div
        ref={frameRef}
        className="stage-frame"
        style={{ width: size, height: size }}
        tabIndex={0}
        role="application"
        aria-label={label}
        aria-describedby={descriptionId}
        data-testid="editor-canvas"
        data-selection={selection ?? undefined}
        onKeyDown={onKeyDown}
      >
        <Stage
          ref={stageRef}
          width={size}
          height={size}
          onWheel={onWheel}
          onTouchStart={onTouchStart}
          onTouchMove={onTouchMove}
          onTouchEnd={(e) => e.evt.touches.length < 2 && (pinch.current = null)}
          onMouseDown={(e) => e.target === e.target.getStage() && onSelect(null)}
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
                onPhotoMoved: (x, y) => onEdit({ type: 'photoMoved', x, y }, pinchKey()),
                onPhotoPointerDown: (e) => isExtraFinger(e) || onSelect(null),
                onBadgeSelect: (e) => isExtraFinger(e) || onSelect('badge'),
                onBadgeChange: (change) => onEdit({ type: 'badgeChanged', ...change }, pinchKey()),
              }}
            />
          </Layer>
          <Layer>
            {circlePreview && <CirclePreview size={size} />}
            <SelectionOutline scene={scene} selection={selection} size={size} />
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
              boundBoxFunc={keepBadgeSize}
            />
          </Layer>
        </Stage>
      </div>
    </div>
  );
}
