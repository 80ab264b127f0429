// The URL interface partners and links build on (documented in README). Unknown or bad values are
// ignored, never an error: a link with a typo still opens a working editor.
import { QUOTE_IDS, type OverlayKind, type QuoteId } from '../scene/types';
import { EXPORT_SIZES, type ExportFormat, type ExportSize } from '../export/options';
import { parseHexColour, type Theme } from './theme';

/** Which shell draws the editor: the standard page, a partner's iframe, or a street-stall tablet. */
export type AppMode = 'standard' | 'embed' | 'kiosk';

export interface UrlOptions {
  readonly lang?: string;
  readonly overlays?: readonly OverlayKind[];
  readonly quote?: QuoteId;
  readonly size?: ExportSize;
  readonly format?: ExportFormat;
  /** Absent means the standard page. */
  readonly mode?: Exclude<AppMode, 'standard'>;
  /** Embed: the partner's colour scheme; absent, the person's own (`prefers-color-scheme`). */
  readonly theme?: Theme;
  /** Embed: the partner's brand colour for buttons and focus, as `#rrggbb`. */
  readonly accent?: string;
  /** Embed: the only origin the picture and replies are ever posted to, and heard from. */
  readonly parentOrigin?: string;
  /** Embed: the partner's display name for the consent line; plain text, never HTML. */
  readonly partner?: string;
  /** Kiosk: seconds without input before the countdown to starting over (default 90). */
  readonly idle?: number;
}

/** Longest partner name shown; a longer one is cut at a character boundary, not refused. */
export const PARTNER_NAME_MAX = 60;

const OVERLAY_KINDS: readonly OverlayKind[] = ['badge', 'frame', 'banner'];

function oneOf<T extends string | number>(
  values: readonly T[],
  raw: string | null | undefined,
): T | undefined {
  if (raw == null) return undefined;
  return values.find((v) => String(v) === raw.trim().toLowerCase());
}

export function parseUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const options: {
    -readonly [K in keyof UrlOptions]: UrlOptions[K];
  } = {};

  const lang = params.get('lang')?.trim();
  if (lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) options.lang = lang;

  // `overlay=badge,banner` or repeated `overlay=` params combine designs.
  const overlays = params
    .getAll('overlay')
    .flatMap((v) => v.split(','))
    .map((v) => oneOf(OVERLAY_KINDS, v))
    .filter((v): v is OverlayKind => v !== undefined);
  if (overlays.length > 0) options.overlays = [...new Set(overlays)];

  const quote = oneOf(QUOTE_IDS, params.get('quote'));
  if (quote) options.quote = quote;

  const size = oneOf(
    EXPORT_SIZES.map((s) => String(s)),
    params.get('size'),
  );
  if (size) options.size = Number(size) as ExportSize;

  const format = params.get('format')?.trim().toLowerCase();
  if (format === 'png') options.format = 'png';
  else if (format === 'jpeg' || format === 'jpg') options.format = 'jpeg';

  const mode = params.get('mode')?.trim().toLowerCase();
  if (mode === 'embed' || mode === 'kiosk') options.mode = mode;

  const theme = params.get('theme')?.trim().toLowerCase();
  if (theme === 'light' || theme === 'dark') options.theme = theme;

  const accent = parseHexColour(params.get('accent'));
  if (accent) options.accent = accent;

  const parentOrigin = parseOrigin(params.get('parentOrigin'));
  if (parentOrigin) options.parentOrigin = parentOrigin;

  const partner = parsePartnerName(params.get('partner'));
  if (partner) options.partner = partner;

  const idle = params.get('idle')?.trim();
  if (idle && /^\d{1,4}$/.test(idle) && Number(idle) >= 1 && Number(idle) <= 3600)
    options.idle = Number(idle);

  return options;
}

/**
 * An http(s) origin exactly as the browser writes it (`https://example.org`, `http://127.0.0.2:8080`),
 * or undefined: no `*`, no `null`, no path, query or credentials, so it is safe as postMessage's
 * targetOrigin and comparable with `event.origin` by plain equality.
 */
export function parseOrigin(raw: string | null | undefined): string | undefined {
  const value = raw?.trim();
  if (!value || value.length > 300) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  // `https://example.org/` is what people paste; anything more than a trailing slash is not an origin.
  return value === url.origin || value === `${url.origin}/` ? url.origin : undefined;
}

/**
 * A display name: control and format characters (bidi overrides, zero-width marks: a name must not
 * turn the consent sentence around it) and surrounding space removed, at most PARTNER_NAME_MAX
 * characters.
 */
export function parsePartnerName(raw: string | null | undefined): string | undefined {
  const cleaned = raw
    ?.replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!cleaned) return undefined;
  return [...cleaned].slice(0, PARTNER_NAME_MAX).join('').trim();
}
