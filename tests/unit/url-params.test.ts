import { describe, expect, it } from 'vitest';
import { parseUrlOptions } from '../../src/embed/urlParams';

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
