// Every quote in every language fits its band with the real fonts, at the smallest and largest
// export sizes: never cut off, never spilling over the cornflower, and still a readable size.
import { describe, expect, it } from 'vitest';
import { layoutBanner } from '../../src/canvas/bannerGeometry';
import { measureBannerText } from '../../src/canvas/measure';
import { loadBannerFont } from '../../src/i18n/fonts';
import { LANGUAGE_CODES } from '../../src/i18n/languages';

const locales = import.meta.glob<{ quotes: Record<string, string>; authors: Record<string, string> }>(
  '../../locales/*.json',
  {
    eager: true,
    import: 'default',
  },
);
const AUTHOR: Record<string, string | undefined> = { injustice: 'king', truth: 'genis' };

describe('banner layout with the real fonts', () => {
  for (const code of LANGUAGE_CODES) {
    it(`fits every ${code} quote at 400 and 2048 px`, async () => {
      const locale = locales[`../../locales/${code}.json`]!;
      for (const [id, quote] of Object.entries(locale.quotes)) {
        const author = AUTHOR[id];
        const attribution = author ? `— ${locale.authors[author]}` : '';
        await loadBannerFont(`${quote} ${attribution}`);
        for (const size of [400, 2048]) {
          for (const position of ['top', 'bottom'] as const) {
            const layout = layoutBanner({ quote, attribution }, position, size, measureBannerText);
            const label = `${code}/${id}@${size}/${position}`;
            expect(layout.quote.lines.join(' ').replace(/\s+/g, ' '), label).toBe(quote.replace(/\s+/g, ' '));
            for (const line of layout.quote.lines) {
              expect(measureBannerText(line, layout.quote.fontSize), label).toBeLessThanOrEqual(
                layout.text.width + 0.5,
              );
            }
            const bottom = layout.attribution
              ? layout.attribution.y + layout.attribution.lines.length * layout.attribution.fontSize * 1.18
              : layout.quote.y + layout.quote.lines.length * layout.quote.fontSize * 1.18;
            expect(bottom, label).toBeLessThanOrEqual(layout.top + layout.height + 0.5);
            expect(layout.quote.y, label).toBeGreaterThanOrEqual(layout.top);
            expect(layout.text.x, label).toBeGreaterThan(layout.flower.x + layout.flower.size);
            // Readable: no quote had to shrink below the minimum size (3 % of the side).
            expect(layout.quote.fontSize, label).toBeGreaterThanOrEqual(size * 0.03 - 0.01);
          }
        }
      }
    });
  }
});
