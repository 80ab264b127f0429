// Facebook, Instagram, Messenger and Telegram open links in their own web views, which silently drop
// downloads of generated files. We recognise them by their user-agent markers and show the picture
// as an <img> to press and hold instead.
export type InAppBrowser = 'facebook' | 'instagram' | 'messenger' | 'telegram' | 'line' | 'wechat' | 'tiktok';

const MARKERS: readonly [InAppBrowser, RegExp][] = [
  ['messenger', /\bFB_IAB\/MESSENGER|\bFBAN\/Messenger|MessengerForiOS|MessengerLite/i],
  ['instagram', /\bInstagram\b/i],
  ['facebook', /\bFBAN\/|\bFBAV\/|\bFB_IAB\b|\bFBIOS\b|\bFB4A\b/i],
  ['telegram', /\bTelegram(Bot|-Android)?\b|\bTelegramWebview\b/i],
  ['line', /\bLine\/\d/],
  ['wechat', /\bMicroMessenger\b/i],
  ['tiktok', /\b(BytedanceWebview|musical_ly|TikTok)\b/i],
];

export function detectInAppBrowser(userAgent: string, hasTelegramProxy = false): InAppBrowser | null {
  for (const [name, pattern] of MARKERS) if (pattern.test(userAgent)) return name;
  // Telegram's iOS web view keeps Safari's user agent but injects a proxy object.
  return hasTelegramProxy ? 'telegram' : null;
}

export function currentInAppBrowser(): InAppBrowser | null {
  const w = window as Window & { TelegramWebviewProxy?: unknown };
  return detectInAppBrowser(navigator.userAgent, w.TelegramWebviewProxy !== undefined);
}
