import type Konva from 'konva';
import { useEffect, useRef, type RefObject } from 'react';
import { zoomOf, type SceneAction } from '../scene/actions';
import type { SelectionTarget } from '../scene/selection';
import type { Scene } from '../scene/types';
import { pinchChange, touchFingers, wheelZoomFactor, type TwoFingers } from './gestures';

/** A two-finger gesture: what it works on, chosen when it starts, and how that was then. */
interface Pinch {
  readonly start: TwoFingers;
  readonly target: 'photo' | 'badge';
  readonly zoom: number;
  readonly size: number;
  readonly rotation: number;
}

interface Options {
  readonly stageRef: RefObject<Konva.Stage | null>;
  /** The focusable frame around the stage: the page's own pinch and pan are refused there. */
  readonly frameRef: RefObject<HTMLDivElement | null>;
  /** The square's side in CSS pixels. */
  readonly size: number;
  readonly scene: Scene;
  readonly selection: SelectionTarget | null;
  readonly onEdit: (action: SceneAction, mergeKey?: string) => void;
}

/**
 * The editor stage's wheel and two-finger gestures, as scene actions: the wheel zooms the photo
 * about the pointer; two fingers pinch to zoom and twist to turn the selected badge, else the photo.
 * Each gesture is one undo step (its merge key); `pinchKey` joins a drag the second finger stopped
 * to the pinch's step.
 */
export function useStageGestures({ stageRef, frameRef, size, scene, selection, onEdit }: Options) {
  const pinch = useRef<Pinch | null>(null);
  const gesture = useRef({ id: 0, lastWheel: 0 });
  const badge = scene.overlays.find((o) => o.kind === 'badge');
  const photo = scene.photo;

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
  }, [frameRef]);

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

  const onTouchEnd = (e: Konva.KonvaEventObject<TouchEvent>) => {
    if (e.evt.touches.length < 2) pinch.current = null;
  };

  return { onWheel, onTouchStart, onTouchMove, onTouchEnd, pinchKey };
}
