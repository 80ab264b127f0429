// The URL interface partners and links build on (documented in README). Unknown or bad values are
// ignored, never an error: a link with a typo still opens a working editor.
import { QUOTE_IDS, type OverlayKind, type QuoteId } from '../scene/types';
import { EXPORT_SIZES, type ExportFormat, type ExportSize } from '../export/options';

export interface UrlOptions {
  readonly lang?: string;
  readonly overlays?: readonly OverlayKind[];
  readonly quote?: QuoteId;
  readonly size?: ExportSize;
  readonly format?: ExportFormat;
}

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

  return options;
}
