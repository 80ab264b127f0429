import { describe, expect, it } from 'vitest';
import { fitText, wrapLines, type MeasureText } from '../../src/canvas/bannerLayout';

// A monospace stand-in: every character is 0.6 em wide.
const mono: MeasureText = (text, size) => [...text].length * size * 0.6;
const options = { maxFontSize: 40, minFontSize: 16, lineHeight: 1.2 };

describe('wrapLines', () => {
  it('wraps at spaces within the width', () => {
    expect(wrapLines('Solidarity is stronger than repressions', 300, 20, mono)).toEqual([
      'Solidarity is stronger',
      'than repressions',
    ]);
  });

  it('breaks a word longer than a line instead of letting it overflow', () => {
    const lines = wrapLines('Rechtsstaatlichkeitsverletzungen', 120, 20, mono);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(mono(line, 20)).toBeLessThanOrEqual(120);
    expect(lines.join('')).toBe('Rechtsstaatlichkeitsverletzungen');
  });

  it('keeps explicit line breaks', () => {
    expect(wrapLines('one\ntwo', 1000, 20, mono)).toEqual(['one', 'two']);
  });
});

describe('fitText', () => {
  it('uses the largest size when the text is short', () => {
    expect(fitText('Жыве!', 600, 200, options, mono)).toEqual({ fontSize: 40, lines: ['Жыве!'] });
  });

  it('shrinks a long quote until it fits, and never cuts it off', () => {
    const quote = 'Несправедливость где бы то ни было — угроза справедливости повсюду';
    const { fontSize, lines } = fitText(quote, 500, 120, options, mono);
    expect(fontSize).toBeLessThan(40);
    expect(lines.length * fontSize * 1.2).toBeLessThanOrEqual(120);
    for (const line of lines) expect(mono(line, fontSize)).toBeLessThanOrEqual(500);
    expect(lines.join(' ')).toBe(quote);
  });

  it('goes below the minimum size rather than losing words', () => {
    const text = 'word '.repeat(200);
    const { fontSize, lines } = fitText(text, 300, 60, options, mono);
    expect(fontSize).toBeLessThan(16);
    expect(lines.join(' ').split(' ')).toHaveLength(200);
    expect(lines.length * fontSize * 1.2).toBeLessThanOrEqual(60);
  });

  it('draws nothing for empty text', () => {
    expect(fitText('   ', 300, 60, options, mono).lines).toEqual([]);
  });
});
