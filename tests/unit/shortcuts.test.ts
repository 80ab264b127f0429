import { createInstance } from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../src/i18n/languages';
import { isApplePlatform, shortcutLabel } from '../../src/i18n/shortcuts';

const resources = Object.fromEntries(
  LANGUAGE_CODES.map((code) => [
    code,
    {
      translation: JSON.parse(
        readFileSync(join(import.meta.dirname, '../../locales', `${code}.json`), 'utf8'),
      ),
    },
  ]),
);

async function translator(lng: string) {
  const i18n = createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('isApplePlatform', () => {
  it('knows Macs, iPhones and iPads (also an iPad that says MacIntel) from the platform hints', () => {
    expect(isApplePlatform({ userAgentData: { platform: 'macOS' } })).toBe(true);
    expect(isApplePlatform({ platform: 'MacIntel' })).toBe(true);
    expect(isApplePlatform({ platform: 'iPhone' })).toBe(true);
    expect(isApplePlatform({ userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X)' })).toBe(true);
  });

  it('is false for Windows, Linux, Android and ChromeOS', () => {
    expect(isApplePlatform({ userAgentData: { platform: 'Windows' }, platform: 'Win32' })).toBe(false);
    expect(isApplePlatform({ platform: 'Linux x86_64' })).toBe(false);
    expect(isApplePlatform({ userAgentData: { platform: 'Android' } })).toBe(false);
    expect(isApplePlatform({ userAgentData: { platform: 'Chrome OS' } })).toBe(false);
    expect(isApplePlatform(undefined)).toBe(false);
  });
});

describe('shortcut labels', () => {
  it('use the language’s key names: Strg and Umschalt in German, Maj in French', async () => {
    const de = await translator('de');
    expect(de('shortcut.undo', { keys: shortcutLabel(de, 'Z', { apple: false }) })).toBe(
      'Rückgängig (Strg+Z)',
    );
    expect(de('shortcut.redo', { keys: shortcutLabel(de, 'Z', { shift: true, apple: false }) })).toBe(
      'Wiederholen (Strg+Umschalt+Z)',
    );
    expect(de('upload.dropHint', { keys: shortcutLabel(de, 'V', { apple: false }) })).toContain(
      'mit Strg+V ein',
    );
    const fr = await translator('fr');
    expect(shortcutLabel(fr, 'Z', { shift: true, apple: false })).toBe('Ctrl+Maj+Z');
    const en = await translator('en');
    expect(en('shortcut.undo', { keys: shortcutLabel(en, 'Z', { apple: false }) })).toBe('Undo (Ctrl+Z)');
  });

  it('show ⌘ on Apple devices, in Apple’s notation', async () => {
    const de = await translator('de');
    expect(de('shortcut.undo', { keys: shortcutLabel(de, 'Z', { apple: true }) })).toBe('Rückgängig (⌘Z)');
    expect(shortcutLabel(de, 'Z', { shift: true, apple: true })).toBe('⇧⌘Z');
    const en = await translator('en');
    expect(en('upload.dropHint', { keys: shortcutLabel(en, 'V', { apple: true }) })).toBe(
      'or drop a photo here, or paste one with ⌘V',
    );
  });

  it('leave no “Ctrl” written into any locale’s sentences', () => {
    for (const code of LANGUAGE_CODES) {
      const { shortcut, ...rest } = resources[code]!.translation;
      expect(JSON.stringify(rest), code).not.toMatch(/Ctrl|Strg|⌘/);
      expect(shortcut.undo, code).toContain('{{keys}}');
    }
  });
});
