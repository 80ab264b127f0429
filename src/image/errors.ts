/**
 * Why a file could not become a photo. The UI shows `t(`errors.${code}`, { count: megapixels })`;
 * every code has a key in locales/en.json, so adding one here means adding a translation too.
 */
export type ImportErrorCode =
  'empty' | 'notImage' | 'truncated' | 'tiff' | 'svg' | 'pdf' | 'tooLarge' | 'decodeFailed' | 'heicFailed';

// A record, so that the compiler insists every code is listed.
const CODES: Readonly<Record<ImportErrorCode, true>> = {
  empty: true,
  notImage: true,
  truncated: true,
  tiff: true,
  svg: true,
  pdf: true,
  tooLarge: true,
  decodeFailed: true,
  heicFailed: true,
};
/** Every code, e.g. for a test that each has its translation. */
export const IMPORT_ERROR_CODES = Object.keys(CODES) as readonly ImportErrorCode[];

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  /** Only for 'tooLarge': the image's size in megapixels, rounded, for the message's plural. */
  readonly megapixels?: number;

  constructor(code: ImportErrorCode, options: { megapixels?: number; cause?: unknown } = {}) {
    super(`Image import failed: ${code}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options.megapixels !== undefined) this.megapixels = options.megapixels;
  }
}

/**
 * True for the rejection of a cancelled import (a newer photo replaced it): the UI ignores these.
 * Checks the name rather than `instanceof DOMException`, because errors crossing realms (workers,
 * iframes) or libraries that throw their own AbortError are not instances of this realm's class.
 */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

export function createAbortError(): DOMException {
  return new DOMException('The photo import was cancelled.', 'AbortError');
}
