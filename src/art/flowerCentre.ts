// The dark violet heart of the cornflower: small inner florets and their anthers.
import { cornflowerPalette } from './palette';
import { type ArtShape, type Point, circlePath, num, pt } from './shapes';

/** Small inner florets and anthers at the centre, all radius-relative to a centre of radius `r`. */
export function drawCentre(r: number, rand: () => number, detail: 'full' | 'simple'): ArtShape[] {
  const p = cornflowerPalette;
  const shapes: ArtShape[] = [{ type: 'circle', cx: 0, cy: 0, r, fill: p.violetDark }];

  // Two rings of slim inner florets poking out past the disc, pointed like tiny petals.
  const ring = (count: number, r0: number, r1: number, width: number, offset: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      const a = ((i + offset + (rand() - 0.5) * 0.5) / count) * Math.PI * 2;
      const len = r1 * (0.85 + rand() * 0.3);
      const c = Math.cos(a);
      const s = Math.sin(a);
      const P = (u: number, v: number): Point => [u * c - v * s, u * s + v * c];
      parts.push(
        `M ${pt(P(r0, -width * 0.5))} Q ${pt(P((r0 + len) * 0.55, -width))} ${pt(P(len, 0))} ` +
          `Q ${pt(P((r0 + len) * 0.55, width))} ${pt(P(r0, width * 0.5))} Z`,
      );
    }
    return parts.join(' ');
  };
  shapes.push({
    type: 'path',
    d: ring(22, r * 0.3, r * 1.3, r * 0.17, 0),
    fill: p.violet,
    stroke: p.violetDark,
    strokeWidth: r * 0.035,
  });
  shapes.push({
    type: 'path',
    d: ring(14, r * 0.1, r * 1.0, r * 0.18, 0.5),
    fill: '#4a2f90',
    stroke: p.violetDark,
    strokeWidth: r * 0.035,
  });

  shapes.push({ type: 'circle', cx: 0, cy: 0, r: r * 0.62, fill: '#2e2066', opacity: 0.8 });
  // Anther tubes stand up out of the inner florets like the bristles of a brush: short dark strokes
  // leaning outwards from a sunflower spiral, each with a pale dusting of pollen at its tip.
  const golden = Math.PI * (3 - Math.sqrt(5));
  const count = detail === 'full' ? 44 : 16;
  const stalks: string[] = [];
  const pollen: string[] = [];
  for (let i = 0; i < count; i++) {
    const rr = r * 0.8 * Math.sqrt((i + 0.6) / count);
    const a = i * golden;
    const lean = a + (rand() - 0.5) * 1.6;
    const len = r * (detail === 'full' ? 0.1 + rand() * 0.1 : 0.16);
    const x0 = rr * Math.cos(a);
    const y0 = rr * Math.sin(a);
    const x1 = x0 + len * Math.cos(lean);
    const y1 = y0 + len * Math.sin(lean);
    stalks.push(`M ${num(x0)} ${num(y0)} L ${num(x1)} ${num(y1)}`);
    if (detail === 'full' ? i % 3 !== 2 : i % 2 === 0) {
      pollen.push(circlePath(x1, y1, r * (detail === 'full' ? 0.04 : 0.07)));
    }
  }
  shapes.push({
    type: 'path',
    d: stalks.join(' '),
    stroke: p.anther,
    strokeWidth: r * (detail === 'full' ? 0.075 : 0.13),
  });
  shapes.push({ type: 'path', d: pollen.join(' '), fill: p.pollen, opacity: 0.9 });
  return shapes;
}
