import type Konva from 'konva';
import type { Ref } from 'react';
import { cornflowerBadge } from '../art/cornflower';
import { KonvaArt } from './KonvaArt';
import type { BadgeOverlay } from '../scene/types';
import { Group } from './konva';

export interface BadgeChange {
  readonly x?: number;
  readonly y?: number;
  readonly size?: number;
  readonly rotation?: number;
}

interface Props {
  readonly badge: BadgeOverlay;
  readonly size: number;
  readonly nodeRef?: Ref<Konva.Group>;
  readonly onSelect?: (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => void;
  readonly onChange?: (change: BadgeChange) => void;
}

/**
 * Puts a dragged or transformed node back where the scene has it. When the scene changed, React
 * re-renders with the new place at once anyway; when the edit was a no-op (dragged past an edge the
 * badge is already clamped to), nothing re-renders, and without this the node would stay where it
 * was dropped while the export draws it at the scene's place.
 */
function settle(node: Konva.Node, badge: BadgeOverlay, size: number): void {
  node.setAttrs({ x: badge.x * size, y: badge.y * size, rotation: badge.rotation, scaleX: 1, scaleY: 1 });
}

/** The cornflower badge, positioned by its centre so it turns about its middle. */
export function BadgeNode({ badge, size, nodeRef, onSelect, onChange }: Props) {
  const side = badge.size * size;
  const interactive = Boolean(onChange);
  return (
    <Group
      ref={nodeRef}
      name="badge"
      x={badge.x * size}
      y={badge.y * size}
      width={side}
      height={side}
      offsetX={side / 2}
      offsetY={side / 2}
      rotation={badge.rotation}
      draggable={interactive}
      listening={interactive}
      onMouseDown={onSelect}
      onTouchStart={onSelect}
      onDragEnd={(e) => {
        const dropped = { x: e.target.x() / size, y: e.target.y() / size };
        settle(e.target, badge, size);
        onChange?.(dropped);
      }}
      onTransformEnd={(e) => {
        // The Transformer scales the node; fold the scale into the scene's size and put the node back
        // under the scene's control before reporting (the report may re-render it at once).
        const node = e.target;
        const transformed = {
          x: node.x() / size,
          y: node.y() / size,
          size: badge.size * node.scaleX(),
          rotation: node.rotation(),
        };
        settle(node, badge, size);
        onChange?.(transformed);
      }}
    >
      <KonvaArt art={cornflowerBadge} width={side} height={side} hitArea="circle" />
    </Group>
  );
}
