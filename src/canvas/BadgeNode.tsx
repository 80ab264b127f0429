import type Konva from 'konva';
import type { Ref } from 'react';
import { cornflowerBadge } from '../art/cornflower';
import { KonvaArt } from '../art/KonvaArt';
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
  readonly onSelect?: () => void;
  readonly onChange?: (change: BadgeChange) => void;
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
      onDragEnd={(e) => onChange?.({ x: e.target.x() / size, y: e.target.y() / size })}
      onTransformEnd={(e) => {
        // The Transformer scales the node; fold the scale into the scene's size and reset it, so the
        // node stays controlled by the scene.
        const node = e.target;
        const scale = node.scaleX();
        node.scale({ x: 1, y: 1 });
        onChange?.({
          x: node.x() / size,
          y: node.y() / size,
          size: badge.size * scale,
          rotation: node.rotation(),
        });
      }}
    >
      <KonvaArt art={cornflowerBadge} width={side} height={side} hitArea="circle" />
    </Group>
  );
}
