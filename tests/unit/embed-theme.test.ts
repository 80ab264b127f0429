import { describe, expect, it } from 'vitest';
import { SURFACE, accentPalette, contrast, parseHexColour } from '../../src/embed/theme';

describe('parseHexColour', () => {
  it('normalises #abc and #aabbcc, with or without the #', () => {
    expect(parseHexColour('#ABC')).toBe('#aabbcc');
    expect(parseHexColour('e4007c')).toBe('#e4007c');
    expect(parseHexColour(' #E4007C ')).toBe('#e4007c');
  });
  it.each(['', 'red', '#abcd', '#e4007c00', 'rgb(1,2,3)', '#xyz', '#fff;x'])('refuses %j', (raw) => {
    expect(parseHexColour(raw)).toBeUndefined();
  });
});

describe('accentPalette', () => {
  // Colours across the wheel and the extremes a partner might choose.
  const accents = [
    '#e4007c',
    '#ffff00',
    '#00ff00',
    '#777777',
    '#767676',
    '#000000',
    '#ffffff',
    '#1747a6',
    '#ff8800',
    '#00bcd4',
  ];
  for (const theme of ['light', 'dark'] as const) {
    it.each(accents)(`keeps AA contrast for %s in ${theme}`, (accent) => {
      const p = accentPalette(accent, theme);
      expect(p.accent).toBe(accent);
      expect(contrast(p.onAccent, p.accent)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.onAccent, p.strong)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.ink, p.soft)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.ink, SURFACE[theme])).toBeGreaterThanOrEqual(4.5);
    });
  }
  it('keeps a colour that already reads well', () => {
    expect(accentPalette('#1747a6', 'light').ink).toBe('#1747a6');
  });
});
