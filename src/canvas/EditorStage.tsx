import type Konva from 'konva';
import type { Box } from 'konva/lib/shapes/Transformer';
import { useCallback, useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { SceneAction } from '../scene/actions';
import type { SelectionTarget } from '../scene/selection';
import type { BannerText, PhotoPlacement, Scene } from '../scene/types';
import type { AssetImage } from '../state/assets';
import { CirclePreview } from './CirclePreview';
import { Layer, Stage, Transformer } from './konva';
import { paintPhotoUnder, paintsOnScreen } from './paintAhead';
import { SceneContent } from './SceneContent';
import { SelectionOutline } from './SelectionOutline';
import { useStageGestures } from './useStageGestures';
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
  /**
   * Given the stage's painter of a new photo while the stage is mounted (null after): it draws the
   * photo at once and says whether it could (the stage must be on screen). See the session's setPainter.
   */
  readonly onPainter?: (painter: ((photo: PhotoPlacement, image: AssetImage) => boolean) | null) => void;
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
  onPainter,
}: Props) {
  const boxRef = useRef<HTMLDivElement>(null);
  const frameRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const badgeRef = useRef<Konva.Group>(null);
  const transformerRef = useRef<Konva.Transformer>(null);
  /** The scene there was when a new photo was drawn straight onto the canvas (onPainter), ahead of its node. */
  const paintedAhead = useRef<Scene | null>(null);
  const sceneNow = useRef(scene);
  const size = useSquareSize(boxRef);
  const descriptionId = useId();

  useEffect(() => {
    const transformer = transformerRef.current;
    if (!transformer) return;
    transformer.nodes(selection === 'badge' && badgeRef.current ? [badgeRef.current] : []);
    transformer.getLayer()?.batchDraw();
  }, [selection, scene, size]);

  // A new photo is drawn in the same task it arrives in, not at Konva's next batched frame: the
  // browser then shows it at the very next frame, up to one frame (~17 ms) sooner.
  useLayoutEffect(() => {
    if (!image) return;
    paintedAhead.current = null;
    stageRef.current?.draw();
  }, [image]);

  // A photo painted ahead (see onPainter), then a new scene without it (withdrawn, Start over):
  // no node of it ever came, so Konva would not redraw it away on its own. A render of this
  // component's own (its size) keeps the scene, and the photo, as they are.
  useLayoutEffect(() => {
    sceneNow.current = scene;
    if (!paintedAhead.current || paintedAhead.current === scene) return;
    paintedAhead.current = null;
    stageRef.current?.getLayers()[0]?.draw();
  });

  useEffect(() => {
    if (!onPainter) return;
    onPainter((photo, newImage) => {
      const layer = stageRef.current?.getLayers()[0];
      if (!layer || !paintsOnScreen(stageRef.current?.container())) return false;
      paintPhotoUnder(layer, photo, newImage, size);
      paintedAhead.current = sceneNow.current;
      return true;
    });
    return () => onPainter(null);
  }, [onPainter, size]);

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

  const { onWheel, onTouchStart, onTouchMove, onTouchEnd, pinchKey } = useStageGestures({
    stageRef,
    frameRef,
    size,
    scene,
    selection,
    onEdit,
  });

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
          onTouchEnd={onTouchEnd}
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
          {/* Hidden while it has nothing to show: one canvas less for the page to composite (its
              first frame, the photo's, took ~5 ms a canvas to hand over). */}
          <Layer visible={circlePreview || selection !== null}>
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
