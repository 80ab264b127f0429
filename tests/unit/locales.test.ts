import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../src/i18n/languages';

type Tree = { [key: string]: string | Tree };
const dir = join(import.meta.dirname, '../../locales');
const load = (code: string): Tree => JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8'));

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const en = flatten(load('en'));
const baseKeys = new Set([...en.keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
const pluralBases = new Set(
  [...en.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')),
);
// Strings with no words in them ("{{value}}°") may stay the same in every language.
const hasWords = (s: string) => /\p{L}{2,}/u.test(s.replace(/\{\{[^}]+\}\}/g, ''));
// Product, format and key names are the same in many languages.
const NAMES = /\b(JPEG|PNG|WebP|AVIF|HEIC|GIF|BMP|TIFF|SVG|PDF|Ctrl|Shift|Esc|Tab|px)\b|#\w+/g;

describe('locale files', () => {
  it('exist for exactly the sixteen languages', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace('.json', ''));
    expect(files.sort()).toEqual([...LANGUAGE_CODES].sort());
  });

  describe.each(LANGUAGE_CODES.filter((c) => c !== 'en'))('%s', (code) => {
    const strings = flatten(load(code));

    it('has every key English has, and no others', () => {
      const bases = new Set([...strings.keys()].map((k) => k.replace(PLURAL_SUFFIX, '')));
      expect([...baseKeys].filter((k) => !bases.has(k))).toEqual([]);
      expect([...bases].filter((k) => !baseKeys.has(k))).toEqual([]);
    });

    it("has exactly the language's plural forms", () => {
      // Chromium knows Tajik's rules even where this Node's ICU falls back to English.
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const base of pluralBases) {
        const forms = [...strings.keys()]
          .filter((k) => k.replace(PLURAL_SUFFIX, '') === base)
          .map((k) => k.slice(base.length + 1));
        expect(forms.sort(), `${base} in ${code}`).toEqual([...categories].sort());
      }
    });

    it('leaves no string in English', () => {
      const english = [...strings].filter(([key, value]) => {
        const source = en.get(key) ?? en.get(key.replace(PLURAL_SUFFIX, '_other'));
        // A person's name may be spelt the same (de "Alexander Genis"); every other string may not.
        if (key.startsWith('authors.')) return false;
        return source !== undefined && value === source && hasWords(value.replace(NAMES, ''));
      });
      expect(english).toEqual([]);
    });

    it('keeps every placeholder of the English string', () => {
      for (const [key, value] of strings) {
        const source = en.get(key) ?? en.get(key.replace(PLURAL_SUFFIX, '_other')) ?? '';
        const wanted = (source.match(/\{\{\w+\}\}/g) ?? []).filter(
          (p) => p !== '{{count}}' || !PLURAL_SUFFIX.test(key),
        );
        for (const placeholder of wanted) expect(value, `${code}: ${key}`).toContain(placeholder);
        expect(value.trim(), `${code}: ${key}`).not.toBe('');
      }
    });
  });
});
