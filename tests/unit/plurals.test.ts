import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

const load = (code: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../locales', `${code}.json`), 'utf8'));

async function translator(code: string) {
  const instance = i18next.createInstance();
  await instance.init({ lng: code, fallbackLng: false, resources: { [code]: { translation: load(code) } } });
  return (count: number) => instance.t('errors.tooLarge', { count });
}

// Each language's own plural forms for "N megapixels" (1, 2–4, 5–20, 21, 22, 25, 1.5).
const EXPECTED: Record<string, Record<number, string>> = {
  ru: {
    1: '1 мегапиксель',
    3: '3 мегапикселя',
    5: '5 мегапикселей',
    11: '11 мегапикселей',
    21: '21 мегапиксель',
    22: '22 мегапикселя',
    125: '125 мегапикселей',
    1.5: '1.5 мегапикселя',
  },
  uk: {
    1: '1 мегапіксель',
    3: '3 мегапікселі',
    5: '5 мегапікселів',
    11: '11 мегапікселів',
    21: '21 мегапіксель',
    22: '22 мегапікселі',
    125: '125 мегапікселів',
    1.5: '1.5 мегапікселя',
  },
  be: {
    1: '1 мегапіксель',
    3: '3 мегапікселі',
    5: '5 мегапікселяў',
    11: '11 мегапікселяў',
    21: '21 мегапіксель',
    22: '22 мегапікселі',
    125: '125 мегапікселяў',
    1.5: '1.5 мегапікселя',
  },
  pl: {
    1: '1 megapiksel',
    3: '3 megapiksele',
    5: '5 megapikseli',
    12: '12 megapikseli',
    22: '22 megapiksele',
    21: '21 megapikseli',
    125: '125 megapikseli',
    1.5: '1.5 megapiksela',
  },
  cs: {
    1: '1 megapixel',
    3: '3 megapixely',
    5: '5 megapixelů',
    125: '125 megapixelů',
    1.5: '1.5 megapixelu',
  },
  lt: {
    1: '1 megapikselis',
    3: '3 megapikseliai',
    10: '10 megapikselių',
    21: '21 megapikselis',
    22: '22 megapikseliai',
    125: '125 megapikseliai',
    1.5: '1.5 megapikselio',
  },
};

describe('plural forms', () => {
  for (const [code, cases] of Object.entries(EXPECTED)) {
    it(`${code} uses its own plural forms`, async () => {
      const t = await translator(code);
      for (const [count, phrase] of Object.entries(cases)) expect(t(Number(count))).toContain(phrase);
    });
  }

  it('English has one and other', async () => {
    const t = await translator('en');
    expect(t(1)).toContain('1 megapixel,');
    expect(t(140)).toContain('140 megapixels');
  });
});
