// The words of the standard page's first screen, taken from locales/*.json at build time, so the
// HTML speaks every language the app does before any of the app's code is in (README: Start-up).
import { shortcutLabel } from '../../i18n/shortcuts.ts';

/** Every string the first screen shows or names, as i18next keys of locales/en.json. */
export const FIRST_SCREEN_KEYS = [
  'app.title',
  'app.skipToEditor',
  'app.heading',
  'app.tagline',
  'app.privacy',
  'language.label',
  'editor.label',
  'upload.choose',
  'upload.takePhoto',
  'upload.dropHint',
  'upload.formats',
  'shortcut.ctrl',
] as const;

export type FirstScreenKey = (typeof FIRST_SCREEN_KEYS)[number];
export type FirstScreenWords = Readonly<Record<FirstScreenKey, string>>;

/** A locale file's nested JSON. */
export interface LocaleTree {
  readonly [key: string]: string | LocaleTree;
}

function lookUp(tree: LocaleTree, key: string): string | undefined {
  let node: string | LocaleTree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** The first screen's words in one language; a missing one is English's, as i18next would show. */
export function firstScreenWords(locale: LocaleTree, english: LocaleTree): FirstScreenWords {
  const words = {} as Record<FirstScreenKey, string>;
  for (const key of FIRST_SCREEN_KEYS) {
    const text = lookUp(locale, key) ?? lookUp(english, key);
    if (text === undefined) throw new Error(`locales/en.json has no ${key}`);
    words[key] = text;
  }
  return words;
}

/** i18next's `{{name}}` interpolation, for the one string that has a value in it. */
function interpolate(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The drop hint with the paste keys as PhotoPicker writes them ("Ctrl+V", "Strg+V", "⌘V"). */
export function dropHint(w: FirstScreenWords, platform: { apple?: boolean } = {}): string {
  const keys = shortcutLabel((key) => (key === 'shortcut.ctrl' ? w['shortcut.ctrl'] : key), 'V', platform);
  return interpolate(w['upload.dropHint'], { keys });
}
