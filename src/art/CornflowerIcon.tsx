// The cornflower as inline SVG for DOM UI (buttons, the logo). Decorative: hidden from assistive
// technology, so the button or heading next to it carries the accessible name.
import type { CSSProperties, ReactElement } from 'react';
import faviconSvg from '../../public/favicon.svg?raw';
import { cornflowerIcon } from './cornflower';
import { type ArtShape, type Artwork, type Paint, num, scaleOf } from './shapes';

function paintAttrs(paint: Paint) {
  return {
    fill: paint.fill ?? 'none',
    stroke: paint.stroke,
    strokeWidth: paint.stroke ? (paint.strokeWidth ?? 1) : undefined,
    strokeLinejoin: paint.stroke ? ('round' as const) : undefined,
    strokeLinecap: paint.stroke ? ('round' as const) : undefined,
    opacity: paint.opacity,
  };
}

function svgShape(shape: ArtShape, key: number): ReactElement {
  switch (shape.type) {
    case 'path':
      return <path key={key} d={shape.d} {...paintAttrs(shape)} />;
    case 'circle':
      return <circle key={key} cx={shape.cx} cy={shape.cy} r={shape.r} {...paintAttrs(shape)} />;
    case 'group': {
      const t = shape.transform;
      const [sx, sy] = scaleOf(t);
      const transform = `translate(${num(t?.x ?? 0)} ${num(t?.y ?? 0)}) rotate(${num(t?.rotation ?? 0)}) scale(${num(sx)} ${num(sy)})`;
      return (
        <g key={key} transform={transform} opacity={shape.opacity}>
          {shape.children.map(svgShape)}
        </g>
      );
    }
  }
}

export interface ArtSvgProps {
  readonly art: Artwork;
  /** CSS size of the square icon; a number is pixels. Defaults to 1em, so it follows the text. */
  readonly size?: number | string;
  readonly className?: string;
  readonly style?: CSSProperties;
}

/** Any Artwork as an inline, decorative SVG element. */
export function ArtSvg({ art, size = '1em', className, style }: ArtSvgProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${art.width} ${art.height}`}
      width={size}
      height={size}
      className={className}
      style={style}
      aria-hidden="true"
      focusable="false"
    >
      {art.shapes.map(svgShape)}
    </svg>
  );
}

export type CornflowerIconProps = Omit<ArtSvgProps, 'art'>;

// The icon's drawing, done once ahead of time: public/favicon.svg is artToSvg(cornflowerIcon)
// (tests/unit/favicon.test.ts keeps it so). Drawing it here took ~50 ms of the first screen's
// render, ~0.2 s on a 4×-slower phone; the browser parses the finished markup in a fraction of that.
const iconMarkup = faviconSvg.slice(faviconSvg.indexOf('>') + 1, faviconSvg.lastIndexOf('</svg>'));

/** The small, bold cornflower for buttons and the logo. */
export function CornflowerIcon({ size = '1em', className, style }: CornflowerIconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${cornflowerIcon.width} ${cornflowerIcon.height}`}
      width={size}
      height={size}
      className={className}
      style={style}
      aria-hidden="true"
      focusable="false"
      // Our own file from the build, not user input.
      dangerouslySetInnerHTML={{ __html: iconMarkup }}
    />
  );
}
