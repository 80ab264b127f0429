import type Konva from 'konva';
import { clampCentre } from '../scene/geometry';
import type { PhotoPlacement } from '../scene/types';
import type { AssetImage } from '../state/assets';
import { Image } from './konva';

interface Props {
  readonly photo: PhotoPlacement;
  readonly image: AssetImage;
  readonly size: number;
  /** Given in the editor, absent in export: then the photo is not draggable. */
  readonly onMoved?: (x: number, y: number) => void;
  readonly onPointerDown?: (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => void;
}

/**
 * The photo, drawn centred on its placement. The image may be the quick preview or the sharp
 * working copy: both are drawn at the size of the working copy, so swapping them moves nothing.
 */
export function PhotoNode({ photo, image, size, onMoved, onPointerDown }: Props) {
  const scale = (photo.scale * size * photo.width) / image.width;
  const clampDrag = (e: Konva.KonvaEventObject<DragEvent>) => {
    const node = e.target;
    const c = clampCentre(
      { x: node.x() / size, y: node.y() / size },
      photo.width,
      photo.height,
      photo.scale,
      photo.rotation,
    );
    node.position({ x: c.x * size, y: c.y * size });
  };
  return (
    <Image
      name="photo"
      image={image}
      x={photo.x * size}
      y={photo.y * size}
      width={image.width}
      height={image.height}
      offsetX={image.width / 2}
      offsetY={image.height / 2}
      scaleX={scale}
      scaleY={scale}
      rotation={photo.rotation}
      draggable={Boolean(onMoved)}
      listening={Boolean(onMoved)}
      onMouseDown={onPointerDown}
      onTouchStart={onPointerDown}
      onDragMove={clampDrag}
      onDragEnd={(e) => {
        const dropped = { x: e.target.x() / size, y: e.target.y() / size };
        // A no-op move re-renders nothing: put the node back where the scene has it (see BadgeNode).
        e.target.position({ x: photo.x * size, y: photo.y * size });
        onMoved?.(dropped.x, dropped.y);
      }}
    />
  );
}
