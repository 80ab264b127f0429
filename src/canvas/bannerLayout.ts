// Pure text fitting for the quote banner: wrap at word boundaries, then shrink until every line fits
// the box. The measurer is injected, so the rules are testable without a canvas.

/** Width in pixels of `text` set at `fontSize`. */
export type MeasureText = (text: string, fontSize: number) => number;

export interface FitOptions {
  readonly maxFontSize: number;
  readonly minFontSize: number;
  /** Line height as a multiple of the font size. */
  readonly lineHeight: number;
}

export interface FittedText {
  readonly fontSize: number;
  readonly lines: readonly string[];
}

/** Breaks a word wider than the line into pieces that fit (long compound words, URLs). */
function breakWord(word: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && measure(piece + ch, fontSize) > maxWidth) {
      pieces.push(piece);
      piece = ch;
    } else {
      piece += ch;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

export function wrapLines(text: string, maxWidth: number, fontSize: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate, fontSize) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (measure(word, fontSize) <= maxWidth) {
        line = word;
      } else {
        const pieces = breakWord(word, maxWidth, fontSize, measure);
        line = pieces.pop() ?? '';
        lines.push(...pieces);
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/**
 * The largest font size (down to minFontSize, and below it if need be: text is never cut off) at
 * which the wrapped text fits width × height.
 */
export function fitText(
  text: string,
  width: number,
  height: number,
  options: FitOptions,
  measure: MeasureText,
): FittedText {
  const trimmed = text.trim();
  if (!trimmed || width <= 0 || height <= 0) return { fontSize: options.maxFontSize, lines: [] };
  let fontSize = options.maxFontSize;
  for (;;) {
    const lines = wrapLines(trimmed, width, fontSize, measure);
    const fits =
      lines.length * fontSize * options.lineHeight <= height &&
      lines.every((l) => measure(l, fontSize) <= width);
    if (fits || fontSize <= 1) return { fontSize, lines };
    fontSize =
      fontSize > options.minFontSize ? Math.max(options.minFontSize, fontSize * 0.94) : fontSize * 0.9;
  }
}
