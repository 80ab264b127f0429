// A partner's look: light or dark, and one brand colour for buttons and focus. The colours derived
// from the brand colour always keep WCAG AA contrast, whatever colour the partner picks.

export type Theme = 'light' | 'dark';

/** `#abc` or `#aabbcc` (any case) as `#aabbcc`; anything else undefined. */
export function parseHexColour(raw: string | null | undefined): string | undefined {
  const value = raw?.trim().toLowerCase().replace(/^%23/, '#');
  if (!value) return undefined;
  const withHash = value.startsWith('#') ? value : `#${value}`;
  if (/^#[0-9a-f]{6}$/.test(withHash)) return withHash;
  if (/^#[0-9a-f]{3}$/.test(withHash)) return `#${[...withHash.slice(1)].map((c) => c + c).join('')}`;
  return undefined;
}

type Rgb = readonly [number, number, number];

const toRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
const toHex = (rgb: Rgb): string =>
  `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** WCAG 2 relative luminance. */
export function luminance(hex: string): number {
  const [r, g, b] = toRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const mix = (a: string, b: string, amount: number): string => {
  const [x, y] = [toRgb(a), toRgb(b)];
  return toHex(x.map((c, i) => c + (y[i]! - c) * amount) as unknown as Rgb);
};

/** The surface the accent is drawn on in each theme (keep in step with styles.css). */
export const SURFACE: Readonly<Record<Theme, string>> = { light: '#ffffff', dark: '#18213a' };

/** Moves `colour` toward black or white in small steps until it has `ratio` against `against`. */
function withContrast(colour: string, against: string, ratio: number): string {
  const toward = luminance(against) > 0.18 ? '#000000' : '#ffffff';
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(colour, toward, step / 20);
    if (contrast(candidate, against) >= ratio) return candidate;
  }
  return toward;
}

export interface AccentPalette {
  /** Button background. */
  readonly accent: string;
  /** Text and icons on the accent: white or near-black, whichever reads better (always ≥ 4.5:1). */
  readonly onAccent: string;
  /** Hovered button. */
  readonly strong: string;
  /** Selected toggles' fill. */
  readonly soft: string;
  /** Accent-coloured text and outlines on the surface (≥ 4.5:1), also the focus ring. */
  readonly ink: string;
}

export function accentPalette(accent: string, theme: Theme): AccentPalette {
  const surface = SURFACE[theme];
  // Of white and black, one always has at least 4.58:1 with any colour.
  const onAccent = contrast(accent, '#ffffff') >= contrast(accent, '#000000') ? '#ffffff' : '#000000';
  const soft = mix(surface, accent, theme === 'dark' ? 0.28 : 0.12);
  // Checked against the tint, the harder case: the surface is further from the ink than the tint.
  const ink = withContrast(accent, soft, 4.5);
  return {
    accent,
    onAccent,
    strong: mix(accent, onAccent === '#ffffff' ? '#000000' : '#ffffff', 0.18),
    soft,
    ink,
  };
}
