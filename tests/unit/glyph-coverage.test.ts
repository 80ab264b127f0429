// Every character of every translated quote (and the person's language name) must be drawable by
// a font the app ships: the banner text is painted on a canvas, where a missing glyph is a tofu box.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, subset: string) =>
  join(dirname(require.resolve(`${pkg}/package.json`)), 'files', `${pkg.split('/')[1]}-${subset}-700-normal.woff2`);

// The same subsets src/i18n/fonts.ts imports.
const shipped = [
  fontFile('@fontsource/noto-sans', 'latin'),
  fontFile('@fontsource/noto-sans', 'latin-ext'),
  fontFile('@fontsource/noto-sans', 'cyrillic'),
  fontFile('@fontsource/noto-sans', 'cyrillic-ext'),
  fontFile('@fontsource/noto-sans-georgian', 'georgian'),
  fontFile('@fontsource/noto-sans-armenian', 'armenian'),
].map((file) => fontkit.create(readFileSync(file)) as fontkit.Font);

const covered = (cp: number) => shipped.some((font) => font.hasGlyphForCodePoint(cp));
const localesDir = join(import.meta.dirname, '../../locales');

describe('banner fonts', () => {
  it('src/i18n/fonts.ts imports the subsets this test checks', () => {
    const source = readFileSync(join(import.meta.dirname, '../../src/i18n/fonts.ts'), 'utf8');
    for (const css of ['latin-700', 'latin-ext-700', 'cyrillic-700', 'cyrillic-ext-700', 'georgian-700', 'armenian-700']) {
      expect(source).toContain(`${css}.css`);
    }
  });

  it('cover the letters the brief names', () => {
    for (const ch of 'ўїєґғӣқӯҳҷ') expect(covered(ch.codePointAt(0)!), ch).toBe(true);
  });

  for (const file of readdirSync(localesDir).filter((f) => f.endsWith('.json'))) {
    it(`cover every character of the quotes and authors in ${file}`, () => {
      const locale = JSON.parse(readFileSync(join(localesDir, file), 'utf8'));
      const text = [...Object.values(locale.quotes), ...Object.values(locale.authors)].join('');
      const missing = [...new Set(text)].filter((ch) => !/\s/.test(ch) && !covered(ch.codePointAt(0)!));
      expect(missing).toEqual([]);
    });
  }
});
