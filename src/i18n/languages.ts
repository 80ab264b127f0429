// The participating countries' languages, each named in itself for the picker.
export const LANGUAGES = [
  { code: 'be', name: 'Беларуская' },
  { code: 'uk', name: 'Українська' },
  { code: 'ru', name: 'Русский' },
  { code: 'lt', name: 'Lietuvių' },
  { code: 'pl', name: 'Polski' },
  { code: 'cs', name: 'Čeština' },
  { code: 'sv', name: 'Svenska' },
  { code: 'nb', name: 'Norsk bokmål' },
  { code: 'de', name: 'Deutsch' },
  { code: 'fr', name: 'Français' },
  { code: 'it', name: 'Italiano' },
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
  { code: 'ka', name: 'ქართული' },
  { code: 'hy', name: 'Հայերեն' },
  { code: 'tg', name: 'Тоҷикӣ' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((l) => l.code);
export const FALLBACK_LANGUAGE: LanguageCode = 'en';

/** Tags people's browsers send that mean one of ours: Norwegian is often plain `no` or `nn`. */
const ALIASES: Readonly<Record<string, LanguageCode>> = {
  no: 'nb',
  nn: 'nb',
  by: 'be',
  ua: 'uk',
  ge: 'ka',
  am: 'hy',
};

/** Maps a BCP 47 tag (`be-BY`, `nb_NO`, `RU`) to one of our languages, or undefined. */
export function matchLanguage(tag: string | null | undefined): LanguageCode | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if ((LANGUAGE_CODES as readonly string[]).includes(primary)) return primary as LanguageCode;
  return ALIASES[primary];
}

export interface LanguageSources {
  readonly param?: string | null;
  readonly saved?: string | null;
  readonly browser?: readonly string[];
}

/** `?lang=` first, then the person's saved choice, then the browser's languages in order, then English. */
export function chooseLanguage(sources: LanguageSources): LanguageCode {
  return (
    matchLanguage(sources.param) ??
    matchLanguage(sources.saved) ??
    (sources.browser ?? []).map(matchLanguage).find((l) => l !== undefined) ??
    FALLBACK_LANGUAGE
  );
}
