// Which language a page starts in, and the person's own choice remembered on this device. Apart
// from i18next, so that the first screen's script (src/app/firstScreen/early.ts) makes the same
// choice as the app before any of the app's code is in.
import { chooseLanguage, type LanguageCode } from './languages';

export const STORAGE_KEY = 'cornflower.lang';

export function readSavedLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (private mode, sandboxed iframes)
  }
}

export function saveLanguage(lang: LanguageCode): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // ignore: the choice then lasts for this visit only
  }
}

/** `saved: false` ignores a remembered choice (a kiosk starts each person in the stall's language). */
export function initialLanguage(param: string | undefined, { saved = true } = {}): LanguageCode {
  return chooseLanguage({
    param,
    saved: saved ? readSavedLanguage() : null,
    browser: navigator.languages ?? [navigator.language],
  });
}
