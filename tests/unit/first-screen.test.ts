// The HTML's first screen (src/app/firstScreen) must say exactly what React's first render says, in
// every language, or the take-over would change words under the person's eyes (and move things).
import { createInstance } from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstScreenMarkup } from '../../src/app/firstScreen/markup';
import {
  FIRST_SCREEN_KEYS,
  dropHint,
  firstScreenWords,
  type LocaleTree,
} from '../../src/app/firstScreen/words';
import { LANGUAGES, LANGUAGE_CODES } from '../../src/i18n/languages';
import { shortcutLabel } from '../../src/i18n/shortcuts';

const read = (code: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', `${code}.json`), 'utf8')) as LocaleTree;
const english = read('en');
const favicon = readFileSync(join(import.meta.dirname, '../../public/favicon.svg'), 'utf8');

async function translator(lng: string) {
  const i18n = createInstance();
  await i18n.init({
    lng,
    fallbackLng: 'en',
    resources: { en: { translation: english }, [lng]: { translation: read(lng) } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('the first screen’s words', () => {
  for (const code of LANGUAGE_CODES) {
    it(`are i18next's in ${code}, the drop hint with its paste keys on every platform`, async () => {
      const t = await translator(code);
      const words = firstScreenWords(read(code), english);
      for (const key of FIRST_SCREEN_KEYS) if (key !== 'upload.dropHint') expect(words[key]).toBe(t(key));
      for (const apple of [false, true])
        expect(dropHint(words, { apple })).toBe(
          t('upload.dropHint', { keys: shortcutLabel(t, 'V', { apple }) }),
        );
    });
  }
});

describe('the first screen’s markup', () => {
  const words = firstScreenWords(english, english);
  const html = firstScreenMarkup(words, { faviconSvg: favicon });

  it('has a label for each file input, and both inputs', () => {
    for (const id of ['first-photo', 'first-camera']) {
      expect(html).toContain(`<input type="file" id="${id}"`);
      expect(html).toContain(`<label for="${id}"`);
    }
  });

  it('offers every language, English chosen', () => {
    for (const { code } of LANGUAGES) expect(html).toContain(`<option value="${code}" lang="${code}"`);
    expect(html.match(/ selected/g)).toHaveLength(1);
    expect(html).toContain('<option value="en" lang="en" selected>');
  });

  it('escapes the words', () => {
    const odd = firstScreenWords({ app: { heading: '<b>&"' } }, english);
    expect(firstScreenMarkup(odd, { faviconSvg: favicon })).toContain('&#60;b&#62;&#38;&#34;');
  });

  it('starts hidden, for its script to show in the page’s language', () => {
    expect(html).toMatch(/^<div class="app" id="first-screen" data-pending>/);
  });
});
