import { describe, expect, it } from 'vitest';
import { PARTNER_NAME_MAX, parseOrigin, parsePartnerName, parseUrlOptions } from '../../src/embed/urlParams';

describe('parseUrlOptions', () => {
  it('reads every documented parameter', () => {
    expect(parseUrlOptions('?lang=be&overlay=banner&quote=truth&size=400&format=jpeg')).toEqual({
      lang: 'be',
      overlays: ['banner'],
      quote: 'truth',
      size: 400,
      format: 'jpeg',
    });
  });

  it('combines overlays', () => {
    expect(parseUrlOptions('?overlay=badge,banner&overlay=frame').overlays).toEqual([
      'badge',
      'banner',
      'frame',
    ]);
  });

  it('accepts jpg as jpeg and is case-insensitive', () => {
    expect(parseUrlOptions('?format=JPG&overlay=Frame')).toEqual({ format: 'jpeg', overlays: ['frame'] });
  });

  it('ignores unknown or bad values', () => {
    expect(
      parseUrlOptions('?lang=<script>&overlay=sticker&quote=nope&size=999&format=gif&mode=whatever'),
    ).toEqual({});
    expect(parseUrlOptions('')).toEqual({});
  });
});

describe('embed parameters', () => {
  it('reads mode, theme, accent, parentOrigin and partner', () => {
    expect(
      parseUrlOptions(
        '?mode=embed&theme=dark&accent=%23E4007C&parentOrigin=https%3A%2F%2Fpartner.example&partner=Friends%20of%20Belarus',
      ),
    ).toEqual({
      mode: 'embed',
      theme: 'dark',
      accent: '#e4007c',
      parentOrigin: 'https://partner.example',
      partner: 'Friends of Belarus',
    });
    expect(parseUrlOptions('?mode=kiosk&theme=light&accent=0a7')).toEqual({
      mode: 'kiosk',
      theme: 'light',
      accent: '#00aa77',
    });
  });

  it('ignores bad values', () => {
    expect(parseUrlOptions('?mode=admin&theme=blue&accent=red&accent2=%23fff')).toEqual({});
    for (const accent of ['red', '#12345', '#1234567', 'url(x)', '#ggg', '#fff;color:red'])
      expect(parseUrlOptions(`?accent=${encodeURIComponent(accent)}`), accent).toEqual({});
  });

  it('takes only a plain http(s) origin as parentOrigin', () => {
    expect(parseOrigin('https://partner.example/')).toBe('https://partner.example');
    expect(parseOrigin('http://127.0.0.2:8080')).toBe('http://127.0.0.2:8080');
    for (const bad of [
      '*',
      'null',
      '',
      'partner.example',
      'https://partner.example/page',
      'https://partner.example?x=1',
      'https://partner.example#x',
      'https://user:pw@partner.example',
      'javascript:alert(1)',
      'file:///etc',
      'data:text/html,x',
      'HTTPS://PARTNER.EXAMPLE',
      `https://${'a'.repeat(400)}.example`,
    ])
      expect(parseOrigin(bad), bad).toBeUndefined();
  });

  it('keeps a partner name as plain text, without control or direction characters, and not too long', () => {
    expect(parsePartnerName('  <b>Libereco</b>  ')).toBe('<b>Libereco</b>');
    expect(parsePartnerName('Evil\u202Eoc.rentrap\u0000\n')).toBe('Eviloc.rentrap');
    expect(parsePartnerName('\u200B \t')).toBeUndefined();
    expect([...parsePartnerName('ღ'.repeat(200))!]).toHaveLength(PARTNER_NAME_MAX);
  });
});
