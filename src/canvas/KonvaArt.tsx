// Renders an Artwork as react-konva vector nodes, so it stays crisp at any export size (export
// redraws the scene at output resolution; nothing here is rasterised).
import { useMemo, type ComponentProps, type ReactElement } from 'react';
import { Circle, Group, Path, Rect } from './konva';
import { type ArtShape, type Artwork, type Paint, scaleOf } from '../art/shapes';

type GroupProps = Omit<
  ComponentProps<typeof Group>,
  'children' | 'width' | 'height' | 'scaleX' | 'scaleY' | 'scale'
>;

export interface KonvaArtProps extends GroupProps {
  readonly art: Artwork;
  readonly x?: number;
  readonly y?: number;
  /** Size on the stage; the artwork is scaled from its own box to width × height. */
  readonly width: number;
  readonly height: number;
  /**
   * What receives pointer events for the group (drag, tap, transformer). The drawn shapes never
   * listen: Konva finds hits per shape, so one invisible box or disc stands in for them all.
   * 'box' (default) covers the artwork's box, 'circle' the disc inscribed in it (badges),
   * 'none' makes the whole artwork transparent to events (the frame over the photo).
   */
  readonly hitArea?: 'box' | 'circle' | 'none';
}

function paintProps(paint: Paint) {
  return {
    fill: paint.fill,
    stroke: paint.stroke,
    strokeWidth: paint.stroke ? (paint.strokeWidth ?? 1) : 0,
    opacity: paint.opacity ?? 1,
    lineJoin: 'round' as const,
    lineCap: 'round' as const,
    // Only translucent shapes with both fill and stroke need Konva's off-screen buffer to match SVG;
    // skipping it everywhere else saves a canvas per shape.
    perfectDrawEnabled: paint.opacity !== undefined && paint.opacity < 1 && !!paint.fill && !!paint.stroke,
    listening: false,
  };
}

function renderShape(shape: ArtShape, key: number): ReactElement {
  switch (shape.type) {
    case 'path':
      return <Path key={key} data={shape.d} {...paintProps(shape)} />;
    case 'circle':
      return <Circle key={key} x={shape.cx} y={shape.cy} radius={shape.r} {...paintProps(shape)} />;
    case 'group': {
      const t = shape.transform;
      const [scaleX, scaleY] = scaleOf(t);
      return (
        <Group
          key={key}
          x={t?.x ?? 0}
          y={t?.y ?? 0}
          rotation={t?.rotation ?? 0}
          scaleX={scaleX}
          scaleY={scaleY}
          opacity={shape.opacity ?? 1}
          listening={false}
        >
          {shape.children.map(renderShape)}
        </Group>
      );
    }
  }
}

/**
 * An Artwork as a Konva Group at (x, y), scaled to width × height. Other Group props (draggable,
 * rotation, event handlers, ref, name, opacity…) pass through to the outer group.
 */
export function KonvaArt({ art, x = 0, y = 0, width, height, hitArea = 'box', ...rest }: KonvaArtProps) {
  // The drawing is immutable data: build its node tree once per artwork, so re-renders of the
  // parent (dragging, selection) reconcile nothing inside it.
  const drawn = useMemo(() => art.shapes.map(renderShape), [art]);
  const w = art.width;
  const h = art.height;
  return (
    <Group x={x} y={y} scaleX={width / w} scaleY={height / h} {...rest}>
      {hitArea === 'box' && <Rect width={w} height={h} fill="transparent" />}
      {hitArea === 'circle' && <Circle x={w / 2} y={h / 2} radius={Math.min(w, h) / 2} fill="transparent" />}
      <Group listening={false}>{drawn}</Group>
    </Group>
  );
}
