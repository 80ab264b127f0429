// Every character of every translated quote (and its author) must be drawable by a font the app
// ships: the banner text is painted on a canvas, where a missing glyph is a tofu box. The check
// reads the app's own @font-face rules, so a face that is dropped or mis-ranged fails it too.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const css = readFileSync(join(import.meta.dirname, '../../src/i18n/fonts.css'), 'utf8');

interface Face {
  family: string;
  ranges: [number, number][];
  font: fontkit.Font;
}

const faces: Face[] = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, body]) => {
  const family = /font-family: '([^']+)'/.exec(body!)![1]!;
  const src = /url\('([^']+)'\)/.exec(body!)![1]!;
  const ranges = /unicode-range:\s*([^;]+);/
    .exec(body!)![1]!
    .split(',')
    .map((r) => r.trim().replace('U+', ''))
    .map((r) => {
      const [a, b] = r.split('-');
      return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as [number, number];
    });
  return { family, ranges, font: fontkit.create(readFileSync(require.resolve(src))) as fontkit.Font };
});

const BANNER_FAMILIES = ['Noto Sans', 'Noto Sans Georgian', 'Noto Sans Armenian'];
const covered = (cp: number) =>
  faces.some(
    (face) =>
      BANNER_FAMILIES.includes(face.family) &&
      face.ranges.some(([a, b]) => cp >= a && cp <= b) &&
      face.font.hasGlyphForCodePoint(cp),
  );
const localesDir = join(import.meta.dirname, '../../locales');

describe('banner fonts', () => {
  it('ship the scripts of all sixteen languages', () => {
    expect(new Set(faces.map((f) => f.family))).toEqual(new Set(BANNER_FAMILIES));
    expect(faces.length).toBeGreaterThanOrEqual(6);
  });

  it('cover the letters the brief names', () => {
    for (const ch of 'ўїєґғӣқӯҳҷ') expect(covered(ch.codePointAt(0)!), ch).toBe(true);
  });

  it('do not claim characters they cannot draw', () => {
    expect(covered('中'.codePointAt(0)!)).toBe(false);
  });

  for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.json'))) {
    it(`cover every character of the quotes and authors in ${file}`, () => {
      const locale = JSON.parse(readFileSync(join(localesDir, file), 'utf8'));
      const text = [...Object.values(locale.quotes), ...Object.values(locale.authors), '—'].join('');
      const missing = [...new Set(text)].filter((ch) => !/\s/.test(ch) && !covered(ch.codePointAt(0)!));
      expect(missing).toEqual([]);
    });
  }
});
