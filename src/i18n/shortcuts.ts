// Keyboard shortcuts as people see them written: "Strg+Z" on a German PC, "⌘Z" on a Mac or an
// iPad with a keyboard (Apple's own notation: modifier symbols, no plus signs).

/** The parts of `navigator` that say which platform this is. */
export interface PlatformHints {
  readonly userAgentData?: { readonly platform?: string } | undefined;
  readonly platform?: string;
  readonly userAgent?: string;
}

/** Whether the page runs on macOS, iOS or iPadOS (iPadOS reports "MacIntel" as its platform). */
export function isApplePlatform(hints: PlatformHints | undefined = globalThis.navigator): boolean {
  if (!hints) return false;
  const platform = hints.userAgentData?.platform || hints.platform || hints.userAgent || '';
  return /mac|iphone|ipad|ipod|ios/i.test(platform);
}

type Translate = (key: 'shortcut.ctrl' | 'shortcut.shift' | 'shortcut.escape' | 'shortcut.tab') => string;

// Keys whose printed name is a symbol everywhere; Escape and Tab are named in the language.
const KEY_SYMBOLS: Readonly<Record<string, string>> = {
  ArrowLeft: '←',
  ArrowUp: '↑',
  ArrowRight: '→',
  ArrowDown: '↓',
  '-': '−',
};

/**
 * A key as people see it written: "Shift+←" and "Strg+Umschalt+Z" in the language's key names, or
 * Apple's "⇧←" and "⇧⌘Z". `key` is a `KeyboardEvent.key` value; `mod` is Ctrl, or ⌘ on Apple devices.
 */
export function keyLabel(
  t: Translate,
  key: string,
  {
    shift = false,
    mod = false,
    apple = isApplePlatform(),
  }: { shift?: boolean; mod?: boolean; apple?: boolean } = {},
): string {
  const name =
    key === 'Escape'
      ? t('shortcut.escape')
      : key === 'Tab'
        ? t('shortcut.tab')
        : (KEY_SYMBOLS[key] ?? (key.length === 1 ? key.toUpperCase() : key));
  if (apple) return `${shift ? '⇧' : ''}${mod ? '⌘' : ''}${name}`;
  return [...(mod ? [t('shortcut.ctrl')] : []), ...(shift ? [t('shortcut.shift')] : []), name].join('+');
}

/** "Ctrl+Shift+Z" in the language's key names, or "⇧⌘Z" on Apple devices. */
export function shortcutLabel(
  t: Translate,
  key: string,
  { shift = false, apple = isApplePlatform() }: { shift?: boolean; apple?: boolean } = {},
): string {
  return keyLabel(t, key, { shift, mod: true, apple });
}
