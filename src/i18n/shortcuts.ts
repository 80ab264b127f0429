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

type Translate = (key: 'shortcut.ctrl' | 'shortcut.shift') => string;

/** "Ctrl+Shift+Z" in the language's key names, or "⇧⌘Z" on Apple devices. */
export function shortcutLabel(
  t: Translate,
  key: string,
  { shift = false, apple = isApplePlatform() }: { shift?: boolean; apple?: boolean } = {},
): string {
  if (apple) return `${shift ? '⇧' : ''}⌘${key}`;
  return [t('shortcut.ctrl'), ...(shift ? [t('shortcut.shift')] : []), key].join('+');
}
