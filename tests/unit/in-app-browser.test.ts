import { describe, expect, it } from 'vitest';
import { detectInAppBrowser } from '../../src/export/inAppBrowser';
import { USER_AGENTS } from '../support/userAgents';

describe('detectInAppBrowser', () => {
  it('recognises the networks’ built-in browsers', () => {
    expect(detectInAppBrowser(USER_AGENTS.facebookIos)).toBe('facebook');
    expect(detectInAppBrowser(USER_AGENTS.facebookAndroid)).toBe('facebook');
    expect(detectInAppBrowser(USER_AGENTS.instagram)).toBe('instagram');
    expect(detectInAppBrowser(USER_AGENTS.messenger)).toBe('messenger');
    expect(detectInAppBrowser(USER_AGENTS.telegramAndroid)).toBe('telegram');
  });

  it('recognises Telegram on iOS by its injected proxy', () => {
    expect(detectInAppBrowser(USER_AGENTS.safari, true)).toBe('telegram');
  });

  it('leaves ordinary browsers alone', () => {
    expect(detectInAppBrowser(USER_AGENTS.safari)).toBeNull();
    expect(detectInAppBrowser(USER_AGENTS.chromeDesktop)).toBeNull();
  });
});
