import { describe, expect, it } from 'vitest';
import { createEmbedChannel, trustedParentOrigin } from '../../src/embed/channel';
import { parseParentMessage } from '../../src/embed/protocol';

describe('parseParentMessage', () => {
  it('accepts each message of the protocol, well formed', () => {
    expect(parseParentMessage({ type: 'cornflower:request-image', version: 1 })).toEqual({
      type: 'cornflower:request-image',
    });
    expect(parseParentMessage({ type: 'cornflower:set-language', version: 1, lang: 'pl' })).toEqual({
      type: 'cornflower:set-language',
      lang: 'pl',
    });
    expect(parseParentMessage({ type: 'cornflower:set-language', version: 1, lang: 'be-BY' })).toEqual({
      type: 'cornflower:set-language',
      lang: 'be',
    });
    expect(
      parseParentMessage({ type: 'cornflower:set-theme', version: 1, theme: 'dark', accent: '#E4007C' }),
    ).toEqual({ type: 'cornflower:set-theme', theme: 'dark', accent: '#e4007c' });
    expect(parseParentMessage({ type: 'cornflower:set-theme', version: 1, accent: '#0a7' })).toEqual({
      type: 'cornflower:set-theme',
      accent: '#00aa77',
    });
    expect(
      parseParentMessage(
        Object.assign(Object.create(null), { type: 'cornflower:request-image', version: 1 }),
      ),
    ).not.toBeNull();
  });

  const huge = 'x'.repeat(1_000_000);
  it.each([
    ['not an object', 'cornflower:request-image'],
    ['null', null],
    ['an array', [{ type: 'cornflower:request-image', version: 1 }]],
    [
      'a class instance',
      new (class {
        type = 'cornflower:request-image';
        version = 1;
      })(),
    ],
    ['a Date', new Date()],
    ['no version', { type: 'cornflower:request-image' }],
    ['another version', { type: 'cornflower:request-image', version: 2 }],
    ['a version as text', { type: 'cornflower:request-image', version: '1' }],
    ['an unknown type', { type: 'cornflower:eval', version: 1, code: 'alert(1)' }],
    ['a type from the prototype', { type: 'toString', version: 1 }],
    ['one of our own replies', { type: 'cornflower:image', version: 1 }],
    ['an extra field', { type: 'cornflower:request-image', version: 1, html: '<img onerror=alert(1)>' }],
    ['a language we lack', { type: 'cornflower:set-language', version: 1, lang: 'xx' }],
    ['a language not a string', { type: 'cornflower:set-language', version: 1, lang: ['pl'] }],
    ['a missing language', { type: 'cornflower:set-language', version: 1 }],
    ['a huge language', { type: 'cornflower:set-language', version: 1, lang: `pl${huge}` }],
    ['an unknown theme', { type: 'cornflower:set-theme', version: 1, theme: 'sepia' }],
    ['a CSS injection', { type: 'cornflower:set-theme', version: 1, accent: 'red;background:url(//x)' }],
    ['a huge accent', { type: 'cornflower:set-theme', version: 1, accent: `#fff${huge}` }],
    ['an empty theme change', { type: 'cornflower:set-theme', version: 1 }],
    [
      'a good theme with a bad accent',
      { type: 'cornflower:set-theme', version: 1, theme: 'dark', accent: 'blue' },
    ],
  ])('drops %s', (_name, data) => {
    expect(parseParentMessage(data)).toBeNull();
  });
});

/** A stand-in window: records what is posted to it and delivers events to its listeners. */
function fakeWindow() {
  const posted: { message: unknown; target: string }[] = [];
  const listeners = new Set<(event: MessageEvent) => void>();
  const win = {
    posted,
    postMessage: (message: unknown, target: string) => posted.push({ message, target }),
    addEventListener: (_: string, listener: (event: MessageEvent) => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: (event: MessageEvent) => void) => listeners.delete(listener),
    deliver: (event: Partial<MessageEvent>) => listeners.forEach((l) => l(event as MessageEvent)),
  };
  return win as typeof win & Window;
}

const picture = {
  type: 'cornflower:image',
  version: 1,
  blob: new Blob(['x']),
  mimeType: 'image/png',
  width: 1,
  height: 1,
  fileName: 'a.png',
} as const;

describe('the embed channel', () => {
  const partner = 'https://partner.example';

  it('posts the picture and replies only to the partner, never to *', () => {
    const self = fakeWindow();
    const parent = fakeWindow();
    const channel = createEmbedChannel(partner, { self, parent });
    expect(channel.post(picture)).toBe(true);
    expect(channel.post({ type: 'cornflower:error', version: 1, code: 'declined' })).toBe(true);
    expect(channel.post({ type: 'cornflower:resize', version: 1, height: 10 })).toBe(true);
    expect(parent.posted.map((p) => p.target)).toEqual([partner, partner, partner]);
  });

  it('without a partner, posts only ready and resize, to any parent', () => {
    const self = fakeWindow();
    const parent = fakeWindow();
    const channel = createEmbedChannel(undefined, { self, parent });
    expect(channel.post(picture)).toBe(false);
    expect(channel.post({ type: 'cornflower:error', version: 1, code: 'notImage' })).toBe(false);
    expect(channel.post({ type: 'cornflower:ready', version: 1, languages: ['en'] })).toBe(true);
    expect(parent.posted).toEqual([
      { message: { type: 'cornflower:ready', version: 1, languages: ['en'] }, target: '*' },
    ]);
  });

  it('posts nothing when the page is not framed', () => {
    const self = fakeWindow();
    const channel = createEmbedChannel(partner, { self, parent: self });
    expect(channel.parentOrigin).toBeUndefined();
    expect(channel.post({ type: 'cornflower:ready', version: 1, languages: [] })).toBe(false);
    expect(self.posted).toEqual([]);
  });

  it('trusts no parentOrigin that the engine knows is false', () => {
    const self = fakeWindow();
    const parent = fakeWindow();
    expect(
      trustedParentOrigin(partner, { self, parent, ancestorOrigins: ['https://evil.example'] }),
    ).toBeUndefined();
    expect(trustedParentOrigin(partner, { self, parent, ancestorOrigins: [partner] })).toBe(partner);
    expect(trustedParentOrigin(partner, { self, parent })).toBe(partner);
  });

  it('hears only valid messages from the partner’s own window and origin', () => {
    const self = fakeWindow();
    const parent = fakeWindow();
    const other = fakeWindow();
    const heard: unknown[] = [];
    const stop = createEmbedChannel(partner, { self, parent }).listen((m) => heard.push(m));
    const request = { type: 'cornflower:request-image', version: 1 };
    self.deliver({ origin: 'https://evil.example', source: parent, data: request });
    self.deliver({ origin: partner, source: other, data: request });
    self.deliver({ origin: partner, source: parent, data: { ...request, version: 9 } });
    expect(heard).toEqual([]);
    self.deliver({ origin: partner, source: parent, data: request });
    expect(heard).toEqual([{ type: 'cornflower:request-image' }]);
    stop();
    self.deliver({ origin: partner, source: parent, data: request });
    expect(heard).toHaveLength(1);
  });

  it('without a partner hears nothing at all', () => {
    const self = fakeWindow();
    const parent = fakeWindow();
    const heard: unknown[] = [];
    createEmbedChannel(undefined, { self, parent }).listen((m) => heard.push(m));
    self.deliver({
      origin: 'null',
      source: parent,
      data: { type: 'cornflower:set-language', version: 1, lang: 'pl' },
    });
    expect(heard).toEqual([]);
  });
});
