// The postMessage protocol between the editor in a partner's iframe and the partner's page
// (documented in README, "Embedding"). Every message is a plain object
// `{ type: 'cornflower:…', version: 1, … }`. What the parent sends is data, checked here field by
// field; anything unexpected (an unknown type, a missing or extra field, a long string, an object
// with a prototype) is dropped, and nothing of it is ever run or rendered as HTML.
import type { ImportErrorCode } from '../image/errors';
import { matchLanguage, type LanguageCode } from '../i18n/languages';
import { parseHexColour, type Theme } from './theme';

export const PROTOCOL_VERSION = 1;

// ---- From the parent ----

export type ParentMessage =
  | { readonly type: 'cornflower:request-image' }
  | { readonly type: 'cornflower:set-language'; readonly lang: LanguageCode }
  | { readonly type: 'cornflower:set-theme'; readonly theme?: Theme; readonly accent?: string };

/** Fields each message may carry besides `type` and `version`; any other field drops the message. */
const FIELDS: Readonly<Record<ParentMessage['type'], readonly string[]>> = {
  'cornflower:request-image': [],
  'cornflower:set-language': ['lang'],
  'cornflower:set-theme': ['theme', 'accent'],
};

const MAX_STRING = 64;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const shortString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_STRING;

/** The message if it is one of ours, well formed; otherwise null (and it is ignored). */
export function parseParentMessage(data: unknown): ParentMessage | null {
  if (!isPlainObject(data)) return null;
  const { type, version } = data;
  if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return null;
  if (version !== PROTOCOL_VERSION) return null;
  const allowed = FIELDS[type as ParentMessage['type']];
  const keys = Object.keys(data);
  if (keys.some((key) => key !== 'type' && key !== 'version' && !allowed.includes(key))) return null;

  switch (type as ParentMessage['type']) {
    case 'cornflower:request-image':
      return { type: 'cornflower:request-image' };
    case 'cornflower:set-language': {
      if (!shortString(data.lang)) return null;
      const lang = matchLanguage(data.lang);
      return lang ? { type: 'cornflower:set-language', lang } : null;
    }
    case 'cornflower:set-theme': {
      const { theme, accent } = data;
      if (theme === undefined && accent === undefined) return null;
      if (theme !== undefined && theme !== 'light' && theme !== 'dark') return null;
      if (accent !== undefined && !shortString(accent)) return null;
      const colour = accent === undefined ? undefined : parseHexColour(accent);
      if (accent !== undefined && !colour) return null;
      return {
        type: 'cornflower:set-theme',
        ...(theme ? { theme } : {}),
        ...(colour ? { accent: colour } : {}),
      };
    }
  }
}

// ---- To the parent ----

/** Codes a partner may see in `cornflower:error`: an import's refusal, an export's failure, or a request's answer. */
export type EmbedErrorCode =
  /** The photo chosen could not be used: the same codes the person sees explained. */
  | ImportErrorCode
  | 'exportFailed'
  | 'shareFailed'
  /** `request-image` while there is no photo. */
  | 'noPicture'
  /** The person said no to `request-image`. */
  | 'declined';

export type AppMessage =
  | { readonly type: 'cornflower:ready'; readonly version: 1; readonly languages: readonly LanguageCode[] }
  | { readonly type: 'cornflower:resize'; readonly version: 1; readonly height: number }
  | {
      readonly type: 'cornflower:image';
      readonly version: 1;
      readonly blob: Blob;
      readonly mimeType: string;
      readonly width: number;
      readonly height: number;
      readonly fileName: string;
    }
  | { readonly type: 'cornflower:error'; readonly version: 1; readonly code: EmbedErrorCode };

/** Messages with nothing private in them: they may go to any parent (`*`), as a YouTube embed's do. */
export const PUBLIC_MESSAGES: ReadonlySet<AppMessage['type']> = new Set([
  'cornflower:ready',
  'cornflower:resize',
]);
