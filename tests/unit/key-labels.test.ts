import { createInstance } from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyLabel } from '../../src/i18n/shortcuts';

async function translator(lng: string) {
  const file = join(import.meta.dirname, '../../locales', `${lng}.json`);
  const i18n = createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation: JSON.parse(readFileSync(file, 'utf8')) } } });
  return i18n.t;
}

describe('key labels in the shortcuts help', () => {
  it('name keys in the language, and show the arrows as arrows', async () => {
    const de = await translator('de');
    expect(keyLabel(de, 'ArrowLeft', { shift: true, apple: false })).toBe('Umschalt+←');
    expect(keyLabel(de, 'z', { mod: true, shift: true, apple: false })).toBe('Strg+Umschalt+Z');
    const fr = await translator('fr');
    expect(keyLabel(fr, 'Escape', { apple: false })).toBe('Échap');
    const sv = await translator('sv');
    expect(keyLabel(sv, 'Tab', { shift: true, apple: false })).toBe('Skift+Tabb');
  });

  it('use Apple’s notation on Apple devices', async () => {
    const en = await translator('en');
    expect(keyLabel(en, 'ArrowUp', { shift: true, apple: true })).toBe('⇧↑');
    expect(keyLabel(en, 'z', { mod: true, shift: true, apple: true })).toBe('⇧⌘Z');
    expect(keyLabel(en, '-', { apple: true })).toBe('−');
  });
});
