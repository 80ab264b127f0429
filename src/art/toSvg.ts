// Artwork → SVG text, for the favicon, static icons and tests. Pure string building: runs in node.
import { type ArtShape, type Artwork, type Paint, type Transform, num, scaleOf } from './shapes';

const escapeAttr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function paintAttrs(paint: Paint): string {
  let out = ` fill="${escapeAttr(paint.fill ?? 'none')}"`;
  if (paint.stroke) {
    out += ` stroke="${escapeAttr(paint.stroke)}" stroke-width="${num(paint.strokeWidth ?? 1)}"`;
    out += ' stroke-linejoin="round" stroke-linecap="round"';
  }
  if (paint.opacity !== undefined && paint.opacity !== 1) out += ` opacity="${num(paint.opacity)}"`;
  return out;
}

export function transformAttr(t: Transform | undefined): string {
  if (!t) return '';
  const parts: string[] = [];
  if (t.x || t.y) parts.push(`translate(${num(t.x ?? 0)} ${num(t.y ?? 0)})`);
  if (t.rotation) parts.push(`rotate(${num(t.rotation)})`);
  const [sx, sy] = scaleOf(t);
  if (sx !== 1 || sy !== 1) parts.push(sx === sy ? `scale(${num(sx)})` : `scale(${num(sx)} ${num(sy)})`);
  return parts.length ? ` transform="${parts.join(' ')}"` : '';
}

function shapeToSvg(shape: ArtShape): string {
  switch (shape.type) {
    case 'path':
      return `<path d="${escapeAttr(shape.d)}"${paintAttrs(shape)}/>`;
    case 'circle':
      return `<circle cx="${num(shape.cx)}" cy="${num(shape.cy)}" r="${num(shape.r)}"${paintAttrs(shape)}/>`;
    case 'group': {
      const opacity =
        shape.opacity !== undefined && shape.opacity !== 1 ? ` opacity="${num(shape.opacity)}"` : '';
      return `<g${transformAttr(shape.transform)}${opacity}>${shape.children.map(shapeToSvg).join('')}</g>`;
    }
  }
}

/**
 * A standalone SVG document for the artwork. Pass `size` to set the rendered width/height (the
 * viewBox keeps the drawing's own units); without it the artwork's own size is used.
 */
export function artToSvg(art: Artwork, size?: { width: number; height: number }): string {
  const w = size?.width ?? art.width;
  const h = size?.height ?? art.height;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(art.width)} ${num(art.height)}" ` +
    `width="${num(w)}" height="${num(h)}">${art.shapes.map(shapeToSvg).join('')}</svg>`
  );
}
