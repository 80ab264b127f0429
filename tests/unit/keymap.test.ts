import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEYMAP, keymapRows, matchKey, type KeyPress } from '../../src/ui/keymap';

const en = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/en.json'), 'utf8'));
const lookup = (key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as never)?.[part], en);

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code: '',
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...more,
});

describe('the keymap', () => {
  it('binds no key press twice in a scope (Shift "any" counts as both)', () => {
    const seen = new Map<string, string>();
    for (const binding of KEYMAP) {
      const shifts = binding.shift === 'any' ? [false, true] : [binding.shift];
      const names = [...binding.keys, ...(binding.codes ?? []).map((c) => `code:${c}`)];
      for (const shift of shifts)
        for (const name of names) {
          const id = `${binding.scope} ${binding.mod ? 'mod+' : ''}${shift ? 'shift+' : ''}${name}`;
          expect(seen.get(id), id).toBeUndefined();
          seen.set(id, binding.description);
        }
    }
    expect(seen.size).toBeGreaterThan(15);
  });

  it('describes every binding with a key that English has', () => {
    for (const binding of KEYMAP)
      expect(typeof lookup(binding.description), binding.description).toBe('string');
  });

  it('lists one help row per description, in the table order', () => {
    const rows = keymapRows();
    expect(new Set(rows.map((r) => r.description)).size).toBe(rows.length);
    expect(rows.map((r) => r.description).slice(0, 3)).toEqual([
      'keyboard.selectNext',
      'keyboard.selectPrevious',
      'keyboard.move',
    ]);
    expect(rows.find((r) => r.description === 'keyboard.move')!.bindings).toHaveLength(4);
    expect(rows.reduce((n, r) => n + r.bindings.length, 0)).toBe(KEYMAP.length);
  });
});

describe('matching a key press', () => {
  it('tells plain from Shift, and ignores Shift where the key itself needs it', () => {
    expect(matchKey(press('ArrowLeft'), 'canvas')?.command).toEqual({
      type: 'move',
      dx: -1,
      dy: 0,
      far: false,
    });
    expect(matchKey(press('ArrowLeft', { shiftKey: true }), 'canvas')?.command).toEqual({
      type: 'move',
      dx: -1,
      dy: 0,
      far: true,
    });
    expect(matchKey(press('+', { shiftKey: true }), 'canvas')?.command).toEqual({
      type: 'resize',
      direction: 1,
    });
    expect(matchKey(press('='), 'canvas')?.command).toEqual({ type: 'resize', direction: 1 });
    expect(matchKey(press('?', { shiftKey: true }), 'page')?.command.type).toBe('help');
    expect(matchKey(press('Tab', { shiftKey: true }), 'canvas')?.command.type).toBe('selectPrevious');
  });

  it('keeps canvas keys off the page and Ctrl shortcuts off the canvas', () => {
    expect(matchKey(press('ArrowLeft'), 'page')).toBeUndefined();
    expect(matchKey(press('z', { ctrlKey: true }), 'canvas')).toBeUndefined();
    expect(matchKey(press('ArrowLeft', { ctrlKey: true }), 'canvas')).toBeUndefined();
    expect(matchKey(press('z'), 'page')).toBeUndefined();
  });

  it('undoes with Ctrl or ⌘, redoes with Shift or Y', () => {
    expect(matchKey(press('z', { ctrlKey: true }), 'page')?.command.type).toBe('undo');
    expect(matchKey(press('z', { metaKey: true }), 'page')?.command.type).toBe('undo');
    expect(matchKey(press('Z', { ctrlKey: true, shiftKey: true }), 'page')?.command.type).toBe('redo');
    expect(matchKey(press('y', { ctrlKey: true }), 'page')?.command.type).toBe('redo');
  });

  it('goes by the physical key on a layout of another alphabet', () => {
    // Ctrl+Z and "[" on a Russian layout.
    expect(matchKey(press('я', { ctrlKey: true, code: 'KeyZ' }), 'page')?.command.type).toBe('undo');
    expect(matchKey(press('х', { code: 'BracketLeft' }), 'canvas')?.command).toEqual({
      type: 'rotate',
      direction: -1,
    });
    // A Latin letter is what it says, wherever it sits (Z and Y swap places on a German keyboard).
    expect(matchKey(press('y', { ctrlKey: true, code: 'KeyZ' }), 'page')?.command.type).toBe('redo');
  });

  it('takes what AltGr types ("[" on a German keyboard) and leaves other Alt chords alone', () => {
    expect(matchKey(press('[', { ctrlKey: true, altKey: true, code: 'Digit8' }), 'canvas')?.command).toEqual({
      type: 'rotate',
      direction: -1,
    });
    expect(matchKey(press('z', { ctrlKey: true, altKey: true }), 'page')).toBeUndefined();
    expect(matchKey(press('[', { altKey: true }), 'canvas')?.command.type).toBe('rotate');
  });
});

describe("the README's keyboard table", () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const table = readme.slice(
    readme.indexOf('### Keyboard, screen readers, touch'),
    readme.indexOf('## Offline'),
  );

  it('lists the key of every binding, as the help shows it', () => {
    // As on the key caps and in the help: Ctrl+Shift+Z, Shift+Tab, each in its own backticks.
    const written = ({ keys, mod, shift }: (typeof KEYMAP)[number]) =>
      `${mod ? 'Ctrl+' : ''}${shift === true ? 'Shift+' : ''}${mod ? keys[0]!.toUpperCase() : keys[0]!}`;
    const missing = KEYMAP.map(written).filter((key) => !table.includes(`\`${key}\``));
    expect(missing).toEqual([]);
  });
});
