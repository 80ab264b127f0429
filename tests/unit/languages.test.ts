import { describe, expect, it } from 'vitest';
import { LANGUAGES, chooseLanguage, matchLanguage } from '../../src/i18n/languages';

describe('language choice', () => {
  it('prefers the URL parameter, then the saved choice, then the browser, then English', () => {
    expect(chooseLanguage({ param: 'ka', saved: 'pl', browser: ['de-DE'] })).toBe('ka');
    expect(chooseLanguage({ param: null, saved: 'pl', browser: ['de-DE'] })).toBe('pl');
    expect(chooseLanguage({ saved: null, browser: ['zh-CN', 'de-DE', 'fr'] })).toBe('de');
    expect(chooseLanguage({ browser: ['zh-CN', 'ja'] })).toBe('en');
    expect(chooseLanguage({})).toBe('en');
  });

  it('skips a parameter or saved value it does not know', () => {
    expect(chooseLanguage({ param: 'xx', saved: 'klingon', browser: ['be-BY'] })).toBe('be');
  });

  it('understands regional tags and common aliases', () => {
    expect(matchLanguage('be-BY')).toBe('be');
    expect(matchLanguage('nb_NO')).toBe('nb');
    expect(matchLanguage('no')).toBe('nb');
    expect(matchLanguage('nn-NO')).toBe('nb');
    expect(matchLanguage('RU')).toBe('ru');
    expect(matchLanguage('')).toBeUndefined();
  });

  it('lists sixteen languages, each by its own name', () => {
    expect(LANGUAGES).toHaveLength(16);
    const names = Object.fromEntries(LANGUAGES.map((l) => [l.code, l.name]));
    expect(names).toMatchObject({
      be: 'Беларуская',
      uk: 'Українська',
      ka: 'ქართული',
      hy: 'Հայերեն',
      tg: 'Тоҷикӣ',
    });
  });
});
