import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en.json';
import { saveLanguage } from './initialLanguage';
import { FALLBACK_LANGUAGE, matchLanguage, type LanguageCode } from './languages';

export { STORAGE_KEY, initialLanguage } from './initialLanguage';

// English is bundled; every other language is its own chunk, fetched only when chosen.
const loaders = import.meta.glob<{ default: typeof en }>(['../../locales/*.json', '!../../locales/en.json']);

async function loadResources(lang: LanguageCode): Promise<typeof en> {
  if (lang === 'en') return en;
  const load = loaders[`../../locales/${lang}.json`];
  if (!load) throw new Error(`No locale file for ${lang}`);
  return (await load()).default;
}

function applyDocumentLanguage(instance: I18n, lang: LanguageCode): void {
  document.documentElement.lang = lang;
  document.title = instance.t('app.title');
}

export async function setupI18n(lang: LanguageCode): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: FALLBACK_LANGUAGE,
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  await changeLanguage(instance, lang, { remember: false });
  return instance;
}

/** Switches without a reload; `remember` saves an explicit choice from the picker. */
export async function changeLanguage(
  instance: I18n,
  requested: string,
  { remember }: { remember: boolean },
): Promise<LanguageCode> {
  const lang = matchLanguage(requested) ?? FALLBACK_LANGUAGE;
  if (!instance.hasResourceBundle(lang, 'translation')) {
    instance.addResourceBundle(lang, 'translation', await loadResources(lang));
  }
  await instance.changeLanguage(lang);
  applyDocumentLanguage(instance, lang);
  if (remember) saveLanguage(lang);
  return lang;
}
